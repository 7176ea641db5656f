from common import *

FEED = ("blind/local-b2.atom.xml", "atom", "https://regionaldesk.example.org/news", "Regional Desk: local press of South Asia, Africa and the Middle East")
REGISTER = "local"

ITEMS = [
("lower-kurram-convoy-toll", "2024-11-22 05:30", "Death toll in Lower Kurram convoy attack climbs to 42",
"""PARACHINAR: The number of people killed when unknown gunmen ambushed a passenger convoy in Lower Kurram rose to 42 on {d0}, after two more of the injured died at the District Headquarters Hospital, officials said.

The convoy of nearly 200 vehicles, travelling from Parachinar to Peshawar under police escort, came under fire near Mandori in the Ochat area on {d-1} afternoon. The first figures given by the district administration put the dead at 38. Women and children are among the victims and a police constable was wounded.

The main road has been closed to all traffic and additional platoons of the Frontier Corps have been moved into the tehsil, the deputy commissioner said.

Elders said it was the second attack on a convoy on the route since October, when gunmen fired on vehicles near Kunj Alizai and killed 15 people. A grand jirga has been called in Kohat.

Traders in Parachinar said the closure of the road had already caused shortages of medicines and flour in Upper Kurram, which has been cut off for weeks at a time since the summer. 'We are prisoners in our own district,' a shopkeeper said by telephone. The provincial government announced compensation of Rs1 million for the families of each of the dead and said a commission would look into why the escort had failed to stop the attack. No group has claimed responsibility. Land disputes between tribes in the district have flared into sectarian fighting several times in recent years, most recently in July, when dozens were killed over several days.""",
[(CIV, "PK", "Mandori", 42, "d-1", "gunmen", "civilians")], "rising toll: the latest total counts; earlier convoy attack is background"),

("hassu-khel-encounter", "2024-06-04 07:10", "Six khwarij killed, two soldiers martyred in North Waziristan",
"""BANNU: Security forces killed six militants during an intelligence-based operation in the Hassu Khel area of Mir Ali tehsil in North Waziristan on {d-1} night, the military's media wing said.

During the intense exchange of fire, two soldiers, a naik and a sepoy, embraced martyrdom. Weapons and ammunition were recovered from the militants, whom the ISPR described as khwarij, the term the state now uses for the banned Tehreek-e-Taliban Pakistan.

A sanitisation operation was under way to eliminate any other militants found in the area, the statement added.

Residents of Mir Ali said a curfew had been in force in several villages since {d-2} and mobile phone service had been suspended.""",
[(CL, "PK", "Hassu Khel", 8, "d-1", "Pakistan", "Tehreek-e-Taliban Pakistan")], "six militants and two soldiers = 8; encounter"),

("basaguda-encounter-maoists", "2025-01-17 08:00", "12 Maoists gunned down in Bijapur encounter",
"""RAIPUR: Twelve Maoists were killed in an encounter with security forces in the forests of south-western Bijapur on {d-1}, the Inspector General of Police, Bastar range, said.

A joint team of the District Reserve Guard, the Special Task Force and CoBRA had set out on a search operation under Basaguda police station limits on input about the presence of senior cadres. Firing began around 9 am and continued intermittently till the evening. Bodies of the ultras, along with an INSAS rifle, a .303 rifle and barrel grenade launchers, were recovered from the spot. No jawan was injured.

Twenty-six Maoists have been killed in the district since the start of the year. On January 6, eight DRG jawans and their driver lost their lives when Maoists blew up their vehicle with an IED under Kutru police station limits.""",
[(CL, "IN", "Basaguda", 12, "d-1", "India", "CPI (Maoist)")], "encounter; earlier IED with its own toll is background"),

("tondamarka-pressure-ied", "2024-04-26 09:15", "Woman collecting tendu leaves hurt in pressure IED blast",
"""SUKMA: A 35-year-old tribal woman was seriously injured after she stepped on a pressure IED allegedly planted by Maoists in the forest near Tondamarka village under Jagargunda police station limits on {d-1}.

Villagers carried her on a cot for nearly six km to the nearest CRPF camp, from where she was shifted to the district hospital and later airlifted to Raipur. Doctors said she may lose her left foot.

Police said the ultras plant such devices along footpaths used by security forces on patrol, but villagers who go into the forest for tendu leaves and mahua flowers in this season often fall victim. A CRPF jawan lost a leg in a similar blast in the same area last month.""",
[(IED, "IN", "Tondamarka", None, "d-1", "CPI (Maoist)", "civilians")], "IED injury only; age is not a toll"),

("borobekra-attack-relief-camp", "2024-11-12 06:20", "10 militants killed as miscreants attack Borobekra police station; six missing from relief camp",
"""IMPHAL: Ten suspected militants were killed in a gunfight with the CRPF after a group of heavily armed miscreants attacked the Borobekra police station and an adjoining CRPF camp in Jiribam district on {d-1} afternoon, police said.

The attackers, dressed in combat fatigues, first fired at shops and houses in the Jakuradhor market before turning their weapons on the police station. Two CRPF personnel were injured in the exchange of fire, which went on for nearly an hour.

After the attack, six inmates of a relief camp near the police station, three women and three children, could not be traced. Their relatives said they were taken away by the militants as the group retreated into the hills, and civil bodies in the valley have called for a total shutdown until they are rescued.

The district has been tense since the killing of a woman in Zairawn village last week, which one community blamed on armed men from the other. Additional companies of central forces were flown into Jiribam on {d0}, and prohibitory orders under Section 163 of the BNSS have been imposed across the district. Schools will remain closed until further orders, the Deputy Commissioner said.""",
[(CL, "IN", "Borobekra", 10, "d-1", "militants", "India"),
 (ABD, "IN", "Borobekra", None, "d-1", "militants", "civilians")], "two acts: the gunfight and the abduction of six"),

("kundal-checkpost-attack", "2023-07-11 05:00", "Punjab police repulse attack on Mianwali checkpost, three terrorists killed",
"""MIANWALI: Three terrorists were killed and two policemen injured when around a dozen heavily armed militants attacked the Kundal police checkpost in Isakhel tehsil late on {d-1} night, police said.

The Inspector General of Punjab Police said the attackers, who came from the direction of the Khyber Pakhtunkhwa border, used rocket launchers and hand grenades, but the jawans at the post returned fire and held their ground for over an hour until reinforcements arrived from Isakhel.

'Our men fought bravely and did not let the terrorists enter the province,' he told reporters at the post. The same checkpost was targeted in January.""",
[(CL, "PK", "Kundal", 3, "d-1", "militants", "Pakistan")], "Punjab in Pakistan; a grenade within a clash is still a clash"),

("latifabad-rangers-ied", "2022-05-28 06:40", "Two Rangers hurt as device goes off near their vehicle in Latifabad",
"""HYDERABAD: Two Rangers personnel were injured when a low-intensity improvised explosive device went off near their vehicle on the main road of Latifabad Unit 8 on {d-1} evening, police said.

According to the SSP, the device had been fitted to a motorcycle parked by the roadside and was set off as the Rangers mobile passed. The injured were shifted to the Liaquat University Hospital, where their condition was stated to be out of danger.

The banned Sindhudesh Revolutionary Army claimed responsibility in a message on social media. The Counter-Terrorism Department has registered a case and collected footage from nearby shops.""",
[(IED, "PK", "Latifabad", None, "d-1", "Sindhudesh Revolutionary Army", "Pakistan")], "Hyderabad in Sindh, country not named; injuries only"),

("ruma-bank-manager-abducted", "2024-04-03 04:30", "Armed group raids bank in Ruma, takes away manager",
"""BANDARBAN: Armed men believed to be members of the Kuki-Chin National Front (KNF) raided the Ruma upazila branch of a state-owned bank on {d-1} night, looted weapons from the police and Ansar members guarding it and took away the branch manager, local administration officials said.

Around 100 armed people entered the upazila sadar during the taraweeh prayers, cut off the power and surrounded the mosque next to the bank, witnesses said. They left with 14 firearms and the manager, whose whereabouts remain unknown.

Joint forces of the army, BGB and RAB have begun a drive in the hills around Ruma, the deputy commissioner said.""",
[(ABD, "BD", "Ruma", None, "d-1", "Kuki-Chin National Front", "civilians")], "abduction of one person; looting not labelled"),

("kandahar-bank-suicide", "2024-03-21 13:40", "Suicide bomber strikes crowd outside Kandahar bank",
"""KANDAHAR: A suicide bomber blew himself up among people queuing to draw their salaries outside a branch of New Kabul Bank in Kandahar city on {d0} morning.

A spokesman for the provincial police first said three people had been killed and 12 wounded. By the afternoon, a doctor at Mirwais Regional Hospital said 21 bodies had been brought in and more than 50 people were being treated.

Most of those waiting outside the branch were government employees. The Islamic State Khorasan Province group claimed the attack through its Amaq outlet.

Security forces sealed off the area around the bank and shops in the bazaar were closed for the rest of the day.""",
[(SUI, "AF", "Kandahar", 21, "d0", "Islamic State Khorasan Province", "civilians")], "Kabul in the bank's name; the later figure counts"),

("bokkos-attacks-toll", "2023-12-26 10:00", "Bokkos attacks: death toll rises to 113",
"""JOS: The number of people killed in the coordinated attacks on communities in Bokkos Local Government Area has risen to 113, the council chairman said on {d0}.

On {d-1} the figure stood at 16. The chairman said more bodies were recovered as search parties reached villages deep in the bush, where the gunmen, suspected to be herders, struck on the evening of {d-2} and continued into the night.

More than 20 communities were attacked and hundreds of houses razed. Hundreds of residents have taken refuge in primary schools in Bokkos town.

The Governor, who visited the area, condemned the attacks as 'barbaric' and ordered security agencies to hunt down the perpetrators. Bokkos and neighbouring Mangu have suffered repeated attacks this year.""",
[(CIV, "NG", "Bokkos", 113, "d-2", "herders", "civilians")], "toll rising through the text; herders; LGA only"),

("marte-recaptured", "2021-04-24 08:00", "Troops recapture Marte from ISWAP",
"""MAIDUGURI: Troops of Operation Tura Tagiyya have recaptured Marte, headquarters of Marte Local Government Area, from fighters of the Islamic State West Africa Province, the Army said.

The soldiers, backed by the Air Task Force, stormed the town on {d-1} after a fierce gun duel that lasted several hours, and several terrorists were neutralised, according to a statement by the Army spokesman.

Marte fell to the insurgents on {m-8}, when they overran the base of a task force battalion, forcing soldiers and residents to flee towards Dikwa. The town has changed hands several times since 2015.""",
[(GOV, "NG", "Marte", None, "d-1", "Nigeria", "Islamic State West Africa Province")], "recapture; the earlier fall is background; several = null"),

("gwoza-wedding-bombing", "2024-07-01 09:30", "Death toll from Gwoza wedding blast rises to 24",
"""MAIDUGURI: Twenty-four people have now died from the suicide bombing at a wedding ceremony in Gwoza on {d-2}, the Borno State Emergency Management Agency said.

Eighteen were confirmed dead on the day. Six more of the wounded died at the University of Maiduguri Teaching Hospital and the specialist hospital, where 19 others are receiving treatment.

Witnesses said a woman who had a child strapped to her back slipped into the crowd of guests and set off the explosives. Police blamed Boko Haram, which has used women and girls as bombers for years.

The local government chairman said a curfew had been imposed in Gwoza town.""",
[(SUI, "NG", "Gwoza", 24, "d-2", "Boko Haram", "civilians")], "rising toll, the latest counts"),

("bawku-vehicle-shooting", "2025-02-14 08:20", "Three shot dead as gunmen attack vehicle in Bawku",
"""BAWKU: Three persons, among them a 60-year-old trader, were shot dead when unknown gunmen opened fire on a commercial vehicle at Sabon Gari, a suburb of Bawku in the Upper East Region, on {d-1} evening.

The Upper East Regional Police Command said officers found the bodies beside the vehicle, which was riddled with bullets. Two other passengers escaped into the bush and reported at the police station.

The Bawku Municipal Security Council has extended the curfew to run from 4 pm to 7 am. The long-running dispute over the Bawku skin has claimed hundreds of lives since violence flared again in 2021.""",
[(CIV, "GH", "Sabon Gari", 3, "d-1", "gunmen", "civilians")], "Sabon Gari is also a common Nigerian name; ages are not tolls"),

("kikaikelaki-camp-raid", "2021-10-19 07:30", "Five separatist fighters killed as soldiers raid camp near Kumbo",
"""KUMBO: Five separatist fighters were killed when soldiers raided their camp at Kikaikelaki, on the outskirts of Kumbo in Bui Division, in the early hours of {d-1}, a military source said.

The 'Amba boys', who had been enforcing a weekly lockdown on the town, fought back for about an hour before fleeing into the hills, the source added. One soldier was wounded. Guns and a quantity of locally made explosives were recovered.

Residents said shops remained shut and movement was limited on {d0} for fear of reprisals.""",
[(CL, "CM", "Kikaikelaki", 5, "d-1", "Cameroon", "Ambazonian separatists")], "raid with a firefight; Amba boys"),

("arabia-kdf-ied", "2023-05-25 10:00", "Two KDF soldiers killed in IED blast near Arabia",
"""MANDERA: Two Kenya Defence Forces soldiers were killed and three others injured after their vehicle ran over an improvised explosive device at Arabia, in Mandera East sub-county, on {d-1}.

The Mandera County Commissioner said the device had been planted on the dirt road by al-Shabaab militants who crossed from Somalia. The injured were airlifted to Nairobi.

It was the third IED incident along the border roads this year. Residents of Arabia said the soldiers were on a routine patrol towards Lafey.""",
[(IED, "KE", "Arabia", 2, "d-1", "Al-Shabaab", "Kenya")], "a Kenyan place called Arabia; Somalia named but not the place"),

("queen-elizabeth-park-tourists", "2023-10-18 09:00", "ADF rebels kill two tourists and guide in Queen Elizabeth National Park",
"""KASESE: Suspected ADF rebels ambushed a tourist vehicle inside Queen Elizabeth National Park on {d-1} evening, killing two foreign tourists and their Ugandan driver-guide before setting the vehicle ablaze, police said.

The attack happened on the road between Katunguru and the Kasenyi plains. Security agencies have since closed parts of the park.

The UPDF said it had deployed a special unit to pursue the attackers, believed to have crossed from Congo. The attack comes four months after ADF rebels killed 42 people, most of them students, at Lhubiriha Secondary School in Mpondwe.""",
[(CIV, "UG", "Queen Elizabeth National Park", 3, "d-1", "ADF", "civilians")], "earlier attack's toll is background"),

("duk-padiet-cattle-raid", "2022-03-08 11:00", "12 killed, six children abducted in Duk Padiet raid",
"""BOR: At least 12 people were killed and six children abducted when armed youth from the Greater Pibor Administrative Area raided Duk Padiet in Duk County on {d-2}, the county commissioner said.

The attackers also drove away an unknown number of cattle and torched tukuls before retreating east. Among the dead were four women.

The commissioner appealed to the administration in Pibor to help return the abducted children. Duk County has suffered repeated raids since the start of the dry season.""",
[(CIV, "SS", "Duk Padiet", 12, "d-2", "armed youth", "civilians"),
 (ABD, "SS", "Duk Padiet", None, "d-2", "armed youth", "civilians")], "two acts: killings and abductions"),

("adan-yabaal-falls", "2025-04-17 06:50", "Al-Shabaab takes control of Adan Yabaal",
"""ADAN YABAAL - Al-Shabaab fighters took control of Adan Yabaal town in Middle Shabelle region on {d-1} after hours of fighting with Somali National Army troops and allied macawisley clan militia, residents said.

The troops later withdrew towards Mahaday. The militants were seen raising their flag over the district headquarters in the afternoon.

The town had been a forward base for the government's offensive since it was recaptured from the group in December 2022. The information minister said the army's withdrawal was 'tactical' and vowed to retake it.""",
[(NSA, "SO", "Adan Yabaal", None, "d-1", "Al-Shabaab", "Somalia")], "territory taken; earlier recapture and vow not labelled"),

("finote-selam-drone-debre-markos", "2023-08-15 12:00", "Drone strike kills 26 in Finote Selam; fighting in Debre Markos",
"""BAHIR DAR - At least 26 people were killed when a drone struck a public square in Finote Selam town, West Gojjam Zone, on {d-1}, two hospital workers and a local official said.

Residents blamed a government drone. The federal government has not commented.

Separately, fighting between the Ethiopian National Defense Force and Fano militia was reported in Debre Markos on {d-2}, where residents said heavy gunfire continued until late evening. Internet access across Amhara Region remains cut.""",
[(AIR, "ET", "Finote Selam", 26, "d-1", "Ethiopia", "civilians"),
 (CL, "ET", "Debre Markos", None, "d-2", "Ethiopia", "Fano")], "two events in two towns"),

("penjwen-turkish-drone", "2024-08-21 15:30", "Two killed in Turkish drone strike near Penjwen",
"""SULAIMANI - Two people were killed when a Turkish drone struck a vehicle near the town of Penjwen, east of Sulaimani, on {d-1} afternoon, the town's mayor said.

A local security source said the dead were members of the PKK. The party did not comment.

Turkey has stepped up drone strikes in the Kurdistan Region this year. Last year a drone hit Arbat airport, south of Sulaimani.

The mayor said the car was completely burnt out and the bodies were taken to the forensic department in Sulaimani for identification. Villagers in the mountains along the border with Iran complain that the strikes have made them afraid to take their flocks up to the summer pastures.""",
[(AIR, "IQ", "Penjwen", 2, "d-1", "Turkey", "PKK")], "foreign force in Iraq; earlier strike is background"),

("taiz-rawdah-shelling", "2022-06-12 09:40", "Woman, two children killed in Houthi shelling of Taiz",
"""TAIZ - A woman and her two children were killed when the Houthi militia shelled a residential neighbourhood in Taiz city on {d-1} evening, the local authority said.

The shells landed on houses in Al-Rawdah neighbourhood, in the Al-Qahira district, residents said. A fourth person was wounded.

The militia has besieged the city since 2015. The shelling came despite the UN-brokered truce, which the government said the Houthis had violated hundreds of times.""",
[(SHL, "YE", "Al-Rawdah", 3, "d-1", "Houthis", "civilians")], "a woman and two children = 3; truce mention"),

("kfar-roummane-drone", "2025-03-18 16:00", "Two killed in Israeli drone strike on car near Nabatieh",
"""NABATIEH - Two men were killed when an Israeli drone fired a missile at their car on the road between Kfar Roummane and Nabatieh on {d0} afternoon, the Health Ministry said.

The Israeli army said it had targeted a Hezbollah member who was 'rebuilding infrastructure'.

Since the ceasefire took effect on November 27, Israel has carried out strikes in the south almost daily, while Hezbollah has claimed only one attack.""",
[(AIR, "LB", "Kfar Roummane", 2, "d0", "Israel", "Hezbollah")], "strikes since the ceasefire are background"),

("irbid-drone-debris", "2025-06-14 08:10", "Two hurt as debris of downed drone falls on Irbid house",
"""IRBID - Two people were slightly injured when debris from a drone brought down by the Royal Jordanian Air Force fell on a house in the Bushra area of Irbid governorate, the Public Security Directorate said on {d0}.

The armed forces said air defences had intercepted several missiles and drones fired from Iran towards Israel that entered the Kingdom's airspace during the night.

Civil defence teams cordoned off the site and warned citizens not to approach or touch any fragments.""",
[(DIS, "JO", "Bushra", None, "d0", "Jordan", "Iran")], "interception over Jordan by Jordan; during the night = publication date"),

("turmusayya-settler-attack", "2023-06-22 07:30", "Young man killed as colonists attack Turmusayya",
"""RAMALLAH - A young man was killed and a dozen others injured on {d-1} evening when Israeli colonists attacked the town of Turmusayya, northeast of Ramallah, the Palestinian Health Ministry said.

Hundreds of colonists, protected by occupation forces, set fire to around 30 houses and 60 vehicles, the municipality said. The martyr, 27, was shot in the chest while defending his family's home.

The attack came a day after four Israelis were killed in a shooting near the colony of Eli.""",
[(CIV, "PS", "Turmusayya", 1, "d-1", "Israeli settlers", "civilians")], "local terms; the shooting near Eli is background"),

("baisaran-tourists-attack", "2025-04-23 05:00", "Terrorists open fire on tourists near Pahalgam, 26 killed",
"""SRINAGAR: Terrorists opened fire on tourists at the Baisaran meadow above Pahalgam in Anantnag district on {d-1} afternoon, killing 26 people, among them a local pony operator who tried to snatch a rifle from one of the attackers.

The meadow can be reached only on foot or on horseback, and the injured were brought down by locals on ponies. The Resistance Front first claimed the attack on social media, but disowned it the next day.

It is the deadliest attack on civilians in the Valley since the 2019 Pulwama bombing that killed 40 CRPF personnel. Traders across Kashmir observed a shutdown on {d0} in protest.

Survivors told reporters that the attackers emerged from the pine forest at the edge of the meadow and fired at groups of tourists sitting at food stalls and on the swings. Several of the dead were newly married men who had come to Kashmir on their honeymoon. The Lieutenant Governor laid wreaths on the coffins at the Police Control Room in Srinagar before the bodies were flown to the victims' home states. Hoteliers in Pahalgam said most bookings for the coming weeks had been cancelled within hours, and the Amarnath Yatra, which passes through the town in summer, is expected to be held under much heavier security this year.""",
[(CIV, "IN", "Baisaran", 26, "d-1", "militants", "civilians")], "claim then denial; Pulwama toll is background"),

("lataminah-chlorine-hospital", "2017-03-26 10:30", "Surgeon among two dead in chlorine attack on Lataminah hospital",
"""HAMA - A surgeon and a patient died of suffocation after a regime helicopter dropped a barrel containing chlorine gas on the cave hospital in al-Lataminah, in the northern Hama countryside, on {d-1} afternoon, the hospital director said.

At least 30 people, among them nurses, were treated for breathing difficulties. The hospital, dug into a hillside to protect it from air strikes, has been put out of service.

Regime helicopters had dropped barrel bombs on the town earlier in the week, local activists said.""",
[(CHEM, "SY", "al-Lataminah", 2, "d-1", "Syria", "civilians")], "chemical weapon dropped from the air; earlier barrel bombs are background"),

("ain-al-asad-rockets", "2023-10-26 07:00", "Katyusha rockets fired at Ain al-Asad base",
"""ANBAR - Two Katyusha rockets were fired at Ain al-Asad air base, which hosts US-led coalition troops, in western Anbar on {d-1} night, a security source told our agency.

There were no casualties. The launch pad was found in an orchard in the al-Baghdadi subdistrict. The Islamic Resistance in Iraq claimed the attack in a statement on Telegram.

Sirens sounded inside the base, residents of nearby Baghdadi town said, and a drone was seen circling the area for about an hour afterwards. Anbar Operations Command said its forces had launched a search of the desert roads to the west. It was the fourth attack on the base this month.""",
[(SHL, "IQ", "Ain al-Asad", 0, "d-1", "Islamic Resistance in Iraq", "United States")], "no casualties = 0; al-Baghdadi is a town named after Baghdad; foreign troops targeted"),

("kharan-bazaar-grenade", "2023-09-05 06:30", "Four hurt in grenade attack on shop in Kharan bazaar",
"""KHARAN: Four persons including a child were injured when unidentified miscreants hurled a hand grenade at a shop in the main bazaar of Kharan on {d-1} evening, Levies officials said.

The attackers, riding a motorcycle, fled after the blast. The injured were shifted to the District Headquarters Hospital.

Grenade attacks on shops have been reported in Kech and Panjgur districts in recent months, often linked to extortion demands by militants.""",
[(GRE, "PK", "Kharan", None, "d-1", "miscreants", "civilians")], "grenade; injuries only"),

("kitaya-village-attack", "2020-10-17 08:30", "IGP: 20 killed as armed men attack Kitaya village",
"""MTWARA: At least 20 people were killed when armed men attacked Kitaya village in Mtwara Rural District on {d-3} night, the Inspector General of Police said on {d0}.

The IGP said about 300 attackers crossed the Ruvuma River, looted shops and burnt houses and vehicles before retreating. He did not name the group. Islamic State, which backs insurgents in Mozambique's Cabo Delgado province, later claimed a raid on a Tanzanian village.

Security has been reinforced along the border, the IGP added.""",
[(CIV, "TZ", "Kitaya", 20, "d-3", "Islamic State Mozambique", "civilians")], "Mozambique named but the event is in Tanzania"),

# negatives
("sabon-tasha-gas-blast", "2024-02-20 11:00", "Police: explosion at Kaduna church was gas cylinder, not attack",
"""KADUNA: The Kaduna State Police Command has dismissed reports that gunmen attacked a church in Sabon Tasha, saying an explosion that injured five worshippers on {d-1} was caused by a faulty gas cylinder in the church's kitchen.

Videos shared on social media had claimed the church was bombed. The Police Public Relations Officer urged residents to disregard them and go about their lawful business.

The church's pastor confirmed that the blast started in the kitchen while food was being prepared for a harvest thanksgiving.""",
[], "denial; accident"),

("kano-labour-strike", "2023-10-03 09:00", "Hospitals, schools shut as labour strike bites in Kano",
"""KANO: Public hospitals and schools in Kano were shut on {d0} as workers joined the indefinite strike called by the Nigeria Labour Congress over the removal of the fuel subsidy.

Patients were turned away at the Murtala Muhammad Specialist Hospital, while banks opened only for a few hours. The state NLC chairman said members would not return to work until the federal government implemented the agreed palliatives.

At the Kano Line, motorists queued for hours as the few filling stations that opened sold petrol at more than double last year's price. The state government said it would dock the pay of civil servants who stayed away from work, a threat the union described as an empty one.""",
[], "workers' strike"),

("prestea-pit-collapse", "2022-11-09 13:30", "Eight galamsey operators trapped as pit caves in at Prestea",
"""PRESTEA: Eight illegal miners were trapped when an abandoned mining pit caved in at Prestea in the Prestea-Huni Valley Municipality on {d-1}.

Rescuers from the National Disaster Management Organisation, working with excavators, had brought out three bodies by {d0} morning. The municipal chief executive said the pit had been sealed last year and blamed the operators for reopening it.

Relatives of the trapped men gathered at the edge of the pit through the night, some of them digging with their hands. The municipal security council has directed the police to arrest the owner of the concession, who is said to have hired the young men for a share of whatever gold they found.""",
[], "mine collapse"),

("kisumu-protest-teargas", "2024-06-25 16:00", "Police fire teargas at Kisumu protesters",
"""KISUMU: Police fired teargas to disperse hundreds of protesters who lit bonfires along Oginga Odinga Street on {d0}, as demonstrations against the Finance Bill spread across the country.

Traders kept their shops closed and several people were treated for the effects of the gas. Demonstrators said they would continue to march until the bill was withdrawn.

Matatu operators withdrew their vehicles from the roads for most of the day, leaving commuters stranded at the Kisumu bus park. The county police commander said officers had acted with restraint and that anyone found looting would be arrested. By evening, a few youths were still blocking the Kisumu-Kakamega road with stones.""",
[], "protest"),

("ichhra-cylinder-blast", "2023-12-02 07:15", "Three dead as cylinder blast flattens house in Ichhra",
"""LAHORE: Three members of a family died when a gas cylinder exploded in their house in Ichhra on {d-1} night, Rescue 1122 said.

The blast brought down the roof of the double-storey house and damaged two neighbouring houses. Rescue officials said the cylinder had been refilled at an illegal shop in the area and the gas had leaked overnight. Police have sealed the shop.

Neighbours said the family had moved into the house only two months earlier. The deceased, a man, his wife and their teenage son, were buried in Miani Sahib graveyard on {d0}. The district administration said a crackdown on illegal refilling shops across the city would begin from {d1}.""",
[], "domestic explosion, no armed group"),

("atc-karachi-university-verdict", "2024-06-06 10:30", "ATC sentences two facilitators of Karachi University suicide attack",
"""KARACHI: An anti-terrorism court on {d0} sentenced two men to life imprisonment for helping the woman who carried out the suicide attack outside the Confucius Institute at Karachi University in April 2022, killing three Chinese teachers and their Pakistani driver.

The prosecution said the convicts had provided the attacker with a safe house and transport. Defence lawyers said they would appeal.

The court acquitted a third accused for lack of evidence. The banned Baloch Liberation Army had claimed the attack, which was carried out by a woman who was herself a university student. The judge observed that the case showed how militant networks were recruiting educated young people, and directed the police to trace the absconding accused.""",
[], "court verdict about an old attack"),

("ondo-bank-robbery", "2023-04-14 12:00", "Armed robbers raid bank in Ondo, kill policeman",
"""AKURE: A police officer was shot dead when armed robbers attacked a commercial bank in Ikare-Akoko on {d-1} afternoon, the Ondo State Police Command said.

The robbers, about ten in number, used explosives to break into the banking hall and escaped with an undisclosed sum of money. The command said its tactical teams had been deployed to trail the gang.

Residents said the gang arrived in two cars shortly after 3 pm and shot sporadically into the air for about 40 minutes before fleeing towards the Kogi boundary. The slain officer was attached to the Ikare divisional police headquarters. The Commissioner of Police visited the bank and appealed to the public for information.""",
[], "robbery gang, crime not an armed group"),

("bundibugyo-updf-deployment", "2023-12-11 09:45", "UPDF sends more troops to Bundibugyo border",
"""BUNDIBUGYO: The Uganda People's Defence Force has deployed additional troops along the border in Bundibugyo district following ADF attacks on villages across the border in Congo in recent weeks.

The army spokesperson said the deployment was preventive and urged residents to report strangers to the security agencies. Local leaders said the troops had restored confidence among farmers who had stopped going to their gardens.

The district chairperson said schools near the border would open as normal next term. He asked the government to improve the roads along the Semliki valley, saying poor roads slowed the movement of soldiers. In 2023 the ADF killed 42 people at a school in neighbouring Kasese district.""",
[], "deployment because of attacks elsewhere"),

("somalia-security-budget", "2024-01-07 14:00", "Parliament passes 2024 budget with a third for security",
"""MOGADISHU - The Federal Parliament on {d0} approved the 2024 budget of nearly $1 billion, a third of which goes to the security sector, including salaries for soldiers taking part in the offensive against al-Shabaab.

The Finance Minister said donors would fund most of the development spending. Several MPs complained that the budget gave too little to health and education.

The budget also includes funds to integrate clan militias that have fought alongside the army into the national forces. The chairman of the finance committee said the government should raise more revenue at home, pointing out that customs receipts at Mogadishu port had grown by a fifth in the last year.""",
[], "budget"),

("halabja-anniversary", "2024-03-16 12:00", "Halabja marks 36th anniversary of chemical attack",
"""HALABJA - Thousands of people gathered at the memorial in Halabja on {d0} to mark 36 years since the Iraqi air force bombed the town with chemical weapons, killing some 5,000 people.

Survivors laid wreaths at the graves and called on Baghdad to compensate the families. The Kurdistan Region observed a minute's silence at 11 am.

The Kurdistan Region's prime minister, speaking at the ceremony, said the attack of March 16, 1988 must be recognised internationally as genocide. Many survivors still suffer from lung diseases and cancers, doctors at the town's hospital said, and some have never found the graves of their relatives.""",
[], "anniversary of a chemical attack"),

("khiam-controlled-detonation", "2025-02-27 08:30", "Army to detonate unexploded ordnance in Khiam",
"""MARJAYOUN - The Lebanese Army said its engineering units would carry out controlled detonations of unexploded munitions left over from the war in the Khiam area on {d0} and {d1}.

Residents were asked not to be alarmed by the sound of explosions and to keep away from the sites until the work is completed.

The army has been removing shells, rockets and cluster munitions from the border villages since it redeployed to the south under the ceasefire arrangements. An army statement said citizens who find suspicious objects should not touch them and should call the nearest military post. Farmers in the area have been asked to delay ploughing their land until the survey of the fields is finished.""",
[], "controlled detonation"),

("marib-prisoner-swap", "2023-04-16 10:00", "Government, Houthis exchange prisoners at Marib airport",
"""MARIB - Dozens of freed detainees arrived at Marib airport on {d0} as the government and the Houthis carried out the third day of the largest prisoner exchange since the start of the war, under a deal brokered by the UN and the ICRC.

Families waited for hours on the tarmac. The government said talks on the release of remaining detainees would continue.

Under the deal, nearly 900 detainees are being exchanged, including Saudi and Sudanese prisoners held by the Houthis. Flights also carried freed prisoners between Sanaa and Aden. The head of the government's negotiating team told reporters in Marib that he hoped the exchange would build the trust needed for a wider settlement.""",
[], "prisoner exchange"),

("cairo-ceasefire-talks", "2024-05-04 11:00", "Hamas delegation in Cairo for ceasefire talks",
"""GAZA - A Hamas delegation arrived in Cairo on {d0} to deliver the movement's response to the latest proposal for a ceasefire and prisoner exchange, sources in the movement said.

Egyptian and Qatari mediators said they hoped for an agreement before the Israeli army begins its threatened ground operation in Rafah.

In Gaza, displaced families in Rafah said they were following the news from Cairo hour by hour. 'Everyone is waiting for a truce so we can go back north, even if our homes are gone,' said one man living in a tent near the seafront. Israeli officials did not comment on the talks.""",
[], "talks; threatened operation"),

("zarqa-live-fire-exercise", "2023-11-20 09:00", "Armed forces conduct live-fire exercise in Zarqa",
"""ZARQA - The Jordan Armed Forces conducted a live-fire exercise involving armour, artillery and helicopters at a training range in Zarqa governorate on {d-1}, the army said.

Citizens living near the range had been notified in advance of the sound of explosions. The Chairman of the Joint Chiefs of Staff attended the exercise.

The exercise simulated the defence of a fixed position against an armoured attack and the evacuation of casualties by helicopter, the army said. It was the final stage of training for units of the Quick Reaction Force, which will take part in a joint exercise with friendly armies next spring. Traffic on the Zarqa-Mafraq road was briefly diverted.""",
[], "exercise"),

("kolkata-derby-striker", "2024-10-27 18:30", "Bagan striker's brace sinks East Bengal in Kolkata derby",
"""KOLKATA: Mohun Bagan's striker scored twice in the second half as the Mariners beat East Bengal 2-0 at the Salt Lake Stadium on {d0}.

East Bengal's attack looked blunt throughout, and their coach admitted his side had been 'shot down' by two moments of quality.

Around 60,000 fans filled the stadium despite the afternoon heat. The win takes Mohun Bagan to the top of the table, two points ahead of Bengaluru FC. East Bengal, still without a win this season, face Odisha FC away on {d5}. Their supporters staged a protest outside the club tent after the match, demanding the coach's removal.""",
[], "football"),

("dera-ismail-khan-threat", "2023-02-13 08:00", "Security stepped up at CPEC sites after threat letter",
"""DERA ISMAIL KHAN: Police have stepped up security at CPEC projects and government offices in the district after a letter attributed to the banned TTP threatened attacks on 'those working with the Chinese'.

The DPO said additional checkposts had been set up on the Indus Highway and the movement of foreign engineers would be escorted.

Police said they were also investigating whether the letter was genuine. Chinese engineers have been working on a hydropower project and road upgrades in the region. Traders in the city said the extra checkposts had slowed traffic on the main roads, and asked the administration to make sure that the measures did not hurt business.""",
[], "threat"),

("bangladesh-uprising-toll", "2025-02-13 07:00", "UN says up to 1,400 may have been killed in July uprising",
"""DHAKA: As many as 1,400 people may have been killed during the student-led uprising last July and August, most of them shot by security forces, the UN human rights office said in a report released on {d-1}.

The interim government said it would use the findings in the trials of former officials. The report said 12 to 13 percent of those killed were children.

The report found that the former government and its security forces had carried out serious human rights violations, including extrajudicial killings, arbitrary arrests and torture, in an attempt to suppress the protests. The Awami League, whose leader fled to India in August, rejected the report as biased. Families of those killed have held regular rallies at Shaheed Minar demanding justice.""",
[], "aggregate toll; protests"),

("mandera-grenades-recovered", "2024-03-07 13:00", "Police recover grenades, rifles in Mandera house",
"""MANDERA: Police recovered four hand grenades, two AK-47 rifles and ammunition from a house in Mandera town on {d-1} following a tip-off from residents, the sub-county police commander said.

Two suspects were arrested and are being held at Mandera Police Station pending arraignment. Police said they were investigating whether the weapons were meant for al-Shabaab.

The police commander said the house had been rented a month earlier by a man who told the landlord he was a livestock trader. Officers also found mobile phones and a laptop, which have been taken for analysis. He urged residents to continue sharing information, saying the community had helped to foil many plots in the county.""",
[], "weapons seizure and arrest"),

("shell-onshore-sale", "2025-03-14 08:00", "Shell completes sale of onshore Nigerian subsidiary",
"""LAGOS: Shell on {d-1} completed the sale of its onshore subsidiary to a consortium of mostly Nigerian companies for up to $2.4 billion, ending nearly a century of onshore oil production by the company in the Niger Delta.

The regulator approved the deal after months of delay. Host communities have demanded that the new owners clean up past spills.

The sale leaves Shell with its deep-water and gas interests in the country. Analysts said Nigerian operators that have bought onshore assets from international companies over the last decade have raised output, though pipeline vandalism and oil theft in the delta remain high. The company's shares rose slightly in London.""",
[], "Shell the company; Niger Delta"),

("amin-war-book-review", "2024-09-15 10:00", "Book review: retelling the war that toppled Amin",
"""KAMPALA: A new history of the 1978-79 war between Uganda and Tanzania tells, village by village, how the Tanzanian army and Ugandan exiles pushed Idi Amin's forces back from the Kagera salient to Kampala.

The author estimates that thousands of soldiers and civilians died, and is at her best on the battle of Lukaya. The book is on sale in Kampala bookshops.

The book draws on interviews with veterans on both sides and on newly opened Tanzanian archives. It is weaker on the politics that followed the fall of Kampala in April 1979, which it covers in a short epilogue. For readers who grew up on their parents' stories of those months, it is still a valuable record.""",
[], "history book review"),

("kochchikade-easter-remembrance", "2024-04-21 11:00", "Easter Sunday attack victims remembered at Kochchikade",
"""COLOMBO: Hundreds of people attended a service at St. Anthony's Shrine in Kochchikade on {d0} to remember the 269 people killed in the Easter Sunday suicide bombings five years ago.

The Archbishop of Colombo renewed his call for a full inquiry into the attacks on churches and hotels. Police were deployed around churches across the country for the Easter services.

Relatives read out the names of the dead while church bells rang across Colombo at 8.45 am, the moment the first bomb went off in 2019. The Cardinal said the families had waited long enough for the truth about who was behind the attacks. Many of the survivors still need medical care, church officials said.""",
[], "anniversary of suicide bombings"),
]
