from common import *

# Agency wire written by helper fa6 for issue 14 (session of 2026-12-07), in our own
# words and without reading the blind items: homonyms, reviews, digs, demolitions,
# exchanges, cyber attacks, police matters, tolls of a year, and near misses that do
# report an act.
FEED = ("dev/fa6-wire.rss.xml", "rss", "https://fa6-desk.example.org/world", "FA6 Desk: World")
REGISTER = "wire"

ITEMS = [
("gb-shell-quarterly-profit", "2024-05-02 07:40", "Shell beats forecasts as refining margins recover",
"""Shell reported first-quarter profit of $7.7 billion on Thursday, ahead of analysts' forecasts, and said it would buy back another $3.5 billion of shares. The company said refining margins recovered after a weak end to last year and that its liquefied gas trading arm had a strong quarter.

Shares in the group rose 2% in early trade in London.""",
[],
"wire: Shell the oil company posts a profit: no event"),

("us-linux-shell-flaw", "2024-09-26 15:10", "Researchers warn of flaw in widely used login shell",
"""Security researchers on Thursday disclosed a flaw in a login shell used on millions of Linux servers that could let an attacker run commands remotely. The maintainers released a patch and urged administrators to update.

No attack exploiting the flaw has been seen so far, the researchers said.""",
[],
"wire: a software flaw in a login shell: no event"),

("de-board-game-review", "2023-11-18 10:00", "Review: a tank battle board game that rewards patience",
"""The new two-player game recreates the tank battle at Prokhorovka in July 1943, when German and Soviet armour met in one of the largest clashes of the Second World War. Players move cardboard Tigers and T-34s across a hex map, and an ambush in the orchard can decide the whole afternoon.

The rules take an evening to learn, but the tension of each artillery barrage is worth it. Four stars.""",
[],
"wire: a review of a war board game: no event"),

("fr-verdun-remains-found", "2024-07-09 12:20", "Remains of 12 soldiers from Verdun found in forest",
"""Forestry workers clearing storm damage near Fleury-devant-Douaumont in eastern France have found the remains of 12 soldiers killed in the battle of Verdun, the regional prefecture said on Tuesday. Some 300,000 men died in the ten-month battle of 1916.

Experts will try to identify the soldiers from buttons and identity tags before they are buried in the national cemetery.""",
[],
"wire: war dead of 1916 found in a forest: no event"),

("il-army-demolishes-tunnel-shaft", "2024-02-14 16:30", "Army carries out controlled blast to destroy tunnel shaft near border",
"""Israeli army engineers blew up a tunnel shaft near the Kerem Shalom crossing on Wednesday in a planned detonation, the military said, warning residents of nearby communities that they would hear a loud explosion. Nobody was hurt.""",
[],
"wire: an army's planned detonation of a tunnel shaft: no event"),

("ua-ru-prisoner-swap-may", "2024-05-31 13:00", "Russia and Ukraine swap 75 prisoners each in UAE-brokered exchange",
"""Russia and Ukraine exchanged 75 prisoners of war each on Friday in a swap brokered by the United Arab Emirates, officials on both sides said. Among the Ukrainians freed were soldiers captured during the defence of Mariupol in 2022.

It was the 52nd exchange since the start of the full-scale invasion, Ukraine's coordination headquarters said.""",
[],
"wire: a prisoner exchange: no event"),

("ml-minusma-camp-moved", "2023-03-02 11:45", "UN moves Mali peacekeeping base after repeated attacks on convoys",
"""The United Nations mission in Mali said on Thursday it would move its base near Ber to a new site closer to Timbuktu because of continued attacks on its supply convoys on the road from the city. The new camp will house some 500 peacekeepers.

MINUSMA has lost more than 170 peacekeepers to hostile acts since 2013, the deadliest toll of any current UN mission.""",
[],
"wire: a peacekeeping base moved because of repeated attacks, with a toll over ten years: no event"),

("ir-hackers-claim-fuel-cyberattack", "2023-12-18 09:30", "Hackers claim cyber attack that crippled Iranian petrol stations",
"""A hacker group calling itself Predatory Sparrow claimed responsibility on Monday for a cyber attack that knocked out about 70% of petrol stations across Iran, leaving long queues in Tehran. The oil minister said the pumps were being restored and blamed a foreign state.""",
[],
"wire: a claimed cyber attack on petrol stations: no event"),

("fr-police-shoot-knifeman-lyon", "2024-04-06 19:20", "Police shoot man who attacked passers-by with knife in Lyon",
"""French police shot and wounded a man who had attacked passers-by with a knife near the Part-Dieu station in Lyon on Saturday, the prosecutor's office said. Two people were lightly injured. The man, 31, was known to police for theft and had a history of psychiatric problems; prosecutors said there was no sign of a terrorist motive.""",
[],
"wire: police shoot a lone knifeman: no event"),

("co-annual-massacre-count", "2024-01-10 14:00", "Colombia recorded 94 massacres in 2023, rights group says",
"""Colombia recorded 94 massacres last year, in which 300 people were killed, the Indepaz research institute said on Wednesday. Most took place in Cauca, Antioquia and Valle del Cauca, where dissident FARC factions and the Gulf Clan fight over drug routes.

The government said the figure was lower than in 2022.""",
[],
"wire: a year's count of massacres: no event"),

("pk-cricket-bowlers-attack", "2024-10-11 17:50", "England's bowlers attack as Pakistan collapse in Multan",
"""England's seamers tore through Pakistan's middle order on Friday, taking five wickets for 34 runs in the afternoon session in Multan. Brydon Carse led the attack with three wickets, and the hosts were bowled out for 220.""",
[],
"wire: cricket bowlers' attack: no event"),

("ng-kaduna-police-officers-killed", "2024-03-21 12:10", "Gunmen kill three police officers at checkpoint in Kaduna",
"""Gunmen killed three police officers at a checkpoint on the Kaduna-Abuja highway on Wednesday night, a police spokesman said. The attackers, who came on motorcycles, took the officers' rifles and fled into the forest. It was the second attack on a checkpoint in the state this month.""",
[(CL, "NG", "Kaduna", 3, "d-1", "gunmen", "Nigeria")],
"wire: gunmen kill three police officers: one event (a near miss for police matters)"),

("so-kismayo-peacekeepers-mortar", "2024-08-06 10:40", "Mortar rounds hit African Union base in Somalia",
"""Al-Shabaab fighters fired mortar rounds at an African Union base near Kismayo on Monday evening, wounding two peacekeepers, a Somali military officer said. The group has carried out repeated attacks on the base since it was set up in 2021.""",
[(SHL, "SO", "Kismayo", None, "d-1", "Al-Shabaab", "African Union")],
"wire: a mortar attack on a base, with repeated attacks in the background: one event"),
("mx-ministers-clash-budget", "2024-11-12 16:00", "Mexican ministers clash over security budget",
"""Mexico's finance and defence ministers clashed on Tuesday over cuts to next year's security budget, with the defence minister warning that fewer funds for the National Guard would weaken the fight against cartels. Lawmakers will vote on the budget next week.""",
[],
"wire: ministers clash verbally over a budget: no event"),

("in-rupee-falls-record", "2024-10-25 09:30", "Rupee falls to record low as oil prices surge",
"""The Indian rupee fell to a record low of 84.09 against the dollar on Friday as oil prices jumped and foreign investors pulled money out of local shares. Traders said the central bank stepped in to sell dollars.""",
[],
"wire: a currency falls to a low: no event"),

("ir-execution-protester", "2024-08-07 11:00", "Iran executes man convicted over 2022 protests",
"""Iran on Wednesday hanged a man convicted of killing a member of the Basij militia during the 2022 protests, the judiciary's news agency said. Rights groups said his confession was extracted under torture and that his trial was unfair.""",
[],
"wire: a judicial execution over an old killing: no event"),

("gb-dockworkers-strike", "2024-10-01 08:00", "Dockworkers strike shuts US East Coast ports",
"""Tens of thousands of dockworkers walked off the job at ports from Maine to Texas on Tuesday in their first strike since 1977, halting container traffic. The union is demanding a 77% pay rise over six years.""",
[],
"wire: a labour strike: no event"),

("ke-helicopter-crash-chief", "2024-04-19 13:00", "Kenya's military chief killed in helicopter crash",
"""Kenya's chief of defence forces, General Francis Ogolla, and nine other officers were killed when their military helicopter crashed shortly after take-off in Elgeyo-Marakwet county on Thursday, President William Ruto said. The cause of the crash is under investigation.""",
[],
"wire: a military helicopter crash: no event"),

("ua-funeral-soldiers-lviv", "2024-03-12 15:00", "Lviv buries four soldiers killed near Avdiivka",
"""Hundreds of people knelt along the streets of Lviv on Tuesday as the coffins of four soldiers killed in the defence of Avdiivka last month were carried to the Lychakiv cemetery. The city has buried more than 800 of its defenders since the start of the full-scale invasion.""",
[],
"wire: a funeral of soldiers killed last month: no event"),

("un-report-darfur-massacre", "2024-07-29 12:00", "UN report details killings in Geneina last year",
"""A United Nations report published on Monday says fighters of the Rapid Support Forces and allied Arab militias killed at least 1,300 people in El Geneina in June 2023, most of them ethnic Masalit. The investigators called for the commanders to be tried for crimes against humanity.""",
[],
"wire: a report on a massacre of the previous year: no event"),

("dk-drones-over-airport", "2025-09-23 07:00", "Copenhagen airport closes after drone sightings",
"""Flights at Copenhagen airport were halted for four hours overnight after several large drones were seen flying over the area, police said. No drones were shot down and the police could not say who was operating them.""",
[],
"wire: drones seen over an airport: no event"),

("us-election-battleground", "2024-10-30 18:00", "Candidates battle for Pennsylvania in final week",
"""Both presidential candidates will hold rallies in Pennsylvania this week, the most fiercely fought battleground state. Campaign aides said the contest was a dead heat and that turnout in the Philadelphia suburbs would decide it.""",
[],
"wire: an election battle: no event"),

("lb-hostages-return", "2024-11-27 17:30", "Freed hostages return home after months in captivity",
"""Three aid workers kidnapped by gunmen in the Sahel in March arrived home in Rome on Wednesday after their release was negotiated by Italian intelligence. The foreign minister thanked the authorities of Niger for their help.""",
[],
"wire: hostages freed and home: no event"),
("ng-army-week-tally", "2024-06-14 12:00", "Troops killed 97 terrorists in one week, army says",
"""Nigerian troops killed 97 terrorists, arrested 183 suspects and rescued 72 kidnapped hostages across the country in the past week, the Defence Headquarters said on Thursday. The director of defence media operations said the troops also recovered 120 weapons in operations in the northeast and northwest.""",
[],
"wire: a week's tally of operations: no event"),

("eu-sanctions-wagner-mali", "2024-02-23 14:00", "EU sanctions Wagner commanders over Moura killings",
"""The European Union on Friday imposed sanctions on three Russian commanders of the Wagner Group it accused of taking part in the killing of some 500 people in the Malian village of Moura in March 2022. The measures freeze their assets and bar them from travel to the bloc.""",
[],
"wire: sanctions over a massacre two years old: no event"),

("ye-houthi-claim-unverified", "2024-06-03 11:00", "Houthis claim attack on US carrier; Pentagon says no attack took place",
"""Yemen's Houthi rebels said on Monday they had fired missiles at the aircraft carrier USS Eisenhower in the Red Sea. A US defence official said the claim was false and that no attack on the carrier had taken place.""",
[],
"wire: a claimed attack that the other side says did not happen: no event"),

("pk-army-chief-vows", "2024-03-18 13:00", "Pakistan vows response after militants kill seven soldiers",
"""Pakistan's president vowed on Monday to respond to the killing of seven soldiers in an attack on an army post in North Waziristan on Saturday, saying the blood of the martyrs would not go in vain. The funerals were held in Rawalpindi.""",
[(CL, "PK", "North Waziristan", 7, "d-2", "militants", "Pakistan")],
"wire: a vow after an attack two days before: the attack is the event"),
]
