from common import *

FEED = ("dev/local-b.rss.xml", "rss", "https://savannah-coast.example.ng/news", "Savannah and Coast: Regional News")
REGISTER = "local"

ITEMS = [
("kucheri-farmers-killed", "2024-07-08 09:30", "Bandits kill 11 farmers in Tsafe LGA",
"""GUSAU - Armed bandits have killed 11 farmers working on their farms in Kucheri village of Tsafe Local Government Area, residents said on {d0}.

A resident, who asked not to be named for fear of reprisal, said the bandits arrived on about 30 motorcycles around 10 a.m. on {d-1}, surrounded the farmland and opened fire on the farmers. "They said we did not pay the levy they imposed on the community," he said.

The victims were buried on {d0} according to Islamic rites. The spokesperson of the state police command confirmed the attack but said the command had recorded nine deaths. He said tactical teams had been deployed to the area.

Tsafe has been a hotspot of banditry, with armed groups imposing levies on farming communities before allowing them to harvest.""",
[(CIV, "NG", "Kucheri", 11, "d-1", "bandits", "civilians")], "two tolls from two sources: the headline's 11 is the report's own; police count 9"),

("ochekwu-herders-attack", "2024-04-16 08:10", "17 killed as suspected herdsmen attack Agatu community",
"""MAKURDI - At least 17 persons were killed when suspected armed herdsmen attacked Ochekwu community in Agatu Local Government Area of Benue State on {d-1} night.

The chairman of the council said the attackers came from the flood plains along the River Benue and shot sporadically, setting houses and farm produce ablaze. Many residents fled into the bush and to neighbouring Oweto.

"We have recovered 17 bodies so far and the search continues," he said, appealing to the state and federal governments to deploy troops permanently to the area.

The police command said a combined team of police and Operation Whirl Stroke personnel had been deployed and calm restored.""",
[(CIV, "NG", "Ochekwu", 17, "d-1", "herders", "civilians")], "herders; LGA and state"),

("jos-youths-protest", "2024-01-30 13:00", "Plateau youths protest killings, block Jos-Abuja road",
"""JOS - Hundreds of youths from Mangu and Bokkos on {d0} blocked the Jos-Abuja road for several hours to protest the recent killings in their communities.

Carrying placards and the coffins of some victims, the protesters demanded the deployment of more troops and the prosecution of those behind the attacks, which have claimed more than 200 lives since December.

The state governor addressed the protesters and assured them that the government was working with security agencies to restore peace. Traffic later resumed after police persuaded the youths to clear the road.""",
[], "protest referring to earlier killings and an aggregate"),

("ihiala-police-division", "2024-05-21 10:20", "Unknown gunmen attack police division in Ihiala, kill two officers",
"""AWKA - Two policemen were killed on {d-1} when unknown gunmen attacked the Ihiala Police Division in Ihiala Local Government Area of Anambra State.

Eyewitnesses said the gunmen, who came in three vehicles, shot sporadically into the air before opening fire on the station and setting part of the building on fire. Policemen on duty engaged them in a gun duel before they fled.

The Police Public Relations Officer of the command confirmed the incident and said reinforcements had been deployed. He said the command would not rest until the attackers were brought to book.

Security agencies have blamed previous attacks in the South-East on the outlawed Eastern Security Network.""",
[(CL, "NG", "Ihiala", 2, "d-1", "gunmen", "Nigeria")], "attack on police station; ESN named only for previous attacks"),

("okada-riders-strike", "2024-03-05 11:00", "Okada riders strike over new levy in Onitsha",
"""ONITSHA - Commercial motorcycle riders in Onitsha on {d0} withdrew their services to protest a new daily levy imposed by the local government council, leaving commuters stranded across the city.

Their leaders said the N1,000 daily ticket was unbearable given rising fuel prices. The council's transport supervisor said the levy was meant to regulate the sector and keep criminals off the roads.

Talks between both parties are expected to continue at the council secretariat.""",
[], "labour strike"),

("kagara-worshippers-abducted", "2024-05-27 07:45", "Bandits abduct 20 worshippers in Rafi LGA of Niger State",
"""MINNA - Bandits abducted about 20 worshippers from a mosque in a village near Kagara, headquarters of Rafi Local Government Area of Niger State, during the dawn prayer on {d-1}.

A community leader said the gunmen, numbering more than 40, stormed the village on motorcycles, surrounded the mosque and marched the worshippers, including the imam, into the forest.

The Niger State Police Command confirmed the abduction and said a joint team of police, military and vigilantes had been deployed to rescue the victims. The state government condemned the attack and urged residents not to take the law into their own hands.""",
[(ABD, "NG", "Kagara", None, "d-1", "bandits", "civilians")], "Niger State is Nigeria, not Niger"),

("marte-iswap-control", "2025-04-01 16:00", "ISWAP fighters take over Marte as residents flee",
"""MAIDUGURI - Fighters of the Islamic State West Africa Province on {d-2} overran the military base in Marte, Borno State, and were still in control of the town on {d0}, according to residents and security sources.

Residents said the insurgents attacked at about 2 a.m. and troops withdrew after a fierce battle lasting several hours. Hundreds of residents have since arrived in Dikwa and Maiduguri.

A security source said five soldiers were killed in the attack. The military said troops had "repositioned tactically" and that a counter-operation was being planned.

Marte has changed hands several times since 2015.""",
[(NSA, "NG", "Marte", 5, "d-2", "Islamic State West Africa Province", "Nigeria")], "territory taken and held; earlier changes of hand are history"),

("zulum-baga-resettlement", "2024-06-20 12:00", "Zulum flags off resettlement of displaced persons in Baga",
"""MAIDUGURI - Borno State Governor Babagana Zulum on {d0} flagged off the return of 3,000 displaced households to Baga, a fishing town on the shores of Lake Chad that was sacked by Boko Haram in 2015.

The governor said 2,000 new houses, schools and a clinic had been built in the town and that security had been guaranteed by the military. Each returning household received food items and cash support.

He urged residents to cooperate with security agencies and report suspicious movements.""",
[], "resettlement; the 2015 attack is history"),

("kajuru-rescue-operation", "2024-09-17 10:00", "Troops neutralise four bandits, rescue 12 kidnapped persons in Kajuru",
"""KADUNA - Troops of the 1 Division of the Nigerian Army have neutralised four bandits and rescued 12 kidnapped victims during a clearance operation in Kajuru Local Government Area of Kaduna State.

The Commissioner for Internal Security said the troops made contact with the bandits at their hideout near Kufana on {d-2} and engaged them in a firefight. Four of the bandits were neutralised while others escaped with gunshot wounds.

The rescued victims, who had been in captivity for two weeks, have been reunited with their families after medical checks. One AK-47 rifle and two motorcycles were recovered.""",
[(CL, "NG", "Kufana", None, "d-2", "Nigeria", "bandits")], "rescue operation is a clash; four 'neutralised' is no death toll; the earlier kidnapping is not dated"),

("bawku-curfew-extended", "2024-11-04 09:00", "Bawku curfew extended as calm returns",
"""BOLGATANGA - The Interior Minister has extended the curfew in Bawku municipality and surrounding areas by another month, citing a return of relative calm in the area.

The curfew, which runs from 8 p.m. to 6 a.m., was first imposed after renewed clashes linked to the long-running chieftaincy dispute. The minister urged residents to go about their lawful duties and cooperate with the security services.

Traders in the Bawku central market said business was slowly picking up, but many residents who fled to Burkina Faso and Togo have yet to return.""",
[], "curfew, no new incident"),

("bawku-renewed-violence", "2025-03-12 14:20", "Gunmen kill three in renewed Bawku violence",
"""BAWKU - Three people were shot dead on {d-1} evening at Sabongari, a suburb of Bawku, as violence returned to the municipality despite the heavy presence of security forces.

A resident said the victims, two men and a woman, were attacked by gunmen while returning from the market. Sporadic gunshots were heard in parts of the town late into the night.

The Upper East Regional Police Command said a manhunt had been launched for the attackers and that more troops had been moved to the area. The Bawku conflict has claimed several lives in recent years.""",
[(CIV, "GH", "Sabongari", 3, "d-1", "gunmen", "civilians")], "communal conflict violence; Ghana never named"),

("gbiniyiri-court-ruling", "2024-10-02 15:00", "Court adjourns Gbiniyiri land case",
"""TAMALE - The High Court in Tamale on {d0} adjourned the land dispute between the Gonja and Lobi communities of Gbiniyiri to allow mediators appointed by the Regional Security Council to complete their work.

Lawyers for both sides said they were ready to settle the matter out of court. The regional minister appealed to the youth of both communities to remain calm and allow the process to run.

The dispute erupted into deadly violence in 2022, and hundreds of residents still live with relatives in Bole and Sawla.""",
[], "land dispute in court"),

("diapaga-attack-repelled", "2024-08-12 13:30", "Defence forces repel attack on Diapaga",
"""FADA N'GOURMA - Defence and security forces and volunteers for the defence of the homeland (VDP) repelled an attack by armed terrorists on the town of Diapaga, in Tapoa province, on {d-1}, security sources said.

The assailants, who came in large numbers on motorcycles, targeted a military post at the entrance of the town. After several hours of fighting, they were pushed back with air support. Dozens of attackers were neutralised, according to the same sources, while three soldiers and two VDP lost their lives.

Calm returned to the town in the evening and shops reopened on {d0}.""",
[(CL, "BF", "Diapaga", 5, "d-1", "militants", "Burkina Faso")], "three soldiers and two VDP = 5; dozens uncounted"),

("ouaga-road-works", "2024-10-20 09:00", "Government launches road works under 'Faso Mêbo' initiative",
"""OUAGADOUGOU - The Head of State on {d0} launched the second phase of the Faso Mêbo initiative, under which volunteers will pave roads in the capital's outlying districts.

Thousands of citizens, soldiers and civil servants took part in the first phase, which the government says produced more than 10 kilometres of paved roads. Officials said the initiative was proof that the country could build itself despite the security crisis.

Volunteers at the launch site in the Saaba area said they were proud to contribute, while critics said the work should be left to professional contractors.""",
[], "public works"),

("kumbo-principal-abducted", "2024-09-23 07:10", "Amba boys abduct school principal in Kumbo",
"""BAMENDA - Suspected separatist fighters, known locally as Amba boys, abducted the principal of a government secondary school in Kumbo on {d-1} evening, education officials said.

The principal was reportedly seized at his residence and taken to an unknown destination. His family said the kidnappers had called to demand a ransom and accused him of defying their ban on schools.

The Divisional Officer condemned the act and said forces had been deployed to track the kidnappers. Schools in the Bui division have been repeatedly targeted by separatists enforcing a boycott.""",
[(ABD, "CM", "Kumbo", None, "d-1", "Ambazonian separatists", "civilians")], "abduction of one person"),

("muyuka-raid-fighters", "2024-02-27 16:00", "Military says five separatist fighters killed in Muyuka raid",
"""BUEA - The military said on {d0} that troops killed five separatist fighters during a raid on their camp near Muyuka in Fako division on {d-1}.

A military source said the fighters were responsible for attacks on plantation workers and had been extorting farmers. Guns, ammunition and amulets were recovered.

Residents of the area disputed the account, saying two of the dead were young men from the village who had gone to their farms. Rights groups called for an investigation.""",
[(CL, "CM", "Muyuka", 5, "d-1", "Cameroon", "Ambazonian separatists")], "clash per the military; disputed identity of the dead does not change the toll"),

("bamenda-ghost-town", "2024-10-07 12:00", "Ghost town Monday observed in Bamenda",
"""BAMENDA - Streets in Bamenda were deserted on {d0} as residents observed the Monday lockdown imposed by separatist groups, despite calls by the administration for businesses to open.

Taxis stayed off the roads and most shops remained closed. The senior divisional officer toured the main market and urged traders not to give in to intimidation.

Some traders in the Food Market said they opened briefly in the afternoon but closed again after rumours of armed men in the area. Parents said children in several neighbourhoods had not attended school since the beginning of the term because of the lockdowns. The administration said defence forces were deployed across the city to guarantee the safety of those who went to work.""",
[], "separatist lockdown without violence"),

("mozogo-boko-haram", "2024-06-04 11:00", "Boko Haram kills three in Mozogo raid",
"""MAROUA - Boko Haram militants killed three civilians and looted livestock in a night raid on a village near Mozogo in the Mayo-Tsanaga division on {d-1}, local officials said.

The attackers, who came from the Mandara mountains along the border, also set fire to several granaries before withdrawing. Vigilance committee members said they had tried to resist but were outgunned.

The sub-divisional officer said troops of the Multinational Joint Task Force had been deployed to the area.""",
[(CIV, "CM", "Mozogo", 3, "d-1", "Boko Haram", "civilians")], "attack on civilians"),

("salama-lamu-attack", "2024-03-19 08:00", "Al-Shabaab militants kill two in Lamu village",
"""LAMU - Two people were killed on {d-1} night when suspected Al-Shabaab militants raided Salama village in Lamu West sub-county, police said.

The county police commander said the attackers, about ten in number, set houses ablaze and shot the two men as they tried to flee. Security officers drawn from the KDF and the police have been deployed and have launched a pursuit into the Boni forest.

Residents have been urged to remain calm. Lamu County has witnessed several attacks on villages in Mpeketoni and Witu in recent years.""",
[(CIV, "KE", "Salama", 2, "d-1", "Al-Shabaab", "civilians")], "raid on a village; county and sub-county"),

("elwak-ied-kdf", "2024-09-06 12:30", "Three KDF soldiers killed as IED hits vehicle near Elwak",
"""MANDERA - Three Kenya Defence Forces soldiers were killed and two others injured when their vehicle ran over an improvised explosive device near Elwak in Mandera South sub-county on {d0}.

The county commissioner said the soldiers were on a routine patrol along the border with Somalia. The injured were airlifted to Nairobi.

Al-Shabaab militants have in the past planted explosives on roads used by security forces in Mandera, Wajir and Garissa counties.""",
[(IED, "KE", "Elwak", 3, "d0", None, "Kenya")], "IED; al-Shabaab named only for past acts"),

("tiaty-cattle-recovered", "2024-08-14 10:00", "Police recover 200 stolen cattle in Tiaty",
"""KABARNET - Police officers in Tiaty sub-county have recovered 200 head of cattle stolen from herders in Baringo South last week and returned them to their owners.

The county commander said the animals were tracked to a kraal near Chemolingot following a tip-off. Three suspects were arrested and will be arraigned in court.

The commander said more officers would be deployed to the hotspots ahead of the dry season.

Residents welcomed the recovery but said many animals taken in earlier raids had never been found.""",
[], "cattle theft recovered; crime"),

("mandera-budget-clash", "2024-06-28 14:00", "Governor, MCAs clash over Mandera budget",
"""MANDERA - Members of the Mandera County Assembly have clashed with the executive over the budget estimates for the coming financial year, accusing the governor of allocating too little to health and water.

The Majority Leader said the assembly would reject the budget unless funds for boreholes were raised. The governor's office said the budget was in line with the county's development plan.

The standoff has delayed the release of funds to the sub-counties. Civil society groups urged both arms of the county government to put the needs of residents first and to resolve their differences through dialogue.""",
[], "figurative clash"),

("turkana-east-raid", "2024-01-25 09:40", "Four herders killed by raiders in Turkana East",
"""LODWAR - Four herders were shot dead and more than 300 goats driven away when armed raiders attacked a grazing area in Turkana East sub-county on {d-1}, the police said.

The sub-county police commander said the raiders, suspected to be from neighbouring Baringo, struck at dawn. A pursuit team of police reservists and officers was dispatched to track the animals.

Local leaders called for a disarmament operation along the border of the two counties, where cattle raids have left dozens dead in recent years.""",
[(CIV, "KE", "Turkana East", 4, "d-1", "cattle raiders", "civilians")], "cattle raid with killings"),

("irumu-updf-fardc", "2024-05-09 10:30", "UPDF, FARDC kill six ADF rebels in Irumu",
"""KAMPALA - Joint forces of the UPDF and the Congolese army under Operation Shujaa killed six ADF rebels during an assault on their camp in Irumu territory of Ituri province, the army spokesperson said on {d0}.

The camp, near the Mambasa road, had been used by the rebels to plan attacks on civilians. The spokesperson said the joint forces recovered guns and freed four captives held at the camp.

Operation Shujaa was launched in November 2021 after suicide bombings in Kampala blamed on the ADF.""",
[(CL, "CD", "Irumu", 6, None, "Uganda", "Allied Democratic Forces")], "foreign force in Congo; the Kampala bombings are background; no day for the assault"),

("karamoja-disarmament", "2024-02-12 11:00", "Karamoja disarmament yields 400 guns",
"""MOROTO - The UPDF says it has recovered more than 400 illegal guns in the latest phase of the disarmament exercise in Karamoja sub-region, most of them handed in voluntarily.

The 3rd Division commander said warriors who surrendered their guns would receive support through government programmes. Leaders welcomed the exercise but asked the army to avoid excesses.

The army said the exercise had reduced cattle raids in Moroto, Kotido and Napak districts. Residents of Nakapiripirit told reporters they could now graze their animals further from home, but some accused soldiers of beating suspects during cordon-and-search operations. The army said complaints would be investigated.""",
[], "disarmament"),

("masagaway-fighting", "2023-09-01 13:00", "SNA, Macawisley repulse al-Shabaab attack on Masagaway",
"""DHUSAMAREB - Somali army forces and Macawisley clan fighters repulsed an attack by al-Shabaab on their positions in Masagaway, Galgaduud region, on {d0}, officials said.

Heavy fighting lasted several hours. A local commander said 25 militants were killed, while the government side lost four soldiers. The militants had recently been driven out of the town in the government's offensive in Galmudug state.

Residents said the town was calm by evening and that the army had reinforced its positions. Elders urged the government to pay the clan fighters who had joined the offensive.""",
[(CL, "SO", "Masagaway", 29, "d0", "Al-Shabaab", "Somalia")], "25 plus 4; the earlier recapture is background"),

("hamar-jajab-mortars", "2024-06-25 10:00", "Mortar shells land near Halane and Villa Somalia",
"""MOGADISHU - Several mortar shells fired by militants landed in Hamar Jajab district on {d-1} evening, near the Halane base and the presidential palace, Villa Somalia.

Police said two civilians were injured when one shell hit a residential area. Al-Shabaab often fires mortars at the heavily guarded compound, which houses embassies and the United Nations. The group claimed the attack on its media outlets.

Security forces later cordoned off parts of the Waberi district where the mortars were believed to have been fired from.""",
[(SHL, "SO", "Hamar Jajab", None, "d-1", "Al-Shabaab", None)], "mortars; injuries only"),

("ncc-boycott", "2024-11-15 12:00", "Puntland, Jubaland leaders boycott National Consultative Council",
"""GAROWE - The leaders of Puntland and Jubaland have boycotted the National Consultative Council meeting in Mogadishu, protesting against the planned direct elections.

Puntland said it would not take part in any process that did not follow the provisional constitution. The federal government said the meeting would proceed.

Political analysts in Garowe said the boycott could delay the electoral calendar and deepen the rift between Mogadishu and the federal member states. International partners urged all sides to return to dialogue and to agree on a consensual electoral model before the end of the year.""",
[], "politics"),

("balidhidin-recaptured", "2025-01-06 11:30", "Puntland forces recapture Balidhidin from ISIS",
"""BOSASO - Puntland security forces on {d0} took control of Balidhidin, in the Cal Miskaad mountains of Bari region, after heavy fighting with ISIS militants, officials said.

The operation, dubbed Hilaac, was launched last week to dislodge the group from its mountain bases. Officials said 15 militants were killed in the fighting for the town, while three soldiers were wounded.

Residents who fled the area were advised not to return until the area had been cleared of mines.""",
[(GOV, "SO", "Balidhidin", 15, "d0", "Puntland", "Islamic State Somalia")], "regional state force regains territory"),

("lalibela-fano", "2023-08-04 14:30", "Fano fighters take control of Lalibela",
"""BAHIR DAR - Fano militia fighters took control of the town of Lalibela on {d-1} after government forces withdrew, residents said.

The residents said there was no fighting inside the town, known for its rock-hewn churches, but the fighters had clashed with soldiers on its outskirts the night before. Flights to the town's airport have been suspended.

The regional government has declared a state of emergency in the Amhara region.

Residents said shops were opening slowly and that the fighters had set up checkpoints at the entrances to the town.""",
[(NSA, "ET", "Lalibela", None, "d-1", "Fano", "Ethiopia")], "territory taken after a clash on the outskirts (reworded from 'heavy gunfire was heard', which left open whether the town changed hands without a fight); Ethiopia never named"),

("tigray-talks", "2025-02-20 09:00", "Government, TPLF hold talks on Tigray interim administration",
"""MEKELLE - Federal government officials and TPLF leaders held talks in Addis Ababa on the future of the Tigray Interim Administration, amid growing rifts within the party.

The African Union said the parties recommitted to the Pretoria agreement. Residents of Mekelle said they feared a return to war.

The interim administration's president has accused a rival faction of trying to seize control of local offices. Traders said fuel and cash shortages were worsening in the region, while displaced families in Shire and Adigrat camps complained that their return to western Tigray had stalled.""",
[], "talks"),

("duk-cattle-raiders", "2024-03-11 08:20", "Cattle raiders kill 14 in Duk County",
"""BOR - At least 14 people were killed and thousands of cattle stolen when armed youth attacked cattle camps in Duk County of Jonglei State on {d-1}, the county commissioner said.

He said the attackers, suspected to have come from the Greater Pibor Administrative Area, also abducted six children. The SSPDF has been deployed to the area.

Local officials said the attackers overwhelmed the few armed youth guarding the camps. Displaced families have gathered at Poktap, where aid agencies are registering them. The commissioner appealed for food and medicine and for the return of the abducted children.""",
[(CIV, "SS", "Duk", 14, "d-1", "cattle raiders", "civilians"), (ABD, "SS", "Duk", None, "d-1", "cattle raiders", "civilians")], "killings and abductions in one raid: two acts"),

("warrap-peace-conference", "2024-05-30 12:00", "Warrap peace conference ends with resolutions on cattle migration",
"""KUAJOK - A five-day peace conference bringing together chiefs and youth leaders from Warrap and neighbouring Unity State has ended with resolutions on cattle migration routes and compensation for past killings.

The participants agreed to return stolen cattle and to set up a joint border court. The governor promised to follow up the implementation of the resolutions.

Youth leaders said they would hold community meetings to explain the resolutions, and women's groups asked for a role in the border court. The conference was funded by the UN mission and a coalition of church organisations.""",
[], "peace conference"),

("nasir-barracks-overrun", "2025-03-05 10:30", "White Army overruns SSPDF barracks in Nasir",
"""MALAKAL - Armed youth of the White Army on {d-1} overran the SSPDF barracks in Nasir, Upper Nile State, after days of fighting, military and local sources said.

The army spokesperson said the soldiers withdrew after running out of supplies. The youth are now in control of the garrison and the town. Several soldiers were reported killed, but no figures were given.

The government accused the SPLM-IO of backing the attack, a charge the party denied.""",
[(NSA, "SS", "Nasir", None, "d-1", "White Army", "South Sudan")], "garrison taken; 'several' no number; denial"),

("kano-hisbah-arrests", "2024-02-23 12:00", "Hisbah arrests 20 in Kano",
"""KANO - The Kano State Hisbah Board has arrested 20 young men and women at a party in Sabon Gari area for what it described as immoral conduct.

The commander-general said the suspects would be counselled and handed over to their parents. Human rights groups criticised the arrests.

The board said its officers had acted on complaints from residents of the area, who accused the organisers of the party of disturbing the peace. Civil society groups said the board should focus on its educational role rather than on raids. The suspects were released to their parents on {d0}.""",
[], "moral police arrests"),

("timbuktu-triangle-strikes", "2024-04-23 17:00", "Air strikes hit terrorist enclaves in Timbuktu Triangle",
"""MAIDUGURI - The Nigerian Air Force says its fighter jets on {d-1} struck enclaves of Boko Haram terrorists in the Timbuktu Triangle, a forest area of southern Borno, killing scores of fighters.

The air component spokesperson said the strikes followed intelligence that commanders had gathered in the area. Buildings used as logistics bases were destroyed.

The spokesperson said post-strike assessment showed the fighters had been killed as they tried to flee. The Timbuktu Triangle lies between Damboa, Dikwa and Gwoza and has long been used by insurgents as a hideout.""",
[(AIR, "NG", "Timbuktu Triangle", None, "d-1", "Nigeria", "Boko Haram")], "place shares its name with a Malian city; scores is no number"),

("awka-court-remand", "2024-07-04 13:00", "Court remands three over killing of trader",
"""AWKA - An Awka Magistrates' Court has remanded three men in prison custody over the murder of a trader at the Eke Awka market last month.

The police prosecutor told the court that the suspects attacked the trader over a debt. The case was adjourned to August for the police to file the case file with the state Director of Public Prosecutions.

Traders at the market had shut their stalls for a day after the killing to demand justice.""",
[], "court; crime"),

("baidoa-restaurant-bomber", "2024-02-12 11:00", "Suicide bomber kills 5 at Baidoa restaurant",
"""BAIDOA - Five people were killed and eight others injured when a suicide bomber blew himself up inside a restaurant popular with soldiers and government officials in Baidoa on {d-1} evening, police said.

Witnesses said the bomber walked in and detonated his vest as diners were breaking their fast. Al-Shabaab said it was behind the attack.

Police said the dead included two soldiers. The South West State president condemned the attack and ordered tighter checks at restaurants and hotels.""",
[(SUI, "SO", "Baidoa", 5, "d-1", "Al-Shabaab", "civilians")], "suicide bomber"),

("bodhei-ied-detonated", "2024-10-29 09:15", "Bomb disposal team detonates IED found near Bodhei",
"""LAMU - A bomb disposal unit on {d0} safely detonated an improvised explosive device found buried on the road between Bodhei and Basuba in Lamu East sub-county.

The county commissioner said herders had spotted wires sticking out of the ground and alerted security officers. He said the device was meant for security vehicles.

Security operations against militants hiding in the Boni forest have been going on since 2015. Officials asked residents to report any suspicious objects along the roads, especially during the rainy season when movement is restricted.""",
[(DIS, "KE", "Bodhei", None, "d0", "Kenya", None)], "device found and made safe"),

("bokkos-peace-accord", "2025-04-28 10:00", "Berom, Fulani leaders sign peace accord in Bokkos",
"""JOS - Community leaders of the Berom, Mushere and Fulani in Bokkos Local Government Area have signed a peace accord to end the killings that have plagued the area.

The agreement, brokered by the state government and religious leaders, provides for joint patrols, grazing reserves and a committee to resolve disputes. The paramount ruler urged all parties to keep their promises.

Residents displaced from villages in the area said they would return only when they saw the joint patrols on the ground. The state government promised to rebuild destroyed schools and clinics.""",
[], "peace accord"),

("bamenda-ied-commercial-avenue", "2023-11-20 09:00", "IED explodes on Commercial Avenue, Bamenda",
"""BAMENDA - An improvised explosive device exploded near a police checkpoint on Commercial Avenue in Bamenda on {d-1} afternoon, injuring four people, including a police officer.

Police blamed separatist fighters for the blast.

Witnesses said the device had been hidden in a bag left near the checkpoint and exploded as officers were checking vehicles. The injured were taken to the Bamenda Regional Hospital, where two of them were said to be in a serious condition. The area was cordoned off for hours and shops on the avenue closed early. Separatist fighters have used explosive devices in Bamenda since the conflict in the anglophone regions began.""",
[(IED, "CM", "Bamenda", None, "d-1", "Ambazonian separatists", "Cameroon")], "IED; injuries only"),

("savanes-state-of-emergency", "2024-09-16 11:00", "Parliament extends state of emergency in Savanes region",
"""LOMÉ - Parliament has approved the extension of the state of emergency in the Savanes region for another year at the request of the government.

The minister of security said the measure was needed to counter the jihadist threat along the border with Burkina Faso. Opposition MPs said the government had not provided figures on attacks.

Human rights groups have criticised restrictions on movement in the region and the lack of information about military operations. The government says it has invested in roads, schools and water points in the northern prefectures to reduce the appeal of armed groups to young people.""",
[], "state of emergency"),

("alibori-grazing-dispute", "2024-12-10 12:00", "Farmers, herders' grazing dispute in Alibori referred to mediators",
"""KANDI - Farmers and herders in Alibori department have agreed to refer their dispute over grazing land and damaged crops to a mediation committee set up by the prefect.

The farmers accused herders of letting their cattle stray onto fields before the harvest. The herders' association said the lack of corridors was to blame.

Local officials said similar disputes in the department had been settled by mediators in the past without violence. The committee is expected to report within a month, and both sides agreed to keep cattle away from the disputed fields in the meantime.""",
[], "communal dispute without violence"),

("kwoyelo-verdict", "2024-08-13 15:00", "Court convicts former LRA commander Kwoyelo",
"""GULU - The International Crimes Division of the High Court has convicted former Lord's Resistance Army commander Thomas Kwoyelo of murder, rape and other crimes committed in northern Uganda between 1992 and 2005.

Survivors who had travelled to Gulu to follow the verdict welcomed it. Sentencing will follow later.

The trial, the first of its kind in Uganda, took more than a decade because of delays and legal challenges. Kwoyelo had pleaded not guilty to all counts, saying he was himself abducted by the rebels as a child. Victims' groups in Amuru and Kilak said they hoped the verdict would be followed by reparations.""",
[], "court verdict on old crimes"),
("mpondwe-school-attack", "2023-06-17 13:20", "ADF rebels attack Mpondwe school, dozens of students killed",
"""KASESE - Suspected ADF rebels attacked Lhubiriha Secondary School in Mpondwe, Kasese district, late on {d-1}, killing at least 25 people, mostly students, and abducting others, police said.

The attackers, who crossed from the Congo side of the border, burned a dormitory and hacked some of the students with machetes. The UPDF said it was pursuing them towards Virunga National Park.

By {d0} evening, the Minister of State for Defence said the toll had risen to 41, including 37 students. Six students remain missing and are believed to have been taken by the rebels to carry food.

Parents gathered at Bwera hospital to identify the bodies. President Museveni called the attack "desperate" and ordered more troops to the border.""",
[(CIV, "UG", "Mpondwe", 41, "d-1", "Allied Democratic Forces", "civilians"), (ABD, "UG", "Mpondwe", None, "d-1", "Allied Democratic Forces", "civilians")], "toll rises 25 -> 41; students taken"),

("park-w-soldiers-killed", "2025-01-10 12:00", "28 soldiers killed in attack on military post in Park W",
"""KANDI - Twenty-eight soldiers were killed when armed men attacked a military position at Point Triple, in Park W in Alibori department, on {d-2}, the army chief of staff said on {d0}.

The attack, the deadliest on the army in the north, was claimed by the JNIM, the Sahel-based group linked to al-Qaeda. The army said about 40 attackers were killed in the fighting, in which its troops held their position.

The government declared three days of mourning. Opposition figures called for a review of the Mirador operation, which has deployed some 3,000 soldiers on the northern borders since 2022.""",
[(CL, "BJ", "Point Triple", 68, "d-2", "JNIM", "Benin")], "28 soldiers and about 40 attackers = 68"),

("dapaong-traders-protest", "2024-07-22 10:30", "Dapaong traders protest over border closures",
"""DAPAONG - Traders in Dapaong held a sit-in at the prefecture on {d0} to protest the closure of crossing points with Burkina Faso, which they say has cut off their supply of grain and livestock.

They said trade had fallen by more than half since the restrictions were imposed under the state of emergency in the Savanes region. A traders' union leader called on the authorities to open at least two crossings under escort.

The prefect promised to pass their complaints to the government in Lomé and said security measures would be reviewed regularly.""",
[], "protest"),
]
