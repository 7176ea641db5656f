from common import *

FEED = ("blind/liveblog-b2.feed.json", "json", "https://live.example.co.uk/updates", "Example Live: rolling coverage")
REGISTER = "liveblog"

ITEMS = [
("kyiv-daytime-barrage", "2024-07-08 13:50", "Ukraine live: Kyiv toll rises to 31 after daytime missile barrage",
"""16:40 Kyiv time - Update: 31 people now confirmed dead in Kyiv, the city military administration says. Rescuers still at the Okhmatdyt children's hospital, where part of the toxicology wing has collapsed.

14:05 - Zelensky, arriving in Warsaw: 'Russia knows exactly where its missiles fall.' Calls for more air defence systems before the NATO summit.

11:20 - Series of explosions across the capital. Smoke over Shevchenkivskyi district. Mayor: several districts hit, casualties.""",
[(SHL, "UA", "Kyiv", 31, "d0", "Russia", "civilians")], "newest first; the latest toll counts"),

("gaza-school-shelter-strike", "2024-08-10 09:30", "Israel-Gaza live: dozens killed in strike on Gaza City school shelter",
"""09:15 GMT - Gaza's civil defence now says at least 90 people were killed in the strike on the al-Tabi'in school in the Daraj neighbourhood, where displaced families had gathered for dawn prayers. The Israeli military says it hit a Hamas command post inside the compound and disputes the figures.

07:50 GMT - Sirens in Ashkelon. The IDF says two rockets from northern Gaza were intercepted. No injuries.

05:40 GMT - First reports of a strike on a school in Gaza City. Medics say dozens dead.""",
[(AIR, "PS", "Daraj", 90, "d0", "Israel", "civilians"),
 (DIS, "IL", "Ashkelon", 0, "d0", "Israel", None)], "rising toll; second event in another country"),

("true-confidence-missile", "2024-03-06 21:30", "Red Sea live: three sailors killed as Houthi missile hits bulk carrier",
"""21:10 GMT - CENTCOM confirms three crew members of the True Confidence killed, at least four injured, after an anti-ship ballistic missile struck the ship about 50 nautical miles off Aden. Crew has abandoned ship.

18:30 GMT - Houthi military spokesman claims the attack in a televised statement and names the vessel.

16:05 GMT - UKMTO: vessel on fire in the Gulf of Aden after being hit by a missile. Coalition warships responding.""",
[(SHL, None, "Gulf of Aden", 3, "d0", "Houthis", "civilians")], "at sea: no country, Aden only as a reference point"),

("el-fasher-falls-hospital", "2025-10-29 15:45", "Sudan live: WHO 'appalled' by reports of killings at El Fasher hospital",
"""15:30 - Update: The WHO says it is appalled by reports that more than 460 patients and their companions were shot dead at the Saudi Maternity Hospital in El Fasher on {d-1}, after RSF fighters entered the compound.

12:10 - Satellite images analysed by Yale researchers show what they describe as clusters of bodies near the town's eastern berm.

09:00 - Recap: the RSF announced on {d-3} that it had seized the army's 6th Division headquarters, the last army stronghold in El Fasher, after an 18-month siege. Army chief al-Burhan said his troops had withdrawn 'to safer places'.""",
[(NSA, "SD", "El Fasher", None, "d-3", "Rapid Support Forces", "Sudan"),
 (CIV, "SD", "El Fasher", 460, "d-1", "Rapid Support Forces", "civilians")], "two acts on two days; more than 460 = 460"),

("aleppo-rebels-enter", "2024-11-30 18:40", "Syria live: rebels sweep into Aleppo",
"""18:20 GMT - Turkey's foreign ministry calls for calm and says it is in contact with Moscow and Tehran.

15:45 GMT - Syrian army command acknowledges 'terrorist organisations' have entered 'large parts' of Aleppo. Says it is redeploying to prepare a counter-attack; dozens of soldiers killed.

11:00 GMT - Fighters led by Hayat Tahrir al-Sham filmed at the citadel and outside the governorate building. Residents say government troops pulled out overnight after two days of fighting on the city's western edge.""",
[(NSA, "SY", "Aleppo", None, "d0", "Hayat Tahrir al-Sham", "Syria")], "territory taken after fighting; dozens = null"),

("manbij-car-bomb-workers", "2025-02-03 14:05", "Syria live: car bomb kills 20 farmworkers near Manbij",
"""13:50 - Civil defence: toll rises to 20, most of them women working on farms. 15 more wounded.

11:35 - Car packed with explosives blew up next to a vehicle carrying agricultural workers on the edge of Manbij, state news agency says. No claim so far. Turkey-backed factions and Kurdish-led forces have fought around the town since December.

11:10 - Reports of a loud explosion on the outskirts of Manbij; at least five dead.""",
[(IED, "SY", "Manbij", 20, "d0", None, "civilians")], "car bomb, not suicide; toll rises, newest first"),

("goma-m23-rubavu-shelling", "2025-01-27 13:00", "DR Congo live: M23 fighters in Goma; shells land in Rwanda",
"""12:40 GMT - Rwanda says five people killed and 35 injured in Rubavu (Gisenyi) when shells fired from the Congolese side of the border landed in the town. Kigali blames the Congolese army.

10:15 GMT - Residents describe M23 fighters walking through the centre of Goma. Gunfire around the airport. Kinshasa says its forces are still fighting.

07:30 GMT - M23 says it has 'liberated' Goma overnight and gives Congolese soldiers until 03:00 to hand over their weapons at the stadium.""",
[(NSA, "CD", "Goma", None, "d0", "M23", "DR Congo"),
 (SHL, "RW", "Rubavu", 5, "d0", "DR Congo", "civilians")], "rebel takeover; shelling across the border into Rwanda"),

("operation-sindoor-poonch", "2025-05-07 09:30", "India-Pakistan live: strikes on Pakistan, shelling in Poonch",
"""14:20 IST - Indian Army: 12 civilians and a soldier killed by Pakistani shelling across the Line of Control in Poonch. Homes and a gurdwara hit.

09:45 IST - Pakistan's military says Indian strikes killed 26 civilians at six sites. Among those hit: a mosque complex in Bahawalpur and a seminary at Muridke, near Lahore.

01:44 IST - Defence ministry in New Delhi: Indian Air Force jets have fired missiles at nine sites in Pakistan and Pakistan-administered Kashmir under 'Operation Sindoor'. 'Our actions have been focused, measured and non-escalatory in nature.'""",
[(AIR, "PK", "Bahawalpur", None, "d0", "India", None),
 (AIR, "PK", "Muridke", None, "d0", "India", None),
 (SHL, "IN", "Poonch", 13, "d0", "Pakistan", "civilians")], "two named strike sites (toll given for all six together) and shelling in India; Punjab city Lahore only as reference"),

("karabakh-operation-day-one", "2023-09-19 19:30", "Live: Azerbaijan launches operation in Karabakh",
"""Update 19:10 - Karabakh's Armenian ombudsman: at least 27 killed, two of them civilians, more than 200 wounded.

16:30 - Explosions and artillery fire in Stepanakert, which Baku calls Khankendi. Residents sheltering in basements; power cut in parts of the town.

13:00 - Azerbaijan's defence ministry announces 'local anti-terrorist measures', says it is targeting only military positions.

12:40 - Armenia's prime minister: our troops are not in Karabakh and are not involved.""",
[(SHL, "AZ", "Stepanakert", 27, "d0", "Azerbaijan", "Artsakh Defence Army")], "Karabakh is in Azerbaijan; two names for the town"),

("arak-soroka-strikes", "2025-06-19 11:20", "Israel-Iran live: missile hits Beersheba hospital; jets strike Arak",
"""11:05 GMT - Israeli military says jets struck the Arak heavy water reactor this morning, hitting the part used for plutonium production.

08:30 GMT - Magen David Adom: 71 people lightly hurt after an Iranian missile struck the Soroka medical centre in Beersheba. No deaths.

06:10 GMT - Sirens across central and southern Israel. Revolutionary Guards say missiles fired at 'military and intelligence targets'.""",
[(AIR, "IR", "Arak", None, "d0", "Israel", "Iran"),
 (SHL, "IL", "Beersheba", 0, "d0", "Iran", "civilians")], "two countries; injuries only and no deaths = 0"),

("saratov-refinery-bryansk-drones", "2025-01-08 08:30", "Ukraine war live: drone attack sets Saratov refinery ablaze",
"""10:25 MSK - Russia's defence ministry: air defences destroyed 37 Ukrainian drones overnight over the Bryansk region.

08:40 MSK - Saratov governor: one person killed, fire at an 'industrial enterprise' after a drone attack. Schools in two districts closed.

07:50 MSK - Videos on local channels show a large fire and black smoke over the oil refinery in Saratov.""",
[(AIR, "RU", "Saratov", 1, "d0", "Ukraine", "civilians"),
 (DIS, "RU", "Bryansk", None, "d0", "Russia", "Ukraine")], "Ukrainian drones in Russia; interceptions over another region"),

("kharkiv-hypermarket-glide-bombs", "2024-05-25 18:00", "Kharkiv live: guided bombs hit packed hardware store",
"""20:45 - Governor Syniehubov: toll at the Epicentr hypermarket rises to 12. Sixteen people still missing.

18:10 - Two dead, 33 injured confirmed so far. Around 200 people may have been inside, the mayor says.

16:15 - Russian forces hit a large DIY store in the north-west of Kharkiv with two guided aerial bombs, Mayor Terekhov says. Fire spreading across 10,000 square metres.""",
[(AIR, "UA", "Kharkiv", 12, "d0", "Russia", "civilians")], "glide bombs are an air strike; toll rises, newest first"),

("kostiantynivka-gas-market", "2025-04-15 12:30", "Ukraine live: gas munition reported near Kostiantynivka; market shelled",
"""15:30 - General Staff: 148 combat clashes along the front in the past day, the heaviest near Pokrovsk.

13:10 - A brigade fighting near Kostiantynivka says a Russian drone dropped a munition releasing CS gas on its positions this morning. Four soldiers treated for breathing problems.

10:45 - Regional governor: a Russian artillery strike on Kostiantynivka's central market killed one woman and wounded three.""",
[(CHEM, "UA", "Kostiantynivka", None, "d0", "Russia", "Ukraine"),
 (SHL, "UA", "Kostiantynivka", 1, "d0", "Russia", "civilians")], "chemical weapon and a separate shelling; daily clash count is no event"),

("dahiyeh-strike-haifa-rockets", "2024-09-21 17:40", "Lebanon live: Israeli strike in Beirut suburb; rockets fired at Haifa area",
"""17:20 GMT - Lebanese health ministry: toll from the Israeli strike on a building in Beirut's southern suburbs rises to 14, including three children. The Israeli military says it killed a senior commander of Hezbollah's Radwan force.

15:05 GMT - Sirens in Haifa and Kiryat Bialik. Hezbollah says it fired Fadi rockets at an air base. Israel says most were intercepted; one house hit, no injuries.

14:40 GMT - Loud blast heard across Beirut. Smoke rising over Dahiyeh.""",
[(AIR, "LB", "Dahiyeh", 14, "d0", "Israel", "Hezbollah"),
 (SHL, "IL", "Kiryat Bialik", 0, "d0", "Hezbollah", "Israel"),
 (DIS, "IL", None, None, "d0", "Israel", "Hezbollah")], "strike and counter-fire in two countries; a salvo mostly intercepted and partly hitting is the hit plus the interception"),

("lebanon-pagers-explode", "2024-09-17 19:45", "Lebanon live: hundreds hurt as pagers explode across the country",
"""19:30 GMT - Health minister: nine dead, among them a girl, and about 2,800 wounded. Hezbollah says two of its fighters are among the dead and blames Israel, which has not commented.

17:10 GMT - Hospitals in Beirut's southern suburbs and in the south appeal for blood donations. Red Cross teams stretched.

16:45 GMT - Pagers carried by Hezbollah members exploded almost at the same moment in several parts of Lebanon, witnesses say. Videos show a man collapsing at a supermarket checkout.""",
[(IED, "LB", None, 9, "d0", "Israel", "Hezbollah")], "remotely detonated devices across the country: no single place"),

("catatumbo-fighting-toll", "2025-01-20 18:30", "Colombia live: Catatumbo fighting toll reaches 80",
"""Update 18:00 - Norte de Santander governor: at least 80 people killed since the ELN attacked areas held by FARC dissidents on {d-4}. More than 11,000 displaced, many sheltering in Tibú and Cúcuta.

14:20 - President Petro suspends talks with the ELN and says he will declare a state of internal commotion.

12:30 - ELN statement denies targeting civilians and says it is fighting the dissidents' 33rd Front around Tibú.""",
[(CL, "CO", "Tibú", 80, None, "ELN", "FARC dissidents")], "fighting over several days since a named day: no single day; suspended talks and denial not labelled"),

("bamako-gendarmerie-school", "2024-09-17 17:30", "Mali live: gunfire at gendarmerie school in Bamako",
"""Update 17:05 - Security sources: at least 70 people killed, most of them gendarmerie students. JNIM claims the attack.

11:20 - Army says the situation is 'under control' and the 'terrorists' who got into the school in Faladié have been neutralised.

06:30 - Heavy gunfire and explosions near the gendarmerie training school in the Faladié district since dawn. Roads to the airport closed.""",
[(CL, "ML", "Faladié", 70, "d0", "JNIM", "Mali")], "attack on a training school with armed students and guards"),

("red-sea-21-drones-downed", "2024-01-09 23:30", "Red Sea live: warships down 21 drones and missiles",
"""23:15 GMT - CENTCOM: US and British warships and F/A-18s shot down 18 drones, two anti-ship cruise missiles and an anti-ship ballistic missile launched by the Houthis into international shipping lanes in the southern Red Sea. No damage, no injuries.

21:40 GMT - UKMTO: several merchant vessels report missiles and drones west of Hodeidah.

Earlier - Washington has warned the Houthis of 'consequences' if the attacks go on.""",
[(DIS, None, "Red Sea", 0, "d0", "United States", "Houthis")], "interceptions at sea; no injuries = 0; a warning is not an event"),

("solino-police-gangs", "2024-10-28 21:10", "Haiti live: police battle gangs in Solino",
"""16:00 - National police say four gang members and one officer killed in fighting in Solino. Armoured vehicles now at the entrance to the neighbourhood.

13:20 - Residents fleeing on foot down Delmas 24 with mattresses and bags. Several houses on fire.

09:10 - Gunmen from the Viv Ansanm coalition launched an attack on Solino before dawn, local radio reports.""",
[(CL, "HT", "Solino", 5, "d0", "Viv Ansanm", "Haiti")], "gangs against police; burning houses not labelled"),

("rafah-aid-site-shooting", "2025-06-01 12:50", "Gaza live: dozens killed near aid distribution site in Rafah",
"""12:30 GMT - Gaza health ministry: 31 killed and more than 170 wounded when Israeli forces opened fire on crowds heading to a food distribution site west of Rafah at dawn.

11:00 GMT - Israeli military says initial inquiry found troops did not fire at civilians 'near or within' the site.

08:15 GMT - Red Cross field hospital in Rafah reports receiving 179 casualties, most with gunshot wounds.""",
[(CIV, "PS", "Rafah", 31, "d0", "Israel", "civilians")], "one-sided shooting by an army is an attack on civilians; the denial is not labelled"),

("port-sudan-drones-third-day", "2025-05-06 14:30", "Sudan live: drones hit Port Sudan fuel depots for third day",
"""14:10 - Fire still burning at the fuel storage in the south of the port after drones struck it this morning, witnesses say.

12:00 - Airport closed, flights diverted to Kassala. Long queues at the few petrol stations still open.

10:30 - Government blames the RSF, which has not commented. It is the third day of drone attacks on the city, seat of the army-backed government.""",
[(AIR, "SD", "Port Sudan", None, "d0", "Rapid Support Forces", "Sudan")], "drone strike; earlier days are background"),

("crocus-city-hall-attack", "2024-03-23 10:05", "Moscow concert hall attack: live",
"""09:50 GMT - Investigative Committee: death toll rises to 133. Search of the burnt-out hall continues.

07:30 GMT - Islamic State publishes a photo it says shows the attackers. The FSB says four suspects detained in the Bryansk region 'heading for the Ukrainian border'. Kyiv rejects any involvement.

06:00 GMT - Toll now 93, officials say.

Overnight - Gunmen in camouflage opened fire on concert-goers at Crocus City Hall in Krasnogorsk, just outside Moscow, on {d-1} night, then set the building on fire.""",
[(CIV, "RU", "Krasnogorsk", 133, "d-1", "Islamic State", "civilians")], "rising toll; arrests and a denial not labelled"),

("jaffar-express-hijack", "2025-03-12 14:00", "Pakistan live: Jaffar Express hijacking",
"""18:40 PKT - Military spokesman: operation complete, all 33 attackers killed. Four FC soldiers lost their lives. Remaining passengers freed.

12:15 PKT - BLA statement claims it still holds 'more than 200' passengers.

Recap - The Quetta-Peshawar train was stopped by an explosion on the track near a tunnel in the Bolan pass on {d-1} and boarded by BLA fighters, who took the passengers hostage.""",
[(ABD, "PK", "Bolan pass", None, "d-1", "Baloch Liberation Army", "civilians"),
 (CL, "PK", "Bolan pass", 37, "d0", "Pakistan", "Baloch Liberation Army")], "hostage taking then a rescue operation on the next day; 33 + 4 = 37"),

("jaffa-shooting-iran-barrage", "2024-10-01 20:00", "Israel live: Iran fires missiles; deadly shooting in Jaffa",
"""19:55 - Israeli military: around 180 ballistic missiles fired from Iran. 'Large number' intercepted by Israeli air defences and a US-led coalition.

19:20 - Sirens nationwide. Millions in shelters.

18:35 - Police: two gunmen opened fire on passengers near a light rail stop on Jerusalem Boulevard in Jaffa. Seven killed. Both attackers shot dead. Hamas later claims the attack.""",
[(CIV, "IL", "Jaffa", 9, "d0", "Hamas", "civilians"),
 (DIS, "IL", None, None, "d0", "Israel", "Iran")], "Jerusalem Boulevard is in Jaffa; seven killed and both attackers shot dead = 9; interceptions over the country"),

("latakia-navy-strike", "2024-12-10 08:20", "Syria live: Israel strikes Syrian navy at Latakia",
"""08:05 - Israeli military confirms its navy struck Syrian naval vessels at Minet el-Beida and at Latakia port overnight. Footage shows ships burning at their moorings.

07:10 - Israeli troops also remain inside the buffer zone on the Golan they entered on {d-2}, the military says.

06:30 - Syria's new authorities have not commented.""",
[(SHL, "SY", "Latakia", None, "d0", "Israel", "Syria")], "missiles from ships; moving into a buffer zone is not an event"),

("doha-strike-hamas-leaders", "2025-09-09 16:55", "Middle East live: Israel strikes Hamas leaders in Doha",
"""16:40 GMT - Hamas: its negotiating team survived. Five members killed, including the son of the group's chief negotiator. Qatar says a member of its internal security force also died.

14:10 GMT - Israeli military confirms a 'precise strike' against Hamas's senior leadership.

13:50 GMT - Explosions heard in the West Bay Lagoon district of Doha. Smoke above a residential compound.""",
[(AIR, "QA", "West Bay Lagoon", 6, "d0", "Israel", "Hamas")], "foreign force strikes in Qatar; five plus one = 6"),

("khartoum-palace-retaken", "2025-03-21 12:30", "Sudan live: army retakes presidential palace",
"""11:45 - Crowds celebrating in Port Sudan and Omdurman. RSF adviser on social media: 'The battle for Khartoum is not over.'

09:30 - Army spokesman: the Republican Palace in Khartoum and ministries around it fully under army control after fighting through the night.

07:00 - Soldiers film themselves inside the palace, chanting.""",
[(GOV, "SD", "Khartoum", None, "d0", "Sudan", "Rapid Support Forces")], "recapture after fighting"),

("jermuk-shelling", "2022-09-13 11:30", "Armenia-Azerbaijan live: heavy fighting on the border",
"""14:00 - Prime minister Pashinyan tells parliament 49 Armenian servicemen have been killed since shelling began after midnight.

10:30 - Defence ministry in Yerevan: Azerbaijani artillery, mortars and drones hitting positions and villages around Jermuk.

07:15 - Baku says it is responding to 'large-scale provocations' by Armenian units.""",
[(SHL, "AM", "Jermuk", 49, "d0", "Azerbaijan", "Armenia")], "shelling in Armenia; Baku's claim not labelled"),

("caribbean-boat-strike", "2025-09-02 22:30", "Americas live: US military strikes boat off Venezuela",
"""22:10 GMT - Defence Secretary: 11 'narco-terrorists' of Tren de Aragua killed. Says the boat left Venezuela carrying drugs.

20:30 GMT - The president posts video of a strike on a speedboat in the southern Caribbean, saying it was carried out by US forces this morning.""",
[(AIR, None, "Caribbean", 11, "d0", "United States", "Tren de Aragua")], "at sea: no country; Venezuela only named"),

# negatives
("election-night-georgia", "2024-11-06 05:30", "US election live: Georgia called",
"""05:10 GMT - Georgia goes to Trump, networks project. A second battleground state turns red after Democrats' early lead in Atlanta's suburbs evaporated.

04:30 GMT - Harris campaign chair tells staff they are still 'in the fight'.

03:55 GMT - Turnout records in Georgia and North Carolina. Lines outside polling stations in Fulton County until well after closing.""",
[], "US state of Georgia; fight figurative"),

("champions-league-final-live", "2024-06-01 21:05", "Champions League final live: Dortmund v Real Madrid",
"""90+4' - Full time. Real Madrid win their 15th European Cup.

83' - Goal! Vinícius breaks clear and shoots low past Kobel. 2-0.

74' - Goal! Carvajal heads in a corner. Dortmund's first-half attack now a memory.

23' - Adeyemi through on goal, rounds Courtois, shot blocked on the line. Dortmund's striker had the final in his feet.""",
[], "football; shot, striker, attack"),

("markets-live-shell-refinery-strike", "2023-03-16 15:00", "Markets live: Shell falls as French refinery strike drags on",
"""14:40 - Shell down 2.8% in London. Strike by refinery workers in France over the pension reform enters its tenth day; several terminals blockaded.

13:15 - Brent crude slides below $73. Bank shares hammered again after Credit Suisse wobble.

11:00 - European markets open lower. 'It's a bloodbath in financials,' one trader says.""",
[], "Shell and strike as homonyms; figurative bloodbath"),

("typhoon-batters-luzon", "2024-11-17 09:00", "Typhoon Man-yi live: super typhoon batters Luzon",
"""08:40 - Man-yi makes second landfall in Aurora province. Roofs torn off, power out across the province.

07:10 - Catanduanes governor: 'Our coastline has been battered.' Early damage reports heavy.

05:00 - More than 650,000 people evacuated. Ferries and flights suspended.""",
[], "weather; batters"),

("mandalay-earthquake-live", "2025-03-29 12:00", "Myanmar earthquake live: death toll passes 1,600",
"""11:40 GMT - Junta says 1,644 killed, more than 3,400 injured. Expected to rise.

09:15 GMT - Rescuers in Mandalay pulling people from a collapsed apartment block with their hands. China and India send teams.

07:00 GMT - Sagaing bridge over the Irrawaddy collapsed; cracks in roads across the region.""",
[], "natural disaster with a rising toll"),

("nato-summit-hague", "2025-06-25 13:00", "NATO summit live: allies agree 5% spending goal",
"""12:45 - Final declaration: allies commit to spending 5% of GDP on defence and security by 2035, with 3.5% on core defence.

11:30 - Secretary General: 'Russia will remain a long-term threat.' Moscow warns of a 'reckless' arms race.

09:00 - Leaders arrive in The Hague under tight security.""",
[], "budgets and threats"),

("lebanon-truce-takes-effect", "2024-11-27 07:30", "Israel-Hezbollah ceasefire live: truce takes effect",
"""07:15 - Cars packed with families heading south on the coastal road despite the army's warning not to return yet to villages near the border.

05:00 - Ceasefire in effect. Lebanon's health ministry says more than 3,800 people have been killed in Lebanon since October 2023.

02:30 - Israeli army tells residents of the south to stay away from 60 villages until further notice.""",
[], "truce and aggregate toll"),

("gaza-hostages-released", "2025-01-19 16:30", "Gaza live: three hostages freed on first day of ceasefire",
"""16:10 GMT - Israeli military: the three women are now with its forces inside Gaza, handed over by the Red Cross.

15:00 GMT - Crowds at the handover point in Gaza City. Hamas gunmen line the route.

10:15 GMT - Ceasefire takes effect after a three-hour delay. 90 Palestinian prisoners to be released tonight from Ofer.""",
[], "hostage and prisoner release"),

("alaska-summit-live", "2025-08-15 23:00", "Trump-Putin summit live: no deal on Ukraine",
"""22:45 GMT - Joint press appearance ends without questions. Trump: 'There's no deal until there's a deal.'

20:30 GMT - Talks in Anchorage move to an expanded format with delegations.

19:00 GMT - Putin lands at Joint Base Elmendorf-Richardson. Red carpet, B-2 flypast.""",
[], "talks"),

("victory-day-parade", "2025-05-09 10:00", "Victory Day live: Moscow parade marks 80 years",
"""09:45 GMT - Tanks and Yars missile launchers roll across Red Square. Putin: the Soviet people paid for victory with 27 million lives.

09:00 GMT - Chinese President Xi among foreign leaders on the stand.

Earlier - Moscow airports briefly closed overnight, with no reported damage.""",
[], "anniversary of an old war, large toll"),

("north-korea-icbm-live", "2024-10-31 03:20", "North Korea missile live: ICBM flies for a record 86 minutes",
"""03:05 GMT - Japan's defence ministry: missile came down west of Hokkaido, outside Japan's exclusive economic zone.

01:50 GMT - South Korea's military: ICBM launched from near Pyongyang on a lofted trajectory.

01:15 GMT - Japan issues J-Alert. Ferries in Hokkaido told to stay in port.""",
[], "missile test"),

("shahid-rajaee-port-blast", "2025-04-26 14:00", "Iran port explosion live: toll rises",
"""13:30 GMT - Interior ministry: 28 killed, more than 800 injured at the Shahid Rajaee port near Bandar Abbas.

11:20 GMT - Officials say the blast started in containers holding chemicals. 'Poor storage' blamed; sabotage ruled out.

09:05 GMT - Huge explosion at the port. Windows shattered kilometres away.""",
[], "accident: chemical storage"),

("munich-consulate-shooting", "2024-09-05 11:00", "Munich live: police shoot armed man near Israeli consulate",
"""10:40 - Police: the man, 18, fired several shots from an old rifle at officers near the Israeli consulate and the Nazi documentation centre. He was shot dead. No one else hurt.

09:30 - Large police operation around Karolinenplatz. Residents told to avoid the area.

09:10 - Reports of gunfire in central Munich.""",
[], "lone attacker shot by police"),

("tbilisi-protests-live", "2024-12-01 22:00", "Georgia protests live: water cannon on Rustaveli Avenue",
"""21:40 - Riot police push protesters back from parliament with water cannon and pepper spray. Fireworks fired at police lines.

20:15 - Tens of thousands on Rustaveli Avenue for a fourth night against the government's suspension of EU accession talks.

18:00 - Interior ministry: 224 detained since {d-3}.""",
[], "protests in the country of Georgia"),

("icj-ruling-live", "2024-01-26 13:30", "ICJ ruling live: court orders Israel to prevent genocidal acts",
"""13:10 GMT - Court orders Israel to take all measures within its power to prevent acts of genocide and to enable aid into Gaza. Does not order a ceasefire.

12:20 GMT - President of the court reads the order. 15 of 17 judges back the main measures.

12:00 GMT - Gaza health ministry figure cited by South Africa: more than 26,000 killed since October 7.""",
[], "court ruling and aggregate toll"),

("airports-cyber-attack", "2025-09-20 12:00", "Airports cyber attack live: Heathrow, Brussels, Berlin delays",
"""11:40 - Brussels airport asks airlines to cancel half of Monday's departures.

09:50 - Collins Aerospace confirms a 'cyber-related disruption' to its check-in and boarding software.

07:30 - Passengers at Heathrow queue for hours as staff check in by hand.""",
[], "cyber attack"),

("rugby-world-cup-final", "2023-10-28 21:00", "Rugby World Cup final live: South Africa v New Zealand",
"""80' - South Africa win 12-11 and retain the trophy.

70' - All Blacks attack in waves; Springbok defence holds. A bruising final.

28' - Cane shown red, the first in a final. Blitz defence strangling New Zealand.""",
[], "sport: attack and blitz"),

("starship-test-explodes", "2025-03-06 23:50", "Starship live: upper stage explodes minutes after launch",
"""23:40 GMT - SpaceX confirms 'rapid unscheduled disassembly' of the ship. Flights in Florida held on the ground because of falling debris.

23:35 GMT - Booster caught by the tower arms again.

23:30 GMT - Liftoff from Starbase, Texas.""",
[], "rocket explodes: no attack"),

("zapad-2025-exercise", "2025-09-12 10:00", "Zapad-2025 live: Russia and Belarus begin joint drills",
"""09:40 - Belarusian defence ministry: practice includes planning the use of nuclear weapons and the Oreshnik missile system.

08:00 - Poland closes its border with Belarus for the duration of the exercise.

07:30 - Drills begin at ranges in Belarus and western Russia and in the Baltic Sea.""",
[], "exercise"),

("oscars-war-film", "2023-03-13 04:30", "Oscars live: war film sweeps technical awards",
"""04:10 GMT - 'All Quiet on the Western Front' wins best international feature, its fourth Oscar of the night.

03:20 GMT - Score and cinematography go to the First World War drama set in the trenches where millions died.

01:00 GMT - Arrivals on the champagne-coloured carpet.""",
[], "war film at the Oscars"),

("ahmedabad-plane-crash", "2025-06-12 14:00", "Air India crash live: London-bound plane crashes in Ahmedabad",
"""13:20 GMT - Police: more than 200 bodies recovered. One passenger survived.

10:30 GMT - Boeing 787 bound for Gatwick came down on a medical college hostel in Meghaninagar shortly after take-off.

08:45 GMT - Plume of black smoke near Ahmedabad airport.""",
[], "plane crash"),
]
