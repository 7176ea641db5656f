from common import *

FEED = ("dev/liveblog-a.feed.json", "json", "https://rollingdesk.example.co.uk/live", "Rolling Desk: Live")
REGISTER = "liveblog"

ITEMS = [
("kyiv-missile-strike-live", "2024-07-08 12:05", "Kyiv live: toll rises to 23 after morning missile strike",
"""11:50 GMT — City authorities now say 23 people were killed in the strike on the apartment block in Shevchenkivskyi district. Rescuers still digging.

10:20 GMT — Zelensky: "Russia knows exactly where its missiles fall." Calls on partners for more Patriot systems.

09:15 GMT — Toll at 17, mayor says. At least 60 injured.

07:40 GMT — Air force: 30 of 38 missiles shot down over Kyiv. Some got through.

06:55 GMT — Heavy explosions across the capital. Smoke over the west bank.""",
[(SHL, "UA", "Shevchenkivskyi", 23, "d0", "Russia", "civilians"), (DIS, "UA", "Kyiv", None, "d0", "Ukraine", "Russia")], "rising toll: latest (top) counts; interceptions a second act"),

("istanbul-talks-live", "2025-05-16 15:30", "Ukraine-Russia talks live: delegations meet in Istanbul for first time since 2022",
"""15:10 GMT — Talks over after less than two hours. Turkish foreign minister says both sides agreed to a 1,000-for-1,000 prisoner swap.

13:45 GMT — Ukrainian delegation led by defence minister Umerov enters Dolmabahçe palace.

12:30 GMT — Kremlin: Putin will not attend. Medinsky heads Russian team.

11:00 GMT — Recap: talks come a month after the missile attack on Sumy that killed 35 people on Palm Sunday.""",
[], "talks; an earlier strike as recap"),

("israel-strikes-iran-live", "2025-06-13 10:40", "Israel strikes Iran live: nuclear sites and commanders hit",
"""10:25 GMT — Iranian state TV: 78 dead in Tehran, including senior commanders, after strikes on residential buildings.

09:10 GMT — Iran launches about 100 drones towards Israel, IDF says. Expected to take hours.

07:30 GMT — Satellite images show damage at Natanz enrichment site.

05:40 GMT — Iranian media: Revolutionary Guards commander killed in Tehran. Toll unknown.

03:20 GMT — Explosions in Tehran. Israel says it has begun strikes on nuclear and military targets, including Natanz.""",
[(AIR, "IR", "Tehran", 78, "d0", "Israel", None), (AIR, "IR", "Natanz", None, "d0", "Israel", "Iran")], "two targets; drones launched but not yet arrived are no event"),

("bat-yam-missile-live", "2025-06-15 09:20", "Iran missile barrage live: six dead in Bat Yam",
"""09:05 GMT — Magen David Adom: toll in Bat Yam rises to six, including two children. Seven still missing under rubble.

07:30 GMT — PM visits the site, vows Iran "will pay a very heavy price".

04:15 GMT — Four killed in Bat Yam after a ballistic missile hits a residential tower, police say.

02:50 GMT — Interceptors seen over Tel Aviv as sirens sound across central Israel. Most missiles intercepted, army says.""",
[(SHL, "IL", "Bat Yam", 6, "d0", "Iran", "civilians"), (DIS, "IL", "Tel Aviv", None, "d0", "Israel", "Iran")], "rising toll 4 -> 6; interceptions"),

("israel-iran-ceasefire-live", "2025-06-24 16:00", "Israel-Iran ceasefire live: truce appears to hold",
"""15:40 GMT — Oil falls 6% as markets bet the truce will last.

14:10 GMT — Iran's foreign minister: "If Israel stops, we stop."

12:00 GMT — Trump says both sides violated the truce in its first hours but that it is "now in effect".

09:30 GMT — Recap: 12 days of war; Iran's health ministry says 610 people were killed in Iran, Israel says 28 in Israel.""",
[], "truce with aggregate tolls"),

("us-strikes-fordow-live", "2025-06-22 08:15", "US strikes Iran live: Fordow, Natanz and Isfahan hit",
"""08:00 GMT — Pentagon: B-2 bombers dropped bunker-busting bombs on Fordow; submarine-launched missiles hit Natanz and Isfahan.

06:30 GMT — Iran's atomic energy organisation confirms the attacks, says no radiation leak detected.

03:05 GMT — Trump on social media: "We have completed our very successful attack on the three Nuclear sites in Iran."

02:40 GMT — Explosions reported near Qom, where Fordow is located.""",
[(AIR, "IR", "Fordow", None, "d0", "United States", "Iran"), (SHL, "IR", "Natanz", None, "d0", "United States", "Iran"), (SHL, "IR", "Isfahan", None, "d0", "United States", "Iran")], "three sites; bombs = air strike, ship-launched missiles = missile attack"),

("al-udeid-missiles-live", "2025-06-23 19:30", "Iran fires missiles at US base in Qatar — live",
"""19:15 GMT — Qatar's defence ministry: 19 missiles fired at Al Udeid; all but one intercepted. The one that got through landed inside the base. No casualties.

18:40 GMT — Iran's Revolutionary Guards say the attack answers the US strikes on its nuclear sites.

17:55 GMT — Loud booms over Doha. Residents film interceptions.

17:30 GMT — Qatar closes its airspace.""",
[(DIS, "QA", "Al Udeid", 0, "d0", "Qatar", "Iran"), (SHL, "QA", "Al Udeid", 0, "d0", "Iran", "United States")], "interceptions and one impact; no casualties: 0"),

("poonch-shelling-live", "2025-05-07 14:20", "India-Pakistan live: 15 civilians killed in Poonch shelling",
"""14:00 IST — Army: toll from Pakistani shelling in Poonch now 15, including four children. Houses, a gurdwara damaged.

11:30 IST — Pakistan says 26 people were killed by Indian strikes overnight, 13 of them at a mosque complex in Bahawalpur.

09:15 IST — Heavy shelling along the LoC in Poonch and Rajouri. Twelve dead in Poonch, officials say.

06:45 IST — Indian defence ministry briefing on the overnight strikes under way.""",
[(SHL, "IN", "Poonch", 15, "d0", "Pakistan", "civilians"), (AIR, "PK", "Bahawalpur", 13, "d0", "India", "civilians")], "IST timestamps; rising toll 12 -> 15; overnight strike toll given per place"),

("india-pakistan-ceasefire-live", "2025-05-10 16:45", "India and Pakistan agree ceasefire — live reaction",
"""16:30 GMT — Pakistan's foreign minister confirms the understanding; says Islamabad "always strove for peace".

15:50 GMT — India's foreign secretary: the two DGMOs spoke at 15:35 IST and agreed to stop all firing and military action on land, air and sea from 17:00 IST.

15:10 GMT — Trump claims credit, says the two sides agreed after "a long night of talks".""",
[], "ceasefire and reactions"),

("pahalgam-attack-live", "2025-04-22 17:45", "Pahalgam attack live: 26 killed as gunmen open fire on tourists",
"""17:30 GMT — Officials now say 26 people were killed in the attack at Baisaran meadow, most of them tourists. The deadliest attack on civilians in the valley in years.

15:10 GMT — Home minister flying to Srinagar. PM cuts short Saudi visit.

13:40 GMT — At least 20 dead, police sources say.

11:20 GMT — Reports of firing at Baisaran, a meadow above Pahalgam reachable only on foot or by pony. Several tourists injured.""",
[(CIV, "IN", "Baisaran", 26, "d0", "militants", "civilians")], "rising toll 20 -> 26"),

("rafah-aid-site-live", "2025-06-01 13:30", "Gaza live: 31 killed near aid site in Rafah, civil defence says",
"""13:10 GMT — Civil defence toll from shooting near the aid distribution point in Rafah rises to 31. Witnesses say Israeli troops opened fire as crowds approached.

12:20 GMT — IDF says it is "not aware" of casualties from fire near the site and is reviewing.

10:00 GMT — Separately: Israeli strike on a tent in al-Mawasi kills eight, including three children, hospital officials say.

08:30 GMT — Hamas says it has sent its response to the latest US ceasefire proposal.""",
[(CIV, "PS", "Rafah", 31, "d0", "Israel", "civilians"), (AIR, "PS", "al-Mawasi", 8, "d0", "Israel", "civilians")], "firing on unarmed crowds = attack on civilians; separate strike"),

("hostage-release-live", "2025-01-19 17:20", "Gaza ceasefire live: first three hostages home",
"""17:05 GMT — The three women have arrived at Sheba hospital to be reunited with their families.

15:30 GMT — Red Cross vehicles carrying the hostages cross into Israel.

13:00 GMT — Israel's prison service prepares to release 90 Palestinian prisoners tonight.

09:15 GMT — Ceasefire in effect after three hours' delay.""",
[], "hostage and prisoner release"),

("pager-blasts-live", "2024-09-17 21:00", "Lebanon pager explosions live: 9 dead, 2,800 injured",
"""20:40 GMT — Health minister: nine killed, including a girl, and about 2,800 wounded as hundreds of pagers carried by Hezbollah members exploded at once across Lebanon, most in Beirut's southern suburbs.

18:30 GMT — Hezbollah blames Israel for the "criminal aggression" and vows punishment. Israel declines to comment.

16:20 GMT — Toll at eight. Hospitals in Beirut appeal for blood.

14:45 GMT — Reports of simultaneous explosions in Dahieh and the south. Many wounded in the face and hands.""",
[(IED, "LB", "Dahieh", 9, "d0", None, "Hezbollah")], "booby-trapped devices = remote explosive; one coordinated act; Hezbollah's blame with no claim leaves the initiator unknown"),

("haret-hreik-strike-live", "2024-09-28 12:30", "Beirut strike live: Hezbollah confirms Nasrallah killed",
"""12:15 GMT — Hezbollah confirms its leader Hassan Nasrallah was killed in last night's strike on Haret Hreik.

10:40 GMT — Health ministry: 11 dead and 108 wounded in the strike, toll may rise.

08:30 GMT — Iran's supreme leader calls for support for Hezbollah; Tehran convenes security council.

Yesterday 19:40 GMT — Israeli jets drop dozens of bombs on buildings in Haret Hreik, in Beirut's southern suburbs. Six dead, ministry says.""",
[(AIR, "LB", "Haret Hreik", 11, "d-1", "Israel", "Hezbollah")], "strike yesterday evening; toll 6 -> 11"),

("lebanon-truce-live", "2024-11-27 14:00", "Lebanon ceasefire live: displaced families head south",
"""13:40 GMT — Lebanese army says it is deploying to the south. Traffic jams on the coastal road towards Tyre.

10:15 GMT — Israeli military warns residents not to return to villages near the border yet.

04:00 local — Truce between Israel and Hezbollah takes effect.""",
[], "truce; warnings"),

("el-fasher-hospital-live", "2025-10-29 15:00", "Sudan live: WHO says 460 killed at El Fasher hospital",
"""14:40 GMT — WHO chief "appalled" by reports that more than 460 patients and companions were killed at the Saudi Maternity Hospital in El Fasher. Says six health workers also abducted.

12:15 GMT — RSF leader says abuses will be investigated.

09:30 GMT — UN: tens of thousands fleeing towards Tawila.

Recap — The RSF took the army's last base in El Fasher on Sunday after an 18-month siege.""",
[(CIV, "SD", "El Fasher", 460, None, "Rapid Support Forces", "civilians"), (ABD, "SD", "El Fasher", None, None, "Rapid Support Forces", "civilians")], "killings and abductions at the hospital; no day given; capture of the base is background"),

("jeddah-talks-live", "2023-05-20 18:00", "Sudan live: army and RSF sign week-long truce in Jeddah",
"""17:45 GMT — US and Saudi mediators: the truce starts Monday evening and will be monitored remotely.

15:30 GMT — Sudanese in Khartoum cautious: "We heard this before."

12:10 GMT — Aid agencies say they need safe corridors to reach Darfur.""",
[], "truce"),

("goma-m23-live", "2025-01-27 16:40", "DR Congo live: M23 rebels enter Goma",
"""16:20 GMT — Gunfire around Goma airport. UN says staff sheltering in bunkers.

13:00 GMT — Protesters attack the embassies of Rwanda, France and the US in Kinshasa.

08:30 GMT — M23 fighters walk through central Goma; rebels say they control the city. Bodies seen in the streets.

06:15 GMT — Congolese soldiers surrendering to MONUSCO bases, a UN source says.""",
[(NSA, "CD", "Goma", None, "d0", "M23", "DR Congo")], "city taken; embassy attacks are riots"),

("aleppo-offensive-live", "2024-11-30 14:00", "Syria live: rebels sweep into Aleppo",
"""13:40 GMT — Russian jets strike Idlib city for the first time in months; civil defence says four dead.

11:20 GMT — War monitor: HTS-led rebels control most of Aleppo city, including the citadel area. Government forces withdraw.

08:00 GMT — Army acknowledges dozens of soldiers killed and a "redeployment".""",
[(NSA, "SY", "Aleppo", None, "d0", "Hayat Tahrir al-Sham", "Syria"), (AIR, "SY", "Idlib", 4, "d0", "Russia", "civilians")], "city taken plus a separate air strike; dozens no number"),

("hama-falls-live", "2024-12-05 17:00", "Syria live: rebels capture Hama after days of fighting",
"""16:40 GMT — HTS leader: "the liberation of Hama" is an answer to the 1982 massacre.

14:20 GMT — Army confirms its forces withdrew from Hama "to preserve civilian lives".

11:30 GMT — Fierce fighting on the northern and eastern edges of the city; rebels enter Hama central prison.""",
[(NSA, "SY", "Hama", None, "d0", "Hayat Tahrir al-Sham", "Syria")], "city taken; 1982 is history"),

("assad-flees-live", "2024-12-08 15:30", "Syria live: Assad flees as rebels enter Damascus unopposed",
"""15:10 GMT — Russian state media: Assad and his family in Moscow, granted asylum.

11:45 GMT — Crowds in Umayyad Square tear down a statue of Hafez al-Assad.

06:30 GMT — Rebels enter Damascus without resistance; the army command tells officers the regime has ended.""",
[], "non-violent entry; transfer of power without fighting"),

("crocus-attack-live", "2024-03-23 10:30", "Moscow concert hall attack live: toll passes 90",
"""10:10 GMT — Investigators: at least 93 dead at Crocus City Hall in Krasnogorsk. Eleven arrested, including four suspected gunmen.

07:45 GMT — Islamic State repeats its claim via Amaq.

Yesterday 21:30 GMT — Officials say 40 dead. Fire spreads through the roof.

Yesterday 18:20 GMT — Men in combat fatigues open fire on concertgoers before the show starts, then set the hall alight.""",
[(CIV, "RU", "Krasnogorsk", 93, "d-1", "Islamic State", "civilians")], "attack yesterday; rising toll"),

("kursk-incursion-live", "2024-08-15 16:00", "Ukraine war live: Kyiv says it controls Sudzha",
"""15:40 GMT — Syrskyi: Ukrainian forces control Sudzha after fighting, and 82 settlements in Kursk region.

12:30 GMT — Russia evacuating more districts in Belgorod region.

09:00 GMT — Moscow says it has repelled attacks near several villages.""",
[(NSA, "RU", "Sudzha", None, None, "Ukraine", "Russia")], "foreign force takes a town; the day of capture is not given"),

("nairobi-protests-live", "2024-06-25 17:30", "Kenya protests live: parliament stormed, police fire on crowds",
"""17:10 GMT — Human rights groups: at least 13 protesters shot dead by police in Nairobi.

15:20 GMT — Part of parliament building on fire after protesters break in.

12:40 GMT — Tear gas at the CBD as thousands march against the finance bill.""",
[], "police against protesters: not in the taxonomy"),

("dhaka-hasina-resigns-live", "2024-08-05 16:00", "Bangladesh live: Hasina resigns and flees",
"""15:40 GMT — Army chief: interim government to be formed; curfew lifted tomorrow.

12:30 GMT — Crowds storm Ganabhaban, the PM's residence.

10:20 GMT — Reports Hasina left by helicopter for India.

08:00 GMT — Hundreds of thousands on Dhaka's streets defying curfew for the "long march". Internet shut down again.""",
[], "political crisis; protest"),

("tbilisi-protests-live", "2024-12-01 21:00", "Georgia live: third night of protests in Tbilisi",
"""20:45 GMT — Riot police use water cannon on Rustaveli Avenue.

18:00 GMT — President says she will not step down when her term ends.

15:30 GMT — PM refuses to resume EU accession talks.""",
[], "protests in Georgia the country"),

("myanmar-quake-live", "2025-03-29 12:00", "Myanmar earthquake live: toll passes 1,000",
"""11:45 GMT — Junta: 1,002 dead and 2,376 injured. Rescuers fear the toll will rise sharply.

08:30 GMT — Collapsed Sky Villa apartments in Mandalay; residents dig with bare hands.

Yesterday 13:00 GMT — Magnitude 7.7 quake near Sagaing; 144 dead reported within hours.""",
[], "natural disaster with a rising toll"),

("melissa-jamaica-live", "2025-10-28 22:00", "Hurricane Melissa live: Category 5 storm batters Jamaica",
"""21:30 GMT — Landfall near New Hope in the south-west. Winds at 185 mph.

18:00 GMT — Kingston shelters full. Prime minister: "There is no infrastructure in the region that can withstand a Category 5."

15:00 GMT — Three deaths reported during storm preparations.""",
[], "weather"),

("cl-final-live", "2025-05-31 21:10", "Champions League final live: PSG v Inter",
"""21:05 GMT — GOAL! Désiré Doué fires in the second. Inter's defence torn apart again.

20:40 GMT — Early blitz pays off: Hakimi taps in after a lightning counter-attack.

20:20 GMT — Inter's striker Lautaro shoots wide. Kick-off in Munich.""",
[], "sport: fires, blitz, attack, shoots"),

("cricket-asia-cup-live", "2025-09-14 16:30", "India v Pakistan live: spinners bombard Pakistan top order",
"""16:20 IST — WICKET! Kuldeep strikes again, Pakistan 49/4. India's attack on fire.

15:50 IST — Pakistan opt to bat. No handshakes at the toss.

15:30 IST — Dubai crowd thinner than usual. Both captains keep their words brief at the pre-match presser.""",
[], "sport between two rival states"),

("us-election-night-live", "2024-11-06 07:30", "US election live: Trump wins Pennsylvania",
"""07:20 GMT — AP calls Pennsylvania for Trump; he is one state short of 270.

05:30 GMT — Harris's campaign chair tells supporters at Howard University the vice-president will not speak tonight.

02:10 GMT — Georgia called for Trump.""",
[], "election; Georgia the US state"),

("ahmedabad-crash-live", "2025-06-12 17:00", "Air India crash live: 241 on board killed",
"""16:45 GMT — Airline: 241 of the 242 people on board died. One survivor in hospital.

12:30 GMT — Plane came down on a medical college hostel minutes after take-off from Ahmedabad.

09:00 GMT — Boeing 787 bound for London crashes near Ahmedabad airport.""",
[], "air accident"),

("nato-summit-live", "2025-06-25 13:30", "NATO summit live: allies agree 5% spending target",
"""13:10 GMT — Rutte: the Hague summit declaration commits members to 5% of GDP by 2035, including 1.5% on infrastructure and resilience.

11:00 GMT — Spain says it will not meet the full target.

09:20 GMT — Zelensky meets Trump on the sidelines.""",
[], "summit"),

("poland-drones-live", "2025-09-10 11:30", "Poland shoots down Russian drones — live",
"""11:10 GMT — Tusk to parliament: 19 airspace violations overnight; at least three drones shot down by Polish and Dutch F-35s. Poland invokes Article 4.

08:40 GMT — Debris found in a house roof in Wyryki, Lublin region.

05:30 GMT — Operational command: "Hostile objects" shot down over Polish territory; Rzeszów and Lublin airports closed.""",
[(DIS, "PL", "Lublin region", None, "d0", "Poland", "Russia")], "interceptions over Poland"),

("copenhagen-drones-live", "2025-09-23 06:00", "Copenhagen airport closed after drone sightings — live",
"""05:40 GMT — Airport reopens after four hours. About 100 flights diverted or cancelled.

02:15 GMT — Police: "two to three large drones" seen near the runways; operators unknown.

Yesterday 20:30 GMT — All take-offs and landings suspended.""",
[], "drone sightings, no attack"),

("guayaquil-tv-station-live", "2024-01-09 23:30", "Ecuador live: gunmen storm TV station on air",
"""23:10 GMT — Noboa decrees an "internal armed conflict", names 22 gangs as terrorist groups.

21:50 GMT — Police: all hostages freed at TC Televisión, 13 detained.

19:20 GMT — Masked men with guns and explosives burst into the Guayaquil studio during a live broadcast and hold staff at gunpoint.""",
[(ABD, "EC", "Guayaquil", None, "d0", "gunmen", "civilians")], "hostage-taking"),

("jaffar-express-live", "2025-03-12 15:30", "Pakistan train hijack live: operation over, 21 hostages killed",
"""15:10 GMT — ISPR: the clearance operation at the Bolan pass has ended; all 33 attackers were killed. Four FC personnel died in the operation.

14:30 GMT — Army says 21 passengers were killed by the militants before the operation began.

08:00 GMT — More than 150 hostages rescued overnight, officials say.

Yesterday 10:40 GMT — Balochistan Liberation Army says it has hijacked the Jaffar Express near a tunnel in the Bolan pass and is holding passengers.""",
[(ABD, "PK", "Bolan pass", None, "d-1", "Balochistan Liberation Army", "civilians"), (CIV, "PK", "Bolan pass", 21, None, "Balochistan Liberation Army", "civilians"), (CL, "PK", "Bolan pass", 37, "d0", "Pakistan", "Balochistan Liberation Army")], "three acts: hijack, killing of hostages, operation (33 + 4)"),

("bamako-attack-live", "2024-09-17 16:00", "Mali live: jihadists attack gendarmerie school and airport in Bamako",
"""15:40 GMT — Security source: more than 70 dead, mostly trainee gendarmes. Government has given no figure.

12:10 GMT — JNIM claims the attack.

07:30 GMT — Government: "terrorists" attacked the gendarmerie school in Faladié at dawn; situation "under control".

06:10 GMT — Gunfire and explosions near the airport and a military base.""",
[(CL, "ML", "Faladié", 70, "d0", "JNIM", "Mali")], "'more than 70' = 70; one coordinated attack"),

("ecowas-exit-live", "2025-01-29 14:00", "ECOWAS exit live: Sahel states formally leave bloc",
"""13:40 GMT — ECOWAS: passports and trade rules stay in force for citizens of the three states for now.

10:00 GMT — Mali, Burkina Faso and Niger leave the bloc one year after announcing the move.""",
[], "diplomacy"),

("lido-beach-live", "2024-08-03 12:00", "Mogadishu beach attack live: toll rises to 37",
"""11:40 GMT — Health officials: 37 killed, 212 injured at Lido beach.

08:15 GMT — Al-Shabaab claims the attack on its radio.

Yesterday 22:30 GMT — Police: 32 dead. A suicide bomber blew himself up at the entrance to a beachfront restaurant and gunmen then stormed it.""",
[(SUI, "SO", "Lido beach", 37, "d-1", "Al-Shabaab", "civilians")], "complex attack labelled once; toll 32 -> 37"),

("aussom-handover-live", "2025-01-01 12:00", "Somalia live: African Union's new mission takes over",
"""11:30 GMT — Egyptian troops among contributors, officials confirm.

08:00 GMT — AUSSOM replaces ATMIS as the AU's mission in Somalia.

Recap — The AU has had troops in Somalia since 2007; the new mission is smaller and its funding still unsettled.

06:00 GMT — Ceremony at Halane base postponed by two hours because of weather.""",
[], "mission handover"),

("yelwata-killings-live", "2025-06-15 14:00", "Benue live: Amnesty says 100 killed in Yelwata",
"""13:40 GMT — Amnesty International: at least 100 people killed in Yelwata, many burned in their homes.

11:30 GMT — Residents blame herders; police say they are investigating.

09:00 GMT — Local officials say 45 bodies recovered after the overnight attack on Friday.""",
[(CIV, "NG", "Yelwata", 100, "d-2", "herders", "civilians")], "toll 45 -> 100; 'overnight on Friday'"),

("benue-tinubu-visit-live", "2025-06-18 15:00", "Benue live: Tinubu visits Makurdi after Yelwata killings",
"""14:20 GMT — President orders security chiefs to find those behind the attack.

12:00 GMT — Protests in Makurdi ahead of the visit; police fire tear gas.

10:30 GMT — Schools closed in Makurdi for the visit. Governor says the state will rebuild destroyed homes in Yelwata.""",
[], "visit and protest after an earlier attack"),

("mirebalais-gangs-live", "2025-04-01 14:00", "Haiti live: gangs seize Mirebalais, free inmates",
"""13:30 GMT — UN: 500 inmates escaped after gangs stormed the prison.

10:15 GMT — Viv Ansanm fighters now control the town after overnight attack, police say; officers withdrew.

09:00 GMT — Residents fleeing on foot towards Lascahobas and the Dominican border, local radio says.""",
[(NSA, "HT", "Mirebalais", None, "d0", "Viv Ansanm", "Haiti")], "town taken"),

("haiti-council-live", "2024-04-25 15:00", "Haiti live: transitional council sworn in",
"""14:40 GMT — New council members sworn in at the National Palace. Ariel Henry's resignation takes effect.

11:00 GMT — Gunfire heard near the palace earlier in the morning, residents say.

08:30 GMT — Streets of downtown Port-au-Prince largely empty ahead of the ceremony. Schools closed.""",
[], "political transition; vague gunfire is no event"),

("karabakh-offensive-live", "2023-09-20 14:30", "Nagorno-Karabakh live: Karabakh forces agree to lay down arms",
"""14:10 GMT — Azerbaijan says it has taken more than 90 positions. Karabakh authorities agree to disarm.

10:00 GMT — Karabakh ombudsman: at least 200 killed since yesterday, including 10 civilians.

Yesterday 11:00 GMT — Azerbaijan begins "anti-terrorist measures". Shelling of Stepanakert.""",
[(SHL, "AZ", "Stepanakert", None, "d-1", "Azerbaijan", "Nagorno-Karabakh Defence Army"), (GOV, "AZ", "Nagorno-Karabakh", None, "d0", "Azerbaijan", "Nagorno-Karabakh Defence Army")], "shelling and positions taken; the 200 killed since yesterday are not split between them: null"),

("goris-refugees-live", "2023-09-26 12:00", "Karabakh exodus live: refugees pour into Armenia",
"""11:40 GMT — Armenian government: more than 28,000 people have crossed into Goris.

08:00 GMT — Fuel depot blast near Stepanakert: dozens dead, cause unknown.

06:30 GMT — Queues of cars stretch for kilometres along the Lachin road. Red Cross distributing water.""",
[], "refugees; an explosion of unknown cause at a fuel depot (accident)"),

("thai-cambodia-border-live", "2025-07-24 16:00", "Thailand-Cambodia border live: hospital shelled, troops clash at temple",
"""15:40 GMT — Shells hit Phanom Dong Rak hospital in Surin; patients had been evacuated. No one hurt.

12:30 GMT — Thai army: two soldiers killed in fighting near Ta Muen Thom temple.

06:00 GMT — Clash began at dawn near the temple, each side blaming the other.""",
[(SHL, "TH", "Phanom Dong Rak", 0, "d0", "Cambodia", "civilians"), (CL, "TH", "Ta Muen Thom", 2, "d0", "Cambodia", "Thailand")], "two acts, no country named"),

("asean-observers-live", "2025-08-07 10:00", "Thai-Cambodian ceasefire live: observers arrive at border",
"""09:30 GMT — Defence ministers meet in Kuala Lumpur to set monitoring rules.

07:00 GMT — ASEAN observers arrive in Surin and Oddar Meanchey.

Recap — Five days of fighting in late July killed more than 40 people on both sides and displaced about 300,000.""",
[], "truce monitoring"),

("cali-amalfi-live", "2025-08-21 23:00", "Colombia live: truck bomb in Cali; police helicopter downed in Antioquia",
"""22:40 GMT — Defence ministry: 13 police killed when the helicopter was hit by a drone in Amalfi. Petro blames the Clan del Golfo.

20:00 GMT — Cali truck bomb toll rises to six. FARC dissidents suspected.

17:30 GMT — Explosion near Marco Fidel Suárez air base in Cali.

16:10 GMT — Police helicopter on coca eradication mission attacked in Amalfi, eight dead reported.""",
[(IED, "CO", "Cali", 6, "d0", "FARC dissidents", None), (AIR, "CO", "Amalfi", 13, "d0", "Clan del Golfo", "Colombia")], "two events; toll 8 -> 13"),

("comuneros-accord-live", "2025-03-14 19:00", "Colombia peace live: government signs accord with Comuneros del Sur",
"""18:40 GMT — Group begins handing over weapons in Nariño.

15:00 GMT — Peace commissioner: "a path others can follow".

12:00 GMT — Ceremony in Pasto attended by the interior minister and UN representatives. First such accord of this government.""",
[], "peace accord"),

("macomia-raid-live", "2024-05-11 15:30", "Mozambique live: insurgents raid Macomia",
"""15:10 GMT — Insurgents leave Macomia town after looting shops; troops return, sources say.

09:00 GMT — Heavy fighting between insurgents and soldiers near the town's market; residents flee into the bush.

Yesterday 21:00 GMT — Residents report gunfire on the outskirts; phone network down in the district.""",
[(CL, "MZ", "Macomia", None, "d0", "Islamic State Mozambique", "Mozambique")], "raid that leaves: clash, not territory"),

("maputo-protests-live", "2024-11-07 17:00", "Mozambique live: Maputo protests turn violent",
"""16:40 GMT — Police fire tear gas at protesters on Avenida Eduardo Mondlane.

14:00 GMT — Shops shuttered along the main avenues; buses not running. South Africa closes the Ressano Garcia border post.

12:00 GMT — Opposition leader calls on supporters to march on capital.""",
[], "post-election protest"),

("eternity-c-live", "2025-07-10 15:00", "Red Sea live: Houthis say they sank Eternity C, took crew",
"""14:40 GMT — Houthis say they took crew members from the sinking ship "to a safe location".

11:00 GMT — EU naval force: four crew killed in the attack, ship sunk.

Yesterday 19:00 GMT — Bulk carrier attacked by drones and speedboats.""",
[(AIR, None, "Red Sea", 4, "d-1", "Houthis", "civilians"), (ABD, None, "Red Sea", None, None, "Houthis", "civilians")], "attack at sea and crew taken; no country"),

("sumy-palm-sunday-live", "2025-04-13 17:30", "Sumy missile strike live: toll rises to 34",
"""17:10 GMT — Emergency services: 34 killed, including two children, and 117 injured.

13:30 GMT — Zelensky: "Only scum can act like this."

10:50 GMT — Toll at 21. Two Iskander missiles hit central Sumy as people gathered for Palm Sunday.""",
[(SHL, "UA", "Sumy", 34, "d0", "Russia", "civilians")], "rising toll"),

("spiderweb-live", "2025-06-01 18:30", "Ukraine drone attack on Russian airbases — live",
"""18:10 GMT — Russian defence ministry: fires at airfields in Murmansk and Irkutsk regions; attacks in Ivanovo region repelled.

16:00 GMT — SBU: drones launched from trucks hit bombers at Belaya and Olenya airbases.""",
[(AIR, "RU", "Belaya", None, "d0", "Ukraine", "Russia"), (AIR, "RU", "Olenya", None, "d0", "Ukraine", "Russia"), (DIS, "RU", "Ivanovo region", None, "d0", "Russia", "Ukraine")], "several airbases and repelled attacks"),

("oval-office-live", "2025-02-28 19:30", "Zelensky at the White House — live",
"""19:10 GMT — Zelensky leaves early; minerals deal not signed.

17:20 GMT — Shouting match in the Oval Office as Vance accuses Zelensky of disrespect.

16:00 GMT — Zelensky arrives at the West Wing, greeted by Trump. Signing ceremony scheduled for 18:00 GMT.""",
[], "diplomacy"),

("eurovision-final-live", "2025-05-17 22:05", "Eurovision grand final live",
"""21:50 GMT — Austria's JJ storms to victory after the public vote. Crowd erupts.

21:20 GMT — Sweden's sauna song a bombshell hit with the crowd.

20:00 GMT — Basel arena packed; Israel's entry gets a mixed reception.

19:00 GMT — Doors open; flags everywhere.""",
[], "entertainment: bombshell"),

("war-anniversary-live", "2025-02-24 14:00", "Three years of war live: leaders gather in Kyiv",
"""13:30 GMT — UN: at least 12,600 civilians killed in Ukraine since February 2022.

10:00 GMT — European leaders arrive in Kyiv by train for the anniversary.

08:00 GMT — Overnight, air-raid alerts in most regions; the air force report is due later this morning.""",
[], "anniversary with aggregate toll"),

("gaza-strikes-resume-live", "2025-03-18 16:00", "Gaza live: Israel resumes strikes, over 400 killed",
"""15:30 GMT — Health ministry: 404 killed across the Gaza Strip since strikes began overnight.

09:00 GMT — Israel says it struck Hamas targets after the group refused to free more hostages.

03:00 GMT — Toll 200. Strikes on Khan Younis, Deir al-Balah and Gaza City.""",
[(AIR, "PS", "Gaza Strip", 404, "d0", "Israel", None)], "campaign of strikes labelled once with the Strip-wide toll"),

("srinagar-market-grenade-live", "2024-11-03 15:00", "Srinagar grenade attack live: 12 injured at Sunday market",
"""14:30 GMT — Police: grenade thrown towards CRPF bunker near Tourist Reception Centre missed and exploded among shoppers. Twelve injured.

13:00 GMT — Two of the injured in a serious condition at SMHS hospital. Shops shut in Lal Chowk area.

12:00 GMT — Chief minister condemns attack.""",
[(GRE, "IN", "Srinagar", None, "d0", "militants", "civilians")], "grenade; injuries only"),
]
