from common import *

FEED = ("blind/local-c3.atom.xml", "atom", "https://districtpost.example.org/stories", "District Post: regional desk")
REGISTER = "local"

ITEMS = [
# ---- positives ----
("agatu-okokolo-herders-attack", "2024-05-10 08:40", "Herders kill 11 in fresh Agatu attack",
"""Suspected armed herders have killed 11 persons in an attack on Okokolo community in Agatu Local Government Area in the early hours of Thursday.

It was gathered that the attackers, numbering over 30, stormed the community at about 2am while residents slept and shot at anyone in sight. Seven bodies were first recovered on Thursday morning, but the chairman of the LGA told our correspondent on Friday that four more corpses had been found in nearby farms, bringing the death toll to 11.

The Police Public Relations Officer in Makurdi confirmed the attack and said a patrol team had been drafted to the area. "Normalcy has returned," she said.

Agatu has witnessed repeated attacks between farmers and herders since 2016, when scores were killed in several communities.""",
[(CIV, "NG", "Okokolo", 11, "d-1", "herders", "civilians")],
"toll 7 -> 11 told the next day; LGA; no country named; 2016 attacks background"),

("khar-bazaar-ied-police", "2024-07-02 07:10", "Cop martyred, three hurt in Khar IED blast",
"""A police official was martyred and three others injured when an improvised explosive device went off near a police van at Khar bazaar in Bajaur on Monday evening.

According to District Police Officer, the device was planted in a motorcycle parked along the road and was detonated by remote control as the van passed. The injured were shifted to District Headquarters Hospital Khar.

No group has claimed responsibility so far. Bajaur has seen a spate of attacks on police in recent months, including the killing of two constables guarding a polio team in May.""",
[(IED, "PK", "Khar", 1, "d-1", None, "Pakistan")],
"'martyred' police official; a remote-detonated device; May killings background"),

("abujhmarh-encounter-maoists", "2024-06-08 06:30", "Seven Maoists killed in Abujhmarh encounter",
"""Seven Maoists, including two women cadres, were killed in an encounter with security forces in the forests of Abujhmarh along the Narayanpur-Dantewada border on Friday, police said.

A joint team of the District Reserve Guard and Special Task Force had set out on Thursday night on inputs about the presence of senior cadres. The exchange of fire began around 1 pm and went on intermittently for hours. Bodies, an AK-47 rifle and an INSAS rifle were recovered from the spot.

Inspector General of Police (Bastar range) said no jawan was injured. Search operations are still on in the area.""",
[(CL, "IN", "Abujhmarh", 7, "d-1", "India", "CPI (Maoist)")],
"'encounter'; the night before is when the team set out, not the date; zero for one side only"),

("sololo-bandits-herders-killed", "2023-02-14 09:30", "Three herders killed as bandits raid Sololo village",
"""Three herders were shot dead and 200 camels driven away when armed bandits raided a village in Sololo ward, Moyale sub-county, on Sunday night.

Marsabit County Police Commander said the attackers struck as herders were bringing the animals back to the enclosures. Police reservists pursued the raiders towards the border but had not recovered the animals by Monday evening.

Residents accused the government of failing to deploy officers to the area despite repeated raids in the past month. The area MCA called for calm and urged the communities not to retaliate.""",
[(CIV, "KE", "Sololo", 3, "d-2", "bandits", "civilians")],
"'Sunday night' is the Sunday; herders as civilians; sub-county and ward"),

("rowangchhari-knf-gunfight", "2024-04-10 10:00", "Two KNF members killed in Rowangchhari gunfight",
"""Two members of the armed group Kuki-Chin National Front (KNF) were killed in a gunfight with members of the army in a hilly area of Rowangchhari upazila of Bandarban on Tuesday morning.

The army had launched a drive in the area following the robbery of two banks in Ruma and Thanchi last week. Inter Services Public Relations Directorate said the KNF members opened fire when the team approached their hideout, and the army fired back.

Two rifles and ammunition were recovered. Joint operations in the hills are continuing.""",
[(CL, "BD", "Rowangchhari", 2, "d-1", "Bangladesh", "Kuki-Chin National Front")],
"army operation met by fire: a clash; the bank robberies last week are background"),

("kumbo-principal-abducted", "2023-10-24 07:45", "Separatist fighters abduct school principal in Kumbo",
"""Separatist fighters have abducted the principal of a government secondary school in Kumbo, Bui Division, residents said yesterday.

The principal was taken from his home in the Squares neighbourhood on Sunday evening by armed men who accused him of defying the lockdown the fighters impose on schools. A ransom of two million francs has been demanded from his family, a relative said.

The Divisional Officer for Kumbo Central said troops were searching for the victim. Several teachers have been kidnapped in the North West region since the crisis began.""",
[(ABD, "CM", "Kumbo", None, "d-2", "Ambazonian separatists", "civilians")],
"'yesterday' is when residents spoke, not the act; 'Sunday evening' is the act"),

("daquq-pmf-post-attack", "2025-01-15 11:20", "Two PMF fighters killed in Daesh attack south of Kirkuk",
"""Two fighters of the Popular Mobilisation Forces were killed and another wounded when Daesh remnants attacked their post in the Daquq district, south of Kirkuk, late on Tuesday.

A PMF commander in the area said the attackers used light and medium weapons and withdrew towards the Hamrin mountains after a clash that lasted about half an hour.

Security forces have launched a search operation in the orchards and valleys around the district.

The district has seen several attacks on PMF and army posts since the start of the year.""",
[(CL, "IQ", "Daquq", 2, "d-1", "Islamic State", "Popular Mobilization Forces")],
"'Daesh remnants'; 'late on Tuesday'; the governorate named through its city"),

("al-mughayyir-colonists-homes-torched", "2024-04-12 18:10", "Youth killed as colonists storm al-Mughayyir",
"""A young man of 25 years was shot dead and dozens injured when hundreds of colonists stormed the village of al-Mughayyir, northeast of Ramallah, this afternoon, the Palestinian health ministry said.

The colonists, some of them armed, set fire to homes and vehicles and fired at residents who tried to defend their houses, witnesses said. Occupation forces arrived later and fired tear gas at the villagers.

The attack came hours after an Israeli teenager from a nearby outpost was reported missing.""",
[(CIV, "PS", "al-Mughayyir", 1, "d0", "Israeli settlers", "civilians")],
"'colonists' are settlers; an age beside the toll; the missing teenager is background"),

("sheikh-othman-shop-grenade", "2024-09-30 08:50", "Two injured in grenade attack on shop in Sheikh Othman",
"""Two people were injured when unknown persons threw a hand grenade at a mobile phone shop in Sheikh Othman district of Aden last night, security sources said.

The grenade exploded at the entrance of the shop in the al-Shaab market area, damaging its front and two nearby vehicles. The injured, the shop owner and a passer-by, were taken to al-Jumhuriya hospital.

Police said they had opened an investigation and were reviewing footage from cameras in the market.

The motive for the attack is not yet known.""",
[(GRE, "YE", "Sheikh Othman", None, "d-1", None, "civilians")],
"grenade; injuries only -> null; 'last night'"),

# ---- negatives ----
("barnawa-robbery-gang-arrested", "2024-02-20 09:00", "Police bust robbery gang in Barnawa",
"""Operatives of the Kaduna State Police Command have arrested four suspected members of a robbery gang terrorising residents of Barnawa and Narayi in Kaduna South LGA.

The police spokesman said the suspects, aged between 19 and 27, confessed to robbing shops at gunpoint. A locally made pistol and two cutlasses were recovered. They will be charged to court after investigation.

He urged residents to report suspicious persons to the nearest police division and said patrols had been increased. Residents told our correspondent that the gang had operated for months, mostly at night.""",
[], "robbery gang arrested"),

("peshawar-transporters-strike", "2024-06-04 12:00", "Transporters' strike paralyses Peshawar",
"""Public transport remained off the roads in Peshawar and adjoining districts as transporters observed a strike against the increase in token tax and fines.

Commuters, including students and office-goers, faced hardship as taxi and rickshaw drivers also joined in. The transporters' association said the strike would continue until the provincial government withdrew the notification.

Long queues were seen at bus stops in Hayatabad and on University Road, where some private vehicles charged double fares. A government spokesman said talks with the transporters would be held on Wednesday and urged them to call off the strike in the public interest.""",
[], "a workers' strike"),

("latifabad-hotel-cylinder-blast", "2024-05-31 08:30", "Cylinder blast at Latifabad hotel kills two",
"""Two persons were killed and five injured when a gas cylinder exploded at a hotel in Latifabad Unit 8 of Hyderabad on Thursday night.

Rescue officials said the blast was caused by a leakage in the cylinder used for cooking. The roof of the hotel collapsed. Police have arrested the hotel owner for negligence.

Rescue 1122 teams pulled the injured out of the debris and shifted them to Liaquat University Hospital. The district administration has ordered an inspection of gas cylinders used in hotels and shops.""",
[], "accident in Hyderabad, Sindh"),

("bannu-flag-march-muharram", "2024-07-13 10:30", "Army, police hold flag march in Bannu ahead of Muharram",
"""Contingents of the army, police and Frontier Constabulary held a flag march through the main bazaars of Bannu city on Friday as part of security arrangements for Muharram.

The Deputy Commissioner said sensitive areas had been mapped and that pillion riding would be banned on Ashura. Officials said the aim was to reassure the public after recent threats by militants in the region.

Mobile phone service will be suspended in parts of the city on the ninth and tenth of Muharram, and more than 3,000 police personnel will be deployed along procession routes.""",
[], "a flag march; threats with no act"),

("kampala-bombings-verdict", "2024-11-28 14:00", "Court convicts four over 2021 Kampala bombings",
"""The International Crimes Division of the High Court has convicted four men of terrorism over the November 2021 suicide bombings near Parliament and the Central Police Station in Kampala.

Justice said the prosecution had proved that the accused recruited and housed the bombers, who killed four people in the twin blasts. Sentencing is set for next month.

Defence lawyers said they would appeal. The court acquitted a fifth accused for lack of evidence. Prosecutors had told the court that the cell was linked to the Allied Democratic Forces.""",
[], "court verdict on an old bombing"),

("aps-peshawar-tenth-anniversary", "2024-12-16 07:00", "APS tragedy remembered ten years on",
"""Ten years have passed since terrorists stormed the Army Public School in Peshawar and martyred 147 people, most of them students.

Parents gathered at the school this morning to lay wreaths and recite Quran for the martyrs. "The wound has not healed," said a mother who lost her 14-year-old son. Ceremonies were also held in Islamabad and Lahore.

Security was tight around the school, and roads in the cantonment were closed to traffic for the ceremony. Officials said a memorial library bearing the names of the martyrs would open next year.""",
[], "anniversary with a big toll"),
]
