from common import *

# Terse event-database notes written for the event-type rules of issue 14: notes written
# up one to seven weeks after the act (still news), one-sided killings by armed groups
# and armies typed by their victims, ambushes on civilian traffic against ambushes on
# patrols, and the negatives a coder records. The team's own words; places are real,
# the events simplified or invented.
FEED = ("dev/types-notes.feed.json", "json", "https://casebook.example.org/notes", "Casebook: Event Notes")
REGISTER = "notes"

ITEMS = [
("ng-zamfara-farmers", "2024-07-19 10:05", "",
"""On 2 July 2024, gunmen described locally as bandits opened fire on farmers working their fields near Gidan Dawa (Maru, Zamfara). Fatalities: 11.""",
[(CIV, "NG", "Gidan Dawa", 11, "2024-07-02", "bandits", "civilians")],
"bandits shooting farmers: one-sided; note written 17 days later is still news"),

("bf-kaya-bus", "2023-10-30 08:15", "Burkina Faso: Sanmatenga",
"""On 9 October 2023, suspected JNIM militants ambushed a bus carrying traders on the road between Kaya and Dori, about 20 km north of Kaya (Kaya, Sanmatenga), and shot passengers. Fatalities: 9.""",
[(CIV, "BF", "Kaya", 9, "2023-10-09", "JNIM", "civilians")],
"ambush on a passenger bus: attack on civilians; three weeks late"),

("bf-dablo-patrol", "2023-10-31 09:40", "",
"""On 12 October 2023, JNIM militants ambushed a patrol of the Military Forces of Burkina Faso and VDP near Dablo (Dablo, Sanmatenga); the soldiers returned fire. Fatalities: 6.""",
[(CL, "BF", "Dablo", 6, "2023-10-12", "JNIM", "Burkina Faso")],
"ambush on a patrol that fired back: armed clash (false friend of the bus ambush)"),

("cd-beni-church", "2024-06-24 07:50", "DRC: Nord-Kivu",
"""On 7 June 2024, ADF fighters attacked worshippers gathered at a chapel in Masala (Beni, Nord-Kivu) and set fire to nearby homes. Fatalities: 14.""",
[(CIV, "CD", "Masala", 14, "2024-06-07", "Allied Democratic Forces", "civilians")],
"attack on worshippers: attack on civilians; 17 days late"),

("cd-ituri-codeco-camp", "2023-06-28 12:30", "",
"""On 12 June 2023, CODECO militiamen armed with machetes and guns attacked the Lala displacement site (Djugu, Ituri) at night. Fatalities: 46.""",
[(CIV, "CD", "Lala", 46, "2023-06-12", "CODECO", "civilians")],
"attack on a displacement site: one-sided"),

("ml-diallassagou", "2022-07-08 09:10", "Mali: Mopti",
"""On 18 June 2022, armed men presumed to be of Katiba Macina attacked the village of Diallassagou (Bankass, Mopti) and killed men they had gathered. Fatalities: 132.""",
[(CIV, "ML", "Diallassagou", 132, "2022-06-18", "Katiba Macina", "civilians")],
"militia killing villagers: attack on civilians, noted 20 days later"),

("ne-tillaberi-clash", "2024-04-02 16:20", "",
"""On 20 March 2024, Military Forces of Niger clashed with ISSP militants near Teguey (Tillaberi, Tillaberi). Fatalities: 23.""",
[(CL, "NE", "Teguey", 23, "2024-03-20", "Niger", "Islamic State Sahel Province")],
"plain clash told 13 days later"),

("so-hiraan-recapture", "2022-10-05 11:00", "Somalia: Hiraan",
"""On 16 September 2022, the Somali National Army and Ma'awisley clan militia recaptured Moqokori (Bulo Burto, Hiraan) from al-Shabaab after a short firefight. Fatalities: 3.""",
[(GOV, "SO", "Moqokori", 3, "2022-09-16", "Somalia", "Al-Shabaab")],
"retaking and its firefight: one event; 19 days late"),

("ye-marib-drone", "2023-05-22 14:45", "",
"""On 30 April 2023, a Houthi drone dropped explosives on a position of government forces in Harib (Harib, Marib). Fatalities: 2.""",
[(AIR, "YE", "Harib", 2, "2023-04-30", "Houthis", "Yemen")],
"drone-dropped munition: air/drone strike; 22 days late"),

("sd-elgeneina-killings", "2023-07-20 10:30", "Sudan: West Darfur",
"""On 28 June 2023, RSF and allied Arab militias shot Masalit men fleeing El Geneina (El Geneina, West Darfur) towards the Chad border. Fatalities: 40.""",
[(CIV, "SD", "El Geneina", 40, "2023-06-28", "Rapid Support Forces", "civilians")],
"one-sided killing of fleeing civilians"),

("af-kunduz-mosque", "2021-10-25 08:05", "",
"""On 8 October 2021, an IS-K suicide bomber blew himself up among worshippers at the Gozar-e-Sayed Abad mosque in Kunduz (Kunduz, Kunduz) during Friday prayers. Fatalities: 72.""",
[(SUI, "AF", "Kunduz", 72, "2021-10-08", "Islamic State Khorasan Province", "civilians")],
"suicide bombing told 17 days later"),

("iq-diyala-ied", "2023-03-06 13:20", "Iraq: Diyala",
"""On 19 February 2023, an IED struck a vehicle of the Popular Mobilization Forces near Al-Udhaim (Al-Khalis, Diyala). Fatalities: 2.""",
[(IED, "IQ", "Al-Udhaim", 2, "2023-02-19", None, "Popular Mobilization Forces")],
"IED 15 days before the note"),

("ng-borno-device-found", "2024-02-12 09:30", "",
"""On 29 January 2024, troops of Operation Hadin Kai found and dismantled an explosive device planted on the Maiduguri-Damboa road near Sabon Gari (Damboa, Borno). No fatalities.""",
[(DIS, "NG", "Sabon Gari", 0, "2024-01-29", "Nigeria", None)],
"device found and dismantled: disrupted weapons use"),

("mz-macomia-abduction", "2024-03-04 15:00", "Mozambique: Cabo Delgado",
"""On 15 February 2024, Islamic State Mozambique militants abducted two fishermen on the beach at Pangane (Macomia, Cabo Delgado). No fatalities.""",
[(ABD, "MZ", "Pangane", 0, "2024-02-15", "Islamic State Mozambique", "civilians")],
"abduction, no one killed"),

("ua-sumy-mine", "2024-05-10 10:10", "",
"""On 24 April 2024, a farm tractor struck an anti-tank mine in a field near Velyka Pysarivka (Okhtyrka, Sumy). Fatalities: 1.""",
[(IED, "UA", "Velyka Pysarivka", 1, "2024-04-24", None, "civilians")],
"mine hit by a tractor: remote explosive"),

# Negatives a coder records but that are no incident here.
("bf-ouahigouya-march", "2024-05-14 11:20", "",
"""On 2 May 2024, several hundred residents marched in Ouahigouya (Ouahigouya, Yatenga) to back the army and the VDP after recent attacks in the province. Peaceful. No fatalities.""",
[], "march in support of the army, mentioning attacks in general: negative"),

("ml-gao-agreement", "2023-03-21 08:45", "",
"""On 9 March 2023, community leaders of Gao (Gao, Gao) signed a local agreement with the authorities to settle disputes between herders and farmers. No violence.""",
[], "local agreement: negative"),

("cd-goma-base", "2024-01-29 12:00", "DRC: Nord-Kivu",
"""On 14 January 2024, MONUSCO set up a temporary operating base at Sake (Masisi, Nord-Kivu) because of continued attacks on the town's outskirts. No fatalities.""",
[], "base set up because of attacks: strategic development, negative"),

("ng-kano-depot-fire", "2023-08-30 09:00", "",
"""On 16 August 2023, a fire broke out at a fuel depot in Kano (Kano Municipal, Kano) after a tanker leaked; firefighters put it out. Fatalities: 3.""",
[], "depot fire by accident: negative"),

("so-baidoa-arrests", "2024-04-22 15:15", "Somalia: Bay",
"""On 8 April 2024, NISA officers arrested four men suspected of collecting taxes for al-Shabaab at the livestock market of Baidoa (Baidoa, Bay). No fatalities.""",
[], "arrests: negative"),

("ua-prisoner-swap", "2024-06-10 10:30", "",
"""On 31 May 2024, Russia and Ukraine exchanged 75 prisoners of war each near the border of Sumy (Sumy, Sumy) under a deal brokered by the UAE. No violence.""",
[], "prisoner exchange: negative, no territory"),

("bf-djibo-convoy-arrived", "2024-03-18 16:40", "",
"""On 4 March 2024, a supply convoy escorted by the army reached Djibo (Djibo, Soum) without incident after a month of blockade. No fatalities.""",
[], "convoy arrives without incident: negative"),

# Abductions with no weapon named, and chemical agents dropped or fired.
("ng-kaduna-farmer-abducted", "2024-09-16 09:20", "",
"""On 3 September 2024, a farmer was allegedly abducted from his farm near Kajuru (Kajuru, Kaduna) by unidentified men who later called his family to demand a ransom. No fatalities.""",
[(ABD, "NG", "Kajuru", 0, "2024-09-03", None, "civilians")],
"single villager allegedly abducted, no weapon named"),

("cm-anglophone-teachers", "2023-11-20 14:10", "Cameroon: Nord-Ouest",
"""On 6 November 2023, Ambazonian separatists kidnapped three teachers on their way to a school in Bamessing (Ndop, Ngo-Ketunjia). No fatalities.""",
[(ABD, "CM", "Bamessing", 0, "2023-11-06", "Ambazonian separatists", "civilians")],
"separatists kidnap teachers"),

("ht-bus-passengers-kidnapped", "2024-04-29 16:45", "",
"""On 18 April 2024, members of the 400 Mawozo group seized the passengers of a bus on the road through Croix-des-Bouquets (Croix-des-Bouquets, Ouest) and held them for ransom. No fatalities.""",
[(ABD, "HT", "Croix-des-Bouquets", 0, "2024-04-18", "400 Mawozo", "civilians")],
"armed group seizing bus passengers: abduction"),

("ua-zaporizhzhia-chloropicrin", "2024-05-27 11:30", "Ukraine: Zaporizka",
"""On 14 May 2024, Russian forces dropped grenades filled with chloropicrin from drones on Ukrainian positions near Robotyne (Polohy, Zaporizka). Several soldiers were treated for breathing problems. No fatalities.""",
[(CHEM, "UA", "Robotyne", 0, "2024-05-14", "Russia", "Ukraine")],
"drones dropping a choking agent: chemical weapon, not grenade or air strike"),

("sy-choking-agent-shells", "2018-02-19 10:05", "",
"""On 4 February 2018, shells releasing a choking agent hit a residential area of Saraqib (Idlib, Idlib); eleven people were treated for suffocation. No fatalities.""",
[(CHEM, "SY", "Saraqib", 0, "2018-02-04", None, "civilians")],
"shells with a toxic agent: chemical weapon"),

# Negatives for the same classes.
("ng-kaduna-kidnap-drill", "2024-10-07 12:20", "",
"""On 25 September 2024, police and army units in Kaduna (Kaduna North, Kaduna) staged a simulated kidnapping of school pupils to rehearse a rescue. Exercise. No fatalities.""",
[], "simulated kidnapping in a drill: negative"),

("ua-chemical-allegation-denied", "2024-06-03 08:50", "",
"""On 21 May 2024, the Russian defence ministry denied a Ukrainian claim that its forces had used chemical agents near Avdiivka (Pokrovsk, Donetska). No incident coded.""",
[], "denied chemical use: negative"),
]
