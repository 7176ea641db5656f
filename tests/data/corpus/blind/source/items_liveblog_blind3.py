from common import *

FEED = ("blind/liveblog-c3.feed.json", "json", "https://rolling.example.net/live", "Rolling Desk: live pages")
REGISTER = "liveblog"

ITEMS = [
# ---- positives ----
("zaporizhzhia-guided-bombs-dnipro-drones", "2025-02-11 17:20", "Ukraine war live: guided bombs hit Zaporizhzhia industrial district",
"""19:05 Kyiv - Regional head Fedorov now gives four dead in Zaporizhzhia, all of them workers on a night shift. Nine more in hospital, two in a grave condition.

16:30 - Fedorov: three aerial bombs came down on the industrial area of the city around 15:50. Two people killed, a warehouse and a bus depot burning.

09:10 - Air force summary for the night: 63 attack drones launched, 41 brought down, most of them over the Dnipropetrovsk region. Debris fell on a private house in Pavlohrad district; nobody injured.

08:40 - Morning. Air raid alert lifted across the east for the first time in eleven hours.""",
[(AIR, "UA", "Zaporizhzhia", 4, "d0", "Russia", "civilians"),
 (DIS, "UA", "Dnipropetrovsk region", 0, "d0", "Ukraine", "Russia")],
"newest first, toll 2 -> 4 on top; overnight drone interceptions are a second event"),

("atbara-power-station-drones", "2025-05-14 13:45", "Live: drones strike power station in Atbara",
"""13:30 GMT - River Nile state government: the drones hit two transformers at the Atbara substation just after dawn. Civil defence says no one was hurt but parts of the city, and the water pumping plant, are without power.

11:55 GMT - An army source blames the RSF, which has used long-range drones against the north and east since the spring. The RSF has said nothing so far.

10:20 GMT - Residents of Atbara report explosions and a fire near the power station on the road to Ed Damer.

Background - Port Sudan was hit by drones on several days earlier this month.""",
[(AIR, "SD", "Atbara", 0, "d0", None, None)],
"a stated zero; an army source's blame alone is no initiator; earlier Port Sudan strikes are background"),

("djugu-displacement-site-machetes", "2023-06-13 16:10", "Ituri live: dozens killed at displacement site",
"""Update 16:00 - Local officials now count 46 dead at the Lala site, among them 23 children. Tents and a school burned. The UN mission says its peacekeepers reached the area at first light.

12:25 - Djugu territory administrator blames CODECO militia fighters, who he says came at night with guns and machetes. CODECO has not commented.

10:05 - First reports of an attack on a camp for displaced people in Djugu territory, about 60 km north of Bunia. At least a dozen dead.""",
[(CIV, "CD", "Lala", 46, "d0", "CODECO", "civilians")],
"attack on displaced people; the official's attribution is the only one the text gives; toll 12 -> 46"),

("beledweyne-checkpoint-suicide", "2024-10-02 11:40", "Live: suicide car bomb at Beledweyne checkpoint",
"""11:30 EAT - Hiran regional police: the toll is now seven, five soldiers and two women selling tea at the checkpoint. Al-Shabaab's radio claims the attack.

10:15 - A witness says a minibus drove past the first barrier, was fired on by soldiers and then blew up. The driver was the only person inside.

09:50 - Large explosion at the army checkpoint on the southern entrance of Beledweyne. Smoke visible across the Shabelle river.""",
[(SUI, "SO", "Beledweyne", 7, "d0", "Al-Shabaab", "Somalia")],
"vehicle-borne suicide bomb; toll counted without the driver"),

("mawasi-tents-strike-sderot-rockets", "2024-07-13 15:30", "Gaza live: strike on al-Mawasi tent area; rockets towards Sderot",
"""15:20 GMT - Nasser hospital says at least 71 people are dead from this morning's strike in al-Mawasi, west of Khan Younis, where tens of thousands of displaced people live in tents. Earlier figure: 40.

13:45 GMT - The Israeli army says two rockets were fired from the southern Gaza Strip towards Sderot; both were intercepted. No injuries.

10:35 GMT - Israel's military confirms a strike in the Khan Younis area, says it targeted Hamas's military commander Mohammed Deif.

09:55 GMT - Several explosions in al-Mawasi, the area Israel had designated a humanitarian zone.""",
[(AIR, "PS", "al-Mawasi", 71, "d0", "Israel", "Hamas"),
 (DIS, "IL", "Sderot", 0, "d0", "Israel", None)],
"toll 40 -> 71; interception in Israel a second event; no one said whose rockets"),

("mirebalais-gangs-prison", "2025-03-31 18:00", "Live: gangs overrun Mirebalais, free inmates",
"""17:40 - Centre department officials confirm the police have left Mirebalais. Viv Ansanm gang members post videos from the main square. Thousands of residents walking towards Lascahobas.

13:15 - The prison in Mirebalais has been emptied: about 500 inmates freed, police union says, after gunmen attacked it with rifles and set fire to the offices.

07:30 - Heavy gunfire in Mirebalais since before dawn. Police and soldiers exchanging fire with gang members entering from Saut-d'Eau road.""",
[(NSA, "HT", "Mirebalais", None, "d0", "Viv Ansanm", "Haiti")],
"a gang coalition takes a town after fighting; prison raid told as part of it"),

("sagaing-monastery-airstrike", "2025-07-11 14:30", "Live: air strike on monastery in Sagaing region",
"""14:10 MMT - Residents of Lin Ta Lu village in Sagaing region say 23 people are now confirmed dead. The monastery had been sheltering some 150 people who fled fighting nearby.

11:50 - A military council spokesman says he has 'no information' about the strike.

10:25 - A jet dropped a bomb on a monastery in Sagaing region around 1 a.m., villagers say. At least four dead.""",
[(AIR, "MM", "Lin Ta Lu", 23, "d0", "Myanmar", "civilians")],
"military council is the state; monastery of displaced people; toll 4 -> 23; a non-answer is no denial"),

("djibo-jnim-army-base", "2025-05-12 20:15", "Sahel live: heavy fighting at Djibo army base",
"""20:00 GMT - JNIM says on its Telegram channel that its fighters attacked the army's camp and the gendarmerie in Djibo at dawn and pulled back in the afternoon. It gives no figures.

16:40 GMT - Aid workers say the town's hospital has received dozens of wounded. Soldiers and VDP volunteers were killed, as were many attackers, a security source says, without a number.

07:20 GMT - Gunfire and explosions around the military camp in Djibo, Soum province, residents say. Phone lines cut.""",
[(CL, "BF", "Djibo", None, "d0", "JNIM", "Burkina Faso")],
"raid that leaves after fighting: armed clash, not territory; tolls vague -> null"),

("gulf-aden-tanker-drones-frigate", "2024-11-02 21:20", "Shipping live: drone hits tanker in Gulf of Aden; frigate downs two",
"""21:05 GMT - The French navy says its frigate shot down two drones heading for the same convoy about 80 nautical miles south of Mukalla. No damage to the frigate.

18:50 GMT - Houthi spokesman claims an attack on 'an oil tanker linked to the enemy' with drones.

17:30 GMT - UKMTO: a tanker reports being struck by an uncrewed aerial system in the Gulf of Aden. Small fire on deck, put out by the crew. All crew are safe.""",
[(AIR, None, "Gulf of Aden", 0, "d0", "Houthis", "civilians"),
 (DIS, None, "Gulf of Aden", None, "d0", "France", "Houthis")],
"events at sea: no country; a claim in the text; crew safe = 0"),

("musakhel-bus-passengers-kalat", "2024-08-26 16:40", "Balochistan live: passengers killed on highway; attack in Kalat",
"""16:20 PKT - In Kalat district, militants stormed a Levies post on the national highway late last night. Six Levies personnel and four civilians killed, officials say. Security forces returned fire and the attackers fled.

12:45 - The BLA has claimed the Musakhel killings, saying its fighters blocked the highway.

10:05 - Assistant commissioner: armed men stopped vehicles on the highway in Rarashm area of Musakhel district, checked identity cards and shot 23 passengers, most of them from Punjab. Ten lorries set on fire.""",
[(CIV, "PK", "Rarashm", 23, "d0", "Balochistan Liberation Army", "civilians"),
 (CL, "PK", "Kalat", 10, "d-1", "militants", "Pakistan")],
"two events; Punjab only as origin of victims; 'late last night' is the day before"),

("jableh-coast-clashes", "2025-03-06 20:40", "Live: clashes near Jableh leave security forces dead",
"""20:30 - Security sources in Latakia say 16 members of the general security forces were killed in the ambushes around Jableh this afternoon, along with an unknown number of attackers. Curfew imposed in Latakia, Tartous and Homs.

17:55 - Defence ministry sends reinforcements; it calls the gunmen 'remnants of the former regime' loyal to an ex-army commander.

15:10 - Gunmen attacked a patrol of the security services in the village of Beit Ana in the Jableh countryside, followed by fighting at several checkpoints.""",
[(CL, "SY", "Beit Ana", None, "d0", "gunmen", "Syria")],
"clashes; part of the toll 'unknown' -> null; the ministry's name for the attackers is its own"),

("arauca-drone-base-tibu-mine", "2025-04-02 22:10", "Live: drone attack on army post in Arauca; soldier killed by mine in Tibú",
"""21:55 COT - In Norte de Santander, the army says a soldier died this afternoon when he stepped on an explosive device planted on a path in a rural area of Tibú. Another soldier lost a leg.

19:30 - The army's 18th Brigade blames the ELN for the drone in Puerto Jordán. The ELN has not spoken.

18:10 - An armed drone dropped explosives on a military post in Puerto Jordán, Arauca, in the early evening. Two soldiers wounded, the army says.""",
[(AIR, "CO", "Puerto Jordán", None, "d0", None, "Colombia"),
 (IED, "CO", "Tibú", 1, "d0", None, "Colombia")],
"two events; injuries only -> null; the army's blame is no initiator; a planted device is an IED"),

("sudzha-retaken-kursk", "2025-03-13 09:30", "Russia-Ukraine live: Moscow says Sudzha retaken",
"""09:15 GMT - Ukraine's general staff does not confirm the loss of Sudzha but says its units are 'manoeuvring to better positions' in the Kursk region.

07:40 GMT - Russian defence ministry: its troops have 'liberated' the town of Sudzha and two villages nearby after fighting. Video shows soldiers raising a flag over the town administration building.

Background - Ukrainian forces crossed into the Kursk region and took Sudzha in August last year.""",
[(GOV, "RU", "Sudzha", None, "d0", "Russia", "Ukraine")],
"a state retakes a town in its own country; the earlier capture is background"),

("koutruk-drone-bombs", "2024-09-01 19:00", "Manipur live: drones drop bombs on village in Imphal West",
"""18:35 IST - Manipur police confirm two dead in Koutruk, a woman of 31 and a man, and nine injured including a girl of 12. They say it is the first time militants have used drones carrying explosives against villages.

16:10 - Firing from the hills on Koutruk continues, villagers say. State forces deployed.

14:20 - Suspected militants attacked Koutruk village in Imphal West district from the hills this afternoon, dropping bombs from drones on houses.""",
[(AIR, "IN", "Koutruk", 2, "d0", "militants", "civilians")],
"drone strike by a non-state group; ages beside the toll are no toll"),

("lalibela-fano-enter", "2023-08-09 17:50", "Amhara live: Fano militia enters Lalibela",
"""17:30 EAT - Residents say Fano fighters are patrolling Lalibela and the federal troops left after a night of gunfire. Flights to the town cancelled.

13:00 - The government declared a six-month state of emergency in Amhara last week. The internet remains down across the region.

09:45 - Ethiopian Airlines suspends flights to Lalibela and Gondar 'for security reasons'.

07:20 - Heavy gunfire overnight around Lalibela airport, residents say, between the army and the Fano militia.""",
[(NSA, "ET", "Lalibela", None, "d0", "Fano", "Ethiopia")],
"a militia takes a town after fighting; state of emergency is background"),

("vovchansk-cs-grenades", "2024-07-18 12:30", "Ukraine live: troops near Vovchansk report gas grenades",
"""12:20 - A brigade fighting north of Kharkiv says Russian drones dropped grenades filled with CS gas on its trenches near Vovchansk this morning. Three soldiers treated for poisoning; no deaths.

10:05 - Kharkiv regional governor: Russian artillery fire on Vovchansk's outskirts continued overnight. No casualties reported.

08:50 - Air force: no missile strikes overnight.""",
[(CHEM, "UA", "Vovchansk", 0, "d0", "Russia", "Ukraine"),
 (SHL, "UA", "Vovchansk", 0, "d0", "Russia", None)],
"chemical munitions on trenches (no deaths = 0); the overnight shelling is a second event with a stated zero"),

("kebbi-maga-schoolgirls", "2025-11-17 15:10", "Kebbi live: gunmen abduct schoolgirls in Maga",
"""15:00 WAT - Kebbi State government: 25 girls are missing from the Government Girls Comprehensive Secondary School in Maga, Danko-Wasagu LGA. A school guard was wounded.

12:40 - Police say the attackers came in the early hours firing into the air and broke through the fence. They say they are tracking them towards the forest.

10:20 - Parents gather outside the school in Maga after reports that armed men took students from the dormitory before dawn.""",
[(ABD, "NG", "Maga", None, "d0", "gunmen", "civilians")],
"mass abduction, nobody killed; a guard wounded is no toll"),

# ---- negatives ----
("ashes-day-two-live", "2025-11-22 07:30", "Ashes live: England's attack fires back on day two",
"""07:20 GMT - Stumps. England's seam attack, mauled yesterday, has bowled Australia out for 198. Wood bombarded the top order with short balls and took five.

05:40 - Wicket! Carey caught at gully. The crowd in Perth is silenced; Australia lose three for eleven.

03:10 - Play resumes after rain. Stokes says his bowlers 'came out firing' this morning.""",
[], "cricket: attack, bombarded, firing"),

("markets-live-shell-strike-vote", "2024-02-01 16:00", "Markets live: Shell shares jump; refinery workers vote to strike",
"""15:45 GMT - Shell closes 3 percent higher after announcing a bigger buyback. Analysts call it a 'blowout' quarter.

13:10 GMT - Unite says workers at a refinery in Scotland have voted to strike over pay. Walkouts could start in two weeks.

09:00 GMT - FTSE opens flat. Oil prices slip on hopes of calmer shipping in the Red Sea.""",
[], "Shell the company, a workers' strike"),

("kunar-earthquake-live", "2025-09-01 14:00", "Afghanistan live: earthquake kills hundreds in Kunar",
"""13:50 - Taliban spokesman: more than 800 people killed and 2,800 injured by the quake in Kunar and Nangarhar provinces. Whole villages in Nurgal district flattened.

10:30 - Helicopters bring wounded to Jalalabad. Aid agencies say landslides block the valley roads.

07:05 - A magnitude 6.0 earthquake struck eastern Afghanistan shortly before midnight, at a shallow depth.""",
[], "natural disaster toll; no armed act"),

("beijing-parade-live", "2025-09-03 04:30", "China live: Victory Day parade shows new missiles",
"""04:15 GMT - Columns of DF-61 and DF-5C intercontinental missiles roll through Tiananmen Square, alongside laser weapons and undersea drones.

02:40 GMT - Xi Jinping, with Putin and Kim Jong Un at his side, says China 'will never be intimidated'.

01:30 GMT - Parade marking 80 years since the end of the Second World War in Asia begins. The war killed tens of millions in China.""",
[], "parade of weapons; history with big tolls"),

("ryazan-plant-explosion", "2025-08-15 17:00", "Russia live: explosion at gunpowder plant in Ryazan region",
"""16:40 MSK - Regional governor: toll at the Elastik plant in Shilovsky district rises to 17. The emergency ministry says the blast followed a fire in a workshop; a criminal case has been opened for breach of safety rules.

13:20 - Residents report a large explosion and smoke near the plant in Lesnoy. No air raid alert was in effect.

12:55 - Ambulances heading towards the plant.""",
[], "industrial accident at a gunpowder factory, put down to safety rules"),

("duterte-icc-hearing", "2025-03-14 13:30", "ICC live: Duterte appears by video link",
"""13:20 GMT - The pre-trial chamber sets the confirmation of charges hearing for September. Duterte is accused of crimes against humanity over killings in his 'war on drugs'.

12:35 GMT - Duterte's lawyer says his client was 'abducted' from Manila. The judge says that is a matter for a later stage.

12:00 GMT - The hearing opens in The Hague. Duterte appears on screen, looking tired.""",
[], "court hearing; 'abducted' said of an arrest; old killings"),

("retailer-cyber-attack-live", "2025-04-29 11:15", "Cyber attack live: retailer halts online orders",
"""11:10 BST - The chain says it has paused all online orders after a 'cyber incident' and is working with the National Cyber Security Centre.

09:40 - Security researchers say ransomware hit the company's servers over the Easter weekend.

08:15 - Shares down 4 percent. Contactless payments in stores restored.""",
[], "cyber attack"),

("belgrade-student-protest", "2025-03-15 21:30", "Serbia live: huge student-led protest in Belgrade",
"""21:15 CET - Police use tear gas at Slavija square after scuffles between protesters and a group of masked men. Several injured.

19:05 - Crowd falls silent for 16 minutes for the victims of the Novi Sad canopy collapse.

16:00 - Tens of thousands march to parliament, the biggest demonstration in Serbia in decades.""",
[], "protest with tear gas; an old accident remembered"),

("burevestnik-test-live", "2025-10-26 12:00", "Russia live: Putin says Burevestnik missile test completed",
"""11:45 GMT - Gerasimov tells Putin the nuclear-powered cruise missile flew 14,000 km for 15 hours in a test on {d-5}.

10:30 GMT - Kremlin: the test was 'not a signal' to Washington.

09:20 GMT - NATO says it is watching Russia's strategic weapons tests closely.""",
[], "missile test told days later"),

("washington-drc-rwanda-signing", "2025-06-27 20:00", "Live: DR Congo and Rwanda sign peace deal in Washington",
"""19:40 GMT - The foreign ministers sign. The deal provides for the 'disengagement' of Rwandan troops and for ending support to armed groups within 90 days.

18:10 GMT - Rubio: 'Today, the violence and destruction comes to an end.'

16:30 GMT - M23, which holds Goma and Bukavu, is not a party to the text.

Background - The conflict in eastern Congo has killed thousands this year.""",
[], "peace deal; a group holding cities (no new act); aggregate toll"),

("battlefield-6-launch-live", "2025-10-10 18:00", "Gaming live: Battlefield 6 launch day",
"""17:45 BST - Servers groaning. Players report the new Siege of Cairo map is the one to beat: tanks, air strikes on call, buildings that collapse.

15:10 - Review roundup: 'the best attack plan is to stick with your squad'.

12:00 - Over 500,000 players at once on Steam within an hour of release.""",
[], "a war game's launch: strikes, sieges, attack plan"),

("un-monthly-civilian-toll-ukraine", "2025-07-10 10:30", "Ukraine live: UN says June deadliest month for civilians in three years",
"""10:20 GMT - The UN human rights monitoring mission says 232 civilians were killed and 1,343 injured across Ukraine in June, the highest monthly figure since 2022.

09:35 GMT - Most deaths came from missiles and long-range drones hitting cities far from the front, the report says.

08:15 GMT - Kyiv's mayor announces new shelters in the metro.""",
[], "aggregate monthly toll, no single new event"),

("storm-floods-valencia-live", "2024-10-30 18:30", "Spain live: flash floods kill dozens in Valencia region",
"""18:10 CET - Regional emergency services: at least 95 dead. Many towns south of Valencia city still cut off; cars piled up in the streets of Paiporta.

14:00 - The army's emergency unit deployed with boats and helicopters.

09:30 - A year's rain fell in eight hours in Chiva, the state weather agency says.""",
[], "weather disaster with a toll; the army deployed to rescue"),
]
