from common import *

FEED = ("blind/wire-d4.rss.xml", "rss", "https://kestrelnews.example.com/world", "Kestrel News Agency: world service")
REGISTER = "wire"

ITEMS = [
# ---- positives ----
("d4w-benue-yelwata-night-killings", "2025-06-14 17:20", "Gunmen kill scores in night raid on Benue market town",
"""MAKURDI, June 14 (Kestrel) - Gunmen stormed the market town of Yelwata in Benue state late on {d-1}, shooting residents and setting fire to houses where families displaced by earlier attacks had taken shelter, local officials and survivors said.

A local government official told Kestrel by telephone on {d0} morning that 45 bodies had been counted. By the afternoon Amnesty International's office in the country said about 100 people had been killed, many of them burned inside their homes, and that dozens more were missing.

"They came around 11 at night and surrounded the place," said a 34-year-old farmer who escaped with two of his children. "We heard shooting from every side."

A police spokeswoman in Makurdi said officers and soldiers had been sent to the area and that the attackers had fled before dawn. She did not give a toll.

Benue, a farming state in the country's middle belt, has seen repeated attacks blamed on armed herders. In April, more than 50 people were killed in raids on villages in Ukum and Logo districts.""",
[(CIV, "NG", "Yelwata", 100, "d-1", "gunmen", "civilians")],
"night raid on a town: toll 45 -> about 100 (the last stated); the survivor's age is no toll; April raids are background"),

("d4w-barsalogho-trench-diggers", "2024-08-27 12:45", "Jihadists kill at least 133 in Burkina Faso town, sources say",
"""ABIDJAN, Aug 27 (Kestrel) - Islamist militants attacked residents of Barsalogho in north-central Burkina Faso on {d-3} as they dug defensive trenches around the town on the army's orders, killing at least 133 people, a security source and residents said.

Fighters on motorcycles opened fire on the men digging outside the town in the late morning, residents said. Videos shared on social media and seen by Kestrel showed bodies lying in and beside the trenches.

Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, said in a claim carried by its outlet that it had killed about 300 "militiamen" of the pro-government Volunteers for the Defence of the Homeland (VDP). Residents said most of those at the trenches were civilians who had been ordered to work; a security source who has seen hospital lists put the toll at 133 by {d0}.

The junta, which seized power in 2022, did not comment on the toll. It said in a statement on state television that the "cowardly attack" would be avenged.""",
[(CIV, "BF", "Barsalogho", 133, "d-3", "JNIM", "civilians")],
"Abidjan dateline; claim of 300 'militiamen' then the security source's 133 (the last toll); residents at trenches = civilians"),

("d4w-sumy-palm-sunday-missiles", "2025-04-13 15:30", "Russian missiles kill 34 in Ukraine's Sumy on Palm Sunday",
"""KYIV, April 13 (Kestrel) - Two Russian ballistic missiles struck the centre of the northern Ukrainian city of Sumy on {d0} morning as residents gathered for Palm Sunday, killing 34 people, including two children, officials said.

The first missile hit a conference centre and the second exploded above a street filled with cars and a trolleybus, the regional administration said. More than 110 people were wounded.

By evening the State Emergency Service raised the toll to 35, saying a wounded woman had died in hospital.

Russia's defence ministry said it had struck a meeting of Ukrainian commanders and that Kyiv was using civilians as a "human shield". Ukrainian officials said there had been an awards ceremony for soldiers in the building but that the victims in the street were civilians.

It was the deadliest strike on civilians in Ukraine this year. On April 4, a missile hit a playground in Kryvyi Rih, killing 20 people.""",
[(SHL, "UA", "Sumy", 35, "d0", "Russia", "civilians")],
"missile attack; headline 34, text rises to 35 (last); Kryvyi Rih is background"),

("d4w-depayin-school-jet", "2025-05-13 09:10", "Myanmar jet bombs village school, killing 20 children - residents",
"""BANGKOK, May 13 (Kestrel) - A military aircraft dropped bombs on a school in a village of Myanmar's Sagaing region on {d-1} morning, killing 20 children and two teachers, residents and an official of the local resistance administration said.

The school in Oe Htein Kwin, in Depayin township, was holding classes when the jet struck shortly after 10 a.m., one teacher said. At least 50 more pupils were wounded.

A spokesman for the junta said reports of the bombing were "fabricated" and that no air operations had been carried out in the area. A ceasefire the military declared after the March 28 earthquake was still nominally in force.

The United Nations has repeatedly accused Myanmar's military of air strikes on schools, hospitals and monasteries since it seized power in a 2021 coup.""",
[(AIR, "MM", "Oe Htein Kwin", 22, "d-1", "Myanmar", "civilians")],
"air strike on a school, 20 + 2 = 22; the junta's denial does not undo it; the truce and earthquake are background"),

("d4w-beit-jinn-israeli-raid", "2025-11-28 16:05", "Israeli raid on Syrian village leaves 13 dead, soldiers wounded",
"""DAMASCUS, Nov 28 (Kestrel) - Israeli troops stormed the village of Beit Jinn, on the slopes of Mount Hermon south-west of Damascus, before dawn on {d0} and fought local gunmen for several hours, leaving 13 Syrians dead, state media and residents said.

The Israeli military said its forces had gone into the village to detain members of a militant group planning attacks on Israel and had come under fire. Six soldiers were wounded, three of them seriously, it said.

Syrian state news agency SANA said women and children were among the dead and called the raid a "war crime". Residents said some of the dead had taken up arms when the troops entered the village.

Israel has kept troops in a buffer zone inside Syria since the fall of Bashar al-Assad in December 2024 and has carried out repeated raids in the Quneitra and Damascus countryside.""",
[(CL, "SY", "Beit Jinn", 13, "d0", "Israel", "gunmen")],
"foreign troops fight local gunmen in Syria: a clash in Syria, not in Israel; the buffer zone is background"),

("d4w-cali-truck-bomb-amalfi-helicopter", "2025-08-21 22:40", "Colombia hit by truck bomb and drone attack on police helicopter, 19 dead",
"""BOGOTA, Aug 21 (Kestrel) - A truck packed with explosives blew up near an air force school in the city of Cali on {d0}, killing six civilians, hours after a police helicopter was brought down by a drone attack in the north-western province of Antioquia, Colombian authorities said.

The Cali blast went off on a busy avenue beside the Marco Fidel Suarez military aviation school, wounding more than 60 people, the city's mayor said. President Gustavo Petro blamed a faction of dissidents of the former FARC rebels. No group claimed the bombing.

Earlier, fighters of the Gulf Clan, the country's largest drug-trafficking organisation, attacked a police Black Hawk with an explosive-laden drone as it carried officers to a coca eradication operation near Amalfi, the defence minister said. Eight police officers were killed when the helicopter crashed, he said in the afternoon; in the evening he raised the toll to 13.

The attacks are among the deadliest against the security forces in years, as armed groups expand in areas vacated by the FARC after its 2016 peace deal.""",
[(IED, "CO", "Cali", 6, "d0", None, "civilians"),
 (AIR, "CO", "Amalfi", 13, "d0", "Gulf Clan", "Colombia")],
"two events in two places: drone attack (toll 8 -> 13) and a truck bomb with only the president's blame (no initiator)"),

("d4w-kunduz-bank-suicide", "2025-02-11 13:55", "Suicide bomber kills five at bank in northern Afghanistan",
"""KABUL, Feb 11 (Kestrel) - A suicide bomber blew himself up at a branch of Kabul Bank in the northern Afghan city of Kunduz on {d0} morning, killing five people and wounding seven, the provincial police spokesman said.

The bank was crowded with customers, many of them government employees queuing to collect their monthly salaries, when the attacker detonated his explosives near the entrance, the spokesman said.

The Islamic State's regional affiliate, Islamic State Khorasan Province, claimed responsibility in a statement on its Amaq news agency.

The group has carried out a series of attacks on Taliban officials and on the Shi'ite minority since the Taliban took power in 2021, including the killing of the minister for refugees in a bombing in Kabul in December.""",
[(SUI, "AF", "Kunduz", 5, "d0", "Islamic State Khorasan Province", "civilians")],
"suicide bombing with a claim; the December minister's killing is background"),

("d4w-cite-soleil-wharf-jeremie-massacre", "2024-12-09 19:15", "Haitian gang leader's men kill more than 180 in Port-au-Prince slum - UN",
"""PORT-AU-PRINCE, Dec 9 (Kestrel) - Members of a gang in the Viv Ansanm coalition killed elderly residents of the Wharf Jeremie neighbourhood of Cite Soleil over {d-3} and {d-2}, after their leader blamed "witchcraft" for his son's illness, a human rights group and the United Nations said.

The Committee for Peace and Development said at least 110 people were killed, most of them over 60. The UN human rights office on {d0} put the number at 184, saying victims had been taken from their homes, shot or hacked with machetes, and their bodies burned.

The gang controls the area around the port and cuts it off from the rest of the capital, making it hard for police to reach. Haiti's government said it would pursue those responsible.

Gangs control most of Port-au-Prince. A Kenyan-led security mission has struggled to push them back since arriving in June.""",
[(CIV, "HT", "Wharf Jeremie", 184, None, "Viv Ansanm", "civilians")],
"killings over two days: no single date; toll 110 -> 184 (last); ages are no toll; the Kenyan mission is background"),

("d4w-tikhoretsk-pumping-station-drones", "2025-08-04 08:25", "Ukrainian drones set Russian oil pumping station ablaze",
"""MOSCOW, Aug 4 (Kestrel) - Ukrainian drones struck an oil pumping station in Tikhoretsk, in Russia's southern Krasnodar region, overnight, starting a fire that burned for several hours, regional authorities said on {d0}.

Nobody was hurt, the regional operational headquarters said on Telegram. The station is a hub on a pipeline that feeds Black Sea export terminals.

Russia's defence ministry said separately that its air defences had destroyed 41 Ukrainian drones overnight, 22 of them over the Bryansk region bordering Ukraine. It did not mention Tikhoretsk.

Ukraine's General Staff confirmed the strike on Tikhoretsk and said it was part of a campaign to cut the fuel supply of the Russian army.""",
[(AIR, "RU", "Tikhoretsk", 0, "d0", "Ukraine", None),
 (DIS, "RU", "Bryansk", None, "d0", "Russia", "Ukraine")],
"drone hit and interceptions elsewhere: two events; 'nobody was hurt' = 0 for the hit; overnight = publication day"),

("d4w-gulf-of-aden-bulk-carrier-missile", "2024-06-12 10:40", "Missile hits bulk carrier off Yemen, two crew wounded",
"""DUBAI, June 12 (Kestrel) - A missile fired by Yemen's Houthi movement struck a Liberian-flagged bulk carrier in the Gulf of Aden on {d0}, wounding two crew members, the ship's manager and the British maritime security agency UKMTO said.

The vessel, the Ionian Harvest, was hit in the accommodation block about 70 nautical miles south-east of Aden and reported a fire that the crew brought under control. One of the injured sailors was evacuated by a U.S. warship, the manager said.

Houthi military spokesman Yahya Saree said in a televised speech that the group had targeted the ship with "naval missiles" because its owner's other vessels had called at Israeli ports.

The Houthis have attacked dozens of merchant ships since November in what they call solidarity with Palestinians in Gaza. In March, a missile killed three sailors aboard the True Confidence, the first deaths in the campaign.""",
[(SHL, None, "Gulf of Aden", None, "d0", "Houthis", None)],
"missile at sea: no country; injuries only = null; the March deaths are background"),

("d4w-cal-miskaad-us-strikes", "2025-02-02 07:50", "U.S. air strikes hit Islamic State in Somalia's mountains",
"""MOGADISHU, Feb 2 (Kestrel) - The U.S. military said it carried out air strikes on {d-1} against Islamic State fighters in the Cal Miskaad mountains of north-eastern Somalia, killing "multiple operatives" in caves used as hideouts.

U.S. Africa Command said the strikes, coordinated with Somalia's federal government, took place south-east of the port of Bosaso in the semi-autonomous region of Puntland. It said its initial assessment was that no civilians had been harmed.

Puntland forces have been fighting the group's local branch in the mountains since December, in an offensive the regional government says has pushed the militants out of several valleys.

The Islamic State affiliate in Somalia is far smaller than al Qaeda-linked al Shabaab but has grown as a financial hub for the group's branches in Africa, U.S. officials say.""",
[(AIR, "SO", "Cal Miskaad", None, "d-1", "United States", "Islamic State Somalia")],
"foreign air strike in Somalia; 'multiple' is no toll; the Puntland offensive is background"),

("d4w-konduga-fish-market-bomber", "2025-06-22 11:05", "Suicide bomber kills 12 at fish market in northeast Nigeria",
"""MAIDUGURI, June 22 (Kestrel) - A female suicide bomber blew herself up at a crowded fish market in Konduga, about 35 km from the Borno state capital Maiduguri, on {d-1} evening, killing nine people, police said.

Later on {d0} a member of a civilian militia that helps the army in the area said the number of dead had risen to 12, as three of the wounded died overnight in hospital.

No group claimed the attack. Both Boko Haram and its rival Islamic State West Africa Province are active around Konduga and have used women and girls as suicide bombers.

In 2014 the same town's market was hit by two bombers who killed dozens.""",
[(SUI, "NG", "Konduga", 12, "d-1", None, "civilians")],
"suicide bombing with no claim: initiator null though two groups are named; toll 9 -> 12; the 2014 attack is history"),

("d4w-ngouboua-lake-post-attack", "2024-04-10 14:30", "Boko Haram attack on Chad lake post kills 19",
"""N'DJAMENA, April 10 (Kestrel) - Boko Haram fighters in canoes attacked an army post near Ngouboua on the shores of Lake Chad on {d-1} night, and seven soldiers and 12 of the attackers were killed in the fighting that followed, the army spokesman said on {d0}.

The soldiers repelled the assault after about two hours, the spokesman said, adding that weapons and two boats had been seized.

The lake's islands and swamps have long served as hideouts for the jihadists, who cross between Chad, Nigeria, Niger and Cameroon.""",
[(CL, "TD", "Ngouboua", 19, "d-1", "Boko Haram", "Chad")],
"clash; soldiers plus attackers = 19; 'Tuesday night' ties the night to Tuesday"),

("d4w-jijel-el-ancer-clash", "2023-05-26 18:00", "Algerian troops kill two militants in eastern mountains",
"""ALGIERS, May 26 (Kestrel) - Algerian soldiers killed two armed Islamists in a clash in forested mountains near El Ancer, in the eastern province of Jijel, on {d-1}, the defence ministry said. A soldier was also killed.

Troops had been searching the area after a tip-off and exchanged fire with the "terrorists" near a hideout, the ministry said in a statement. Two Kalashnikov rifles and ammunition were recovered.

Small groups of militants remain in the mountains east of Algiers, a legacy of the civil war of the 1990s in which up to 200,000 people died.""",
[(CL, "DZ", "El Ancer", 3, "d-1", "Algeria", "militants")],
"a search and firefight: 2 + 1 = 3; the civil war toll is history"),

("d4w-khuzdar-school-bus-bomb", "2025-05-22 09:30", "Suicide car bomb hits school bus in Pakistan's Balochistan",
"""QUETTA, May 22 (Kestrel) - A suicide bomber rammed a car packed with explosives into a school bus carrying the children of soldiers in the town of Khuzdar on {d-1} morning, killing at least five people, officials said.

By {d0} the toll had risen to eight, three of them children, a local administration official said, as two girls and a driver died of their wounds.

Pakistan's military blamed militants it said were backed by India; New Delhi rejected the accusation. No group claimed the attack.

Baloch separatists have stepped up attacks in the province this year, including the seizure of a passenger train in March.""",
[(SUI, "PK", "Khuzdar", 8, "d-1", None, "civilians")],
"suicide car bomb; toll 5 -> 8; a blame denied is no initiator; the train siege is background"),

("d4w-lyman-chloropicrin-grenades", "2025-03-18 12:20", "Ukraine says Russia dropped toxic grenades near Lyman",
"""KYIV, March 18 (Kestrel) - Russian troops dropped grenades filled with chloropicrin, a choking agent banned as a weapon of war, from drones on Ukrainian positions near the town of Lyman in the eastern Donetsk region on {d-1}, a Ukrainian army corps said.

Four soldiers were evacuated with burns to their eyes and breathing problems, the corps said in a statement, adding that laboratory tests of fragments were under way.

Russia, which denies using chemical weapons, did not comment. The Organisation for the Prohibition of Chemical Weapons confirmed last year that samples from the front line contained CS, a riot control agent also banned on the battlefield.""",
[(CHEM, "UA", "Lyman", None, "d-1", "Russia", "Ukraine")],
"chemical weapon; injuries only = null; the OPCW finding is background"),

("d4w-khuwei-rsf-seize", "2025-05-14 15:00", "Sudan's RSF says it has seized West Kordofan town",
"""NAIROBI, May 14 (Kestrel) - Sudan's paramilitary Rapid Support Forces said on {d0} they had captured the town of Al-Khuwei in West Kordofan state on {d-1} after two days of fighting with the army, a claim residents confirmed.

Videos posted by RSF fighters showed them in the town's market and outside a police station. A resident who fled to El Obeid said army troops had withdrawn east after heavy shelling.

The army did not comment. The town lies on the main road between El Obeid and the West Kordofan capital, which the RSF has besieged for months.""",
[(NSA, "SD", "Al-Khuwei", None, "d-1", "Rapid Support Forces", "Sudan")],
"a non-state group takes a town after fighting; Nairobi dateline"),

("d4w-sinja-army-recaptures", "2024-11-24 10:25", "Sudan army retakes Sennar state capital from RSF",
"""PORT SUDAN, Nov 24 (Kestrel) - Sudan's army said on {d0} it had recaptured Sinja, the capital of Sennar state, from the Rapid Support Forces on {d-1}, five months after the paramilitary group overran it.

Soldiers and allied fighters were shown on state television celebrating in front of the state government building. An army spokesman said the RSF had suffered "heavy losses" but gave no figure.

The RSF, which has been at war with the army since April 2023, did not comment. Its capture of Sinja in June drove tens of thousands of people from their homes.""",
[(GOV, "SD", "Sinja", None, "d-1", "Sudan", "Rapid Support Forces")],
"government regains a state capital; the June capture is history; 'heavy losses' is no toll"),

("d4w-poland-drones-shot-down", "2025-09-10 11:50", "Poland shoots down drones in its airspace during Russian attack on Ukraine",
"""WARSAW, Sept 10 (Kestrel) - Polish and allied aircraft shot down Russian drones that crossed into Polish airspace overnight during a Russian attack on western Ukraine, Prime Minister Donald Tusk said on {d0}, calling it an "act of aggression".

Debris of one drone fell on the roof of a house in the village of Wyryki in the eastern Lublin province, damaging it. No one was hurt, police said. Airports in Warsaw and Rzeszow were briefly closed.

Poland invoked NATO's Article 4 consultations. Russia's defence ministry said it had not intended to strike targets in Poland.""",
[(DIS, "PL", "Wyryki", 0, "d0", "Poland", "Russia")],
"interception over Poland: the interceptor is initiator; no one hurt = 0; overnight = publication day"),

("d4w-kenscoff-orphanage-kidnap", "2025-08-04 13:10", "Armed men kidnap Irish missionary, child from Haiti orphanage",
"""PORT-AU-PRINCE, Aug 4 (Kestrel) - Armed men abducted eight people, among them an Irish missionary and a three-year-old child, from an orphanage in Kenscoff, in the hills above Haiti's capital, early on {d-1}, the charity that runs it said.

The attackers broke through the gate of the Sainte-Helene home before dawn and left with the staff and the child, a spokesman said. No ransom demand had been received by {d0} afternoon.

Ireland's foreign ministry said it was in contact with the Haitian authorities. Gangs have fought for months to take Kenscoff, one of the last routes out of Port-au-Prince not under their control.""",
[(ABD, "HT", "Kenscoff", None, "d-1", "armed men", "civilians")],
"abduction; the child's age is no toll; silence on deaths = null"),

("d4w-gohatsion-students-abducted", "2024-07-04 09:55", "Gunmen abduct dozens of university students in Ethiopia's Oromia",
"""ADDIS ABABA, July 4 (Kestrel) - Gunmen stopped three buses carrying university students home for the holidays near Gohatsion in Ethiopia's Oromia region on {d-1} and took more than 100 of them away, parents and a student who escaped said.

The buses had left Debre Markos University for Addis Ababa when armed men blocked the road, said a student who hid under a seat. "They ordered the boys out first, then the girls," he said.

Regional officials blamed the Oromo Liberation Army, a rebel group. The group's spokesman denied any involvement and called for an independent inquiry.""",
[(ABD, "ET", "Gohatsion", None, "d-1", "gunmen", "civilians")],
"mass abduction; the blame is denied: initiator as the text calls them"),

("d4w-tral-grenade-police-party", "2024-05-11 08:30", "Grenade wounds three in Kashmir's Pulwama",
"""SRINAGAR, May 11 (Kestrel) - Militants hurled a grenade at a police party in the main market of Tral, in Kashmir's Pulwama district, on {d-1} evening, wounding two policemen and a 14-year-old boy, police said.

The grenade exploded on the road beside a police vehicle, shattering shop windows. Security forces cordoned off the area and began a search for the attackers.

The attack came days before polling in the Srinagar parliamentary constituency, for which security has been stepped up across the valley.""",
[(GRE, "IN", "Tral", None, "d-1", "militants", "India")],
"grenade, injuries only = null; the boy's age is no toll"),

("d4w-damascus-mar-elias-church", "2025-06-23 10:15", "Suicide bomber kills 25 at Damascus church",
"""DAMASCUS, June 23 (Kestrel) - A man opened fire on worshippers at the Mar Elias church in Damascus's Dweila district during evening mass on {d-1} and then blew himself up, killing at least 20 people, the health ministry said.

On {d0} the ministry said the toll had risen to 25, with 63 wounded. The interior ministry blamed an Islamic State cell. There was no claim of responsibility.

It was the first suicide bombing in the Syrian capital since the fall of Bashar al-Assad in December, and the deadliest attack on Christians in the country in years.""",
[(SUI, "SY", "Dweila", 25, "d-1", None, "civilians")],
"gunfire then a suicide blast: one suicide_bomb; toll 20 -> 25; the ministry's blame is no initiator"),

("d4w-afgooye-minibus-bomb", "2024-03-08 12:00", "Roadside bomb kills seven on bus near Somali capital",
"""MOGADISHU, March 8 (Kestrel) - A roadside bomb ripped through a minibus carrying passengers between Afgooye and Mogadishu on {d-1}, killing seven people, among them two women, a police officer at the scene said.

Al Shabaab said in a statement on its Andalus radio that it had set off the bomb against "apostate soldiers" travelling on the vehicle. Relatives of the dead said they were traders going to the capital's Bakara market.

The road is one of the busiest in southern Somalia and has been hit by several bombings this year.""",
[(IED, "SO", "Afgooye", 7, "d-1", "Al-Shabaab", "civilians")],
"roadside bomb with a claim; the claimed target is not the victims"),

("d4w-kunar-dangam-shelling", "2025-10-15 09:20", "Pakistani shelling kills three in eastern Afghanistan - Taliban",
"""KABUL, Oct 15 (Kestrel) - Pakistani forces fired mortar and artillery shells into Dangam district of Afghanistan's Kunar province overnight, killing three civilians, including a woman, and destroying two houses, a provincial Taliban spokesman said.

Pakistan's military did not comment on the report. The two countries' forces fought along the border at the weekend, in clashes both sides said killed dozens.

Qatar and Turkey have been trying to arrange talks between the neighbours, whose relations have soured over Islamabad's accusation that Afghanistan shelters Pakistani Taliban fighters.""",
[(SHL, "AF", "Dangam", 3, "d0", "Pakistan", "civilians")],
"foreign shelling into Afghanistan; weekend clashes with 'dozens' are background; overnight = publication day"),

("d4w-suwayda-clashes-israeli-strikes", "2025-07-14 19:40", "Dozens killed in Syria's Suwayda as Israel strikes government tanks",
"""BEIRUT, July 14 (Kestrel) - Fighting between Druze armed factions and Bedouin tribal fighters in the southern Syrian city of Suwayda killed at least 30 people on {d-1}, a war monitor said, before government troops moved in to restore order on {d0}.

The clashes began when Druze gunmen attacked the Bedouin quarter of al-Maqwas after weeks of tit-for-tat kidnappings on the Damascus highway, the Syrian Observatory for Human Rights said.

As government columns advanced on {d0}, Israel's military said its aircraft struck several tanks near the village of al-Mazraa, west of the city, to protect the Druze minority. It did not say whether anyone was killed.

Israel has a large Druze community and has repeatedly warned Damascus against deploying heavy weapons in southern Syria.""",
[(CL, "SY", "Suwayda", 30, "d-1", "Druze militias", "Bedouin tribal fighters"),
 (AIR, "SY", "al-Mazraa", None, "d0", "Israel", "Syria")],
"two events on two days; 'kidnappings' are general background; the strike's toll is silent = null"),

("d4w-oddar-meanchey-thai-f16", "2025-07-24 16:15", "Thai jets bomb Cambodian army positions as border fighting flares",
"""BANGKOK, July 24 (Kestrel) - Thailand sent F-16 fighter jets to bomb Cambodian army positions in Cambodia's Oddar Meanchey province on {d0}, the Thai army said, the most serious escalation in a long-running dispute over their border.

A Thai army spokesman said the jets destroyed two Cambodian military targets in Banteay Ampil district. Cambodia's defence ministry condemned what it called "reckless and brutal military aggression" and said the strikes had hit a road, without giving casualty figures.

Relations have been tense since a Cambodian soldier was killed in a brief exchange of fire in May, and both countries had reinforced their troops along the frontier.""",
[(AIR, "KH", "Banteay Ampil", None, "d0", "Thailand", "Cambodia")],
"foreign jets strike in Cambodia: the country is Cambodia; the May death is background"),

("d4w-evin-prison-toll", "2025-06-29 12:30", "Iran says 79 killed in Israeli strike on Tehran's Evin prison",
"""DUBAI, June 29 (Kestrel) - Iran's judiciary said on {d0} that 79 people, including prisoners, staff, soldiers doing military service and visiting relatives, were killed when Israel struck Tehran's Evin prison last Monday.

The judiciary's spokesman had earlier put the toll at 71. The strike hit the prison's administrative building and visitors' hall on the last full day of the 12-day war between the two countries, before a ceasefire took effect.

Israel's military has said it targeted "regime targets and government repression bodies" in Tehran that day. Rights groups said political prisoners held in the jail had been put at risk.""",
[(AIR, "IR", "Evin prison", 79, "d-6", "Israel", "civilians")],
"a strike told six days later: 'last Monday'; toll 71 -> 79; the ceasefire is background"),

("d4w-amritsar-temple-grenade", "2025-03-15 08:45", "Grenade thrown at temple in India's Punjab, no injuries",
"""CHANDIGARH, March 15 (Kestrel) - Two men on a motorcycle threw a grenade at a Hindu temple in the Khandwala area of Amritsar, in India's Punjab state, early on {d0}, shortly after midnight, damaging the temple wall, police said on {d0}. No one was hurt.

CCTV footage showed the pair stopping outside the temple gate, throwing an object and riding away seconds before the explosion. The priest was asleep inside.

Punjab police have blamed a series of grenade attacks on police posts in the state since November on groups backed from Pakistan. Amritsar's police commissioner said the attackers had been identified.""",
[(GRE, "IN", "Amritsar", 0, "d0", "two men", "civilians")],
"grenade after midnight = publication day; no one hurt = 0; earlier attacks background; Punjab is Indian here"),

("d4w-tajik-border-drone-chinese-workers", "2025-11-27 14:05", "Attack from Afghanistan kills three Chinese workers in Tajikistan",
"""DUSHANBE, Nov 27 (Kestrel) - A drone carrying explosives flew in from Afghanistan and struck a camp of a Chinese mining company in Tajikistan's Shamsiddin Shohin district late on {d-1}, killing three Chinese workers, Tajikistan's foreign ministry said.

The ministry said the drone had been armed with a grenade and a firearm and blamed "criminal groups" based across the river in Afghanistan. Afghanistan's Taliban government said it was investigating and condemned the attack.

China urged Tajikistan to protect its citizens and companies. The two governments have deepened security cooperation along the mountainous border, which runs for more than 1,300 km.""",
[(AIR, "TJ", "Shamsiddin Shohin", 3, "d-1", None, "civilians")],
"cross-border drone strike in Tajikistan; the blame of 'criminal groups' is no initiator; late on Wednesday = Wednesday"),

# ---- negatives ----
("d4w-shell-climate-appeal", "2024-11-12 14:40", "Shell wins appeal against Dutch climate ruling",
"""THE HAGUE, Nov 12 (Kestrel) - Shell won its appeal on {d0} against a landmark 2021 ruling that had ordered the oil major to cut its carbon emissions by 45% by 2030, a blow to environmental groups who had hailed the original verdict.

The Hague Court of Appeal said Shell had a duty to reduce emissions but that the court could not impose a specific percentage on one company. Friends of the Earth Netherlands said it was considering a further appeal to the Supreme Court.

Shell's shares rose about 1% in Amsterdam after the ruling.""",
[], "Shell the company, a court ruling"),

("d4w-france-air-traffic-strike", "2025-07-03 07:30", "French air traffic controllers' strike grounds hundreds of flights",
"""PARIS, July 3 (Kestrel) - A strike by French air traffic controllers forced airlines to cancel hundreds of flights on {d0}, the first day of a two-day walkout over staffing and pay at the start of the summer holidays.

Ryanair said it had cancelled 170 flights affecting 30,000 passengers and called on the European Commission to protect overflights. The civil aviation authority asked airlines to cut schedules at Nice, Lyon and Marseille by up to half.

The controllers' union said management had ignored warnings of chronic understaffing.""",
[], "a workers' strike"),

("d4w-chess-olympiad-attack", "2024-09-20 19:50", "India's Gukesh crushes defence with kingside attack at Olympiad",
"""BUDAPEST, Sept 20 (Kestrel) - India's Gukesh Dommaraju launched a ferocious kingside attack to beat China's Wei Yi on {d0} and keep his team on course for a first Chess Olympiad gold.

Gukesh sacrificed a knight on move 24 and his rooks then tore through Black's defences. "The attack plan was ready after the opening," he said. "I just had to calculate it to the end."

India lead the open section by two points with two rounds to play.""",
[], "a chess 'attack' and 'sacrifice' (homonyms)"),

("d4w-mosul-battle-book-review", "2024-03-02 10:00", "Book review: the street-by-street agony of Mosul",
"""LONDON, March 2 (Kestrel) - A new history of the 2016-17 battle for Mosul reconstructs, from hundreds of interviews, nine months of fighting in which Iraqi forces and a U.S.-led coalition drove Islamic State from the city.

The author, a former war correspondent, is at her best on the western old city, where suicide car bombs, snipers and air strikes killed thousands of civilians. She puts the civilian toll at more than 9,000, well above official figures.

The book is weaker on the politics that followed. It is nonetheless the most vivid account yet of the largest urban battle since the Second World War.""",
[], "a history book review with tolls"),

("d4w-waterloo-field-hospital-dig", "2023-07-14 09:30", "Archaeologists find soldiers' bones at Waterloo field hospital",
"""BRUSSELS, July 14 (Kestrel) - Archaeologists digging at the site of Wellington's field hospital at Mont-Saint-Jean have uncovered the skeletons of at least four soldiers and amputated limbs from the 1815 Battle of Waterloo, the project said on {d0}.

Musket balls and a cannonball were found near the remains. Veterans taking part in the excavation said the finds showed the scale of the surgery carried out after the battle, in which some 50,000 men were killed or wounded.""",
[], "archaeology of an old battle"),

("d4w-rwanda-genocide-30-years", "2024-04-07 12:10", "Rwanda marks 30 years since genocide",
"""KIGALI, April 7 (Kestrel) - Rwanda began a week of mourning on {d0} to mark 30 years since the genocide in which more than 800,000 people, mostly ethnic Tutsis and moderate Hutus, were killed in 100 days.

President Paul Kagame lit a flame of remembrance at the Kigali Genocide Memorial, where more than 250,000 victims are buried, in the presence of foreign leaders including former U.S. president Bill Clinton.

Survivors gave testimony at a ceremony in the capital's main stadium.""",
[], "anniversary of a genocide with a big toll"),

("d4w-baltops-exercise", "2024-06-07 08:00", "NATO begins Baltic naval exercise with 50 ships",
"""KIEL, June 7 (Kestrel) - NATO allies began their annual BALTOPS naval exercise in the Baltic Sea on {d0}, with more than 50 ships, 45 aircraft and 9,000 personnel from 20 countries taking part.

The two-week drill includes amphibious landings, mine clearance and air defence firing, the U.S. Sixth Fleet said. It is the first edition with Sweden as a full member of the alliance.""",
[], "an exercise with live firing"),

("d4w-india-hypersonic-test", "2024-11-17 11:40", "India test-fires long-range hypersonic missile",
"""NEW DELHI, Nov 17 (Kestrel) - India successfully flight-tested a long-range hypersonic missile from an island off the coast of Odisha state on {d-1}, Defence Minister Rajnath Singh said, joining a small group of countries with the technology.

The missile, designed to carry various payloads over more than 1,500 km, was tracked by ground stations and ships, the Defence Research and Development Organisation said.""",
[], "a missile test"),

("d4w-saudi-us-arms-package", "2025-05-13 18:20", "U.S. and Saudi Arabia sign $142 billion arms package",
"""RIYADH, May 13 (Kestrel) - The United States and Saudi Arabia signed an arms sales agreement worth nearly $142 billion on {d0} during President Donald Trump's visit to the kingdom, the White House said.

The package covers air and missile defence, air force equipment, maritime security and communications, and training for Saudi forces, it said. Details of individual sales will be notified to Congress later.""",
[], "an arms deal"),

("d4w-hezbollah-warns-israel", "2025-10-05 17:30", "Hezbollah chief warns Israel against new offensive in Lebanon",
"""BEIRUT, Oct 5 (Kestrel) - Hezbollah leader Naim Qassem warned Israel on {d0} that any new offensive in Lebanon would be met with a response that would "surprise" it, and said the group would not hand over its weapons.

In a televised speech, Qassem said Israeli strikes since the November 2024 ceasefire had tested Lebanon's patience. The Lebanese army is drawing up a plan to bring all weapons under state control.""",
[], "a threat; a truce and strikes in general"),

("d4w-gaza-truce-takes-hold", "2025-10-11 09:15", "Gaza truce holds on first full day as displaced head north",
"""CAIRO, Oct 11 (Kestrel) - A ceasefire between Israel and Hamas held on {d0}, its first full day, as tens of thousands of displaced Palestinians walked back towards the ruins of Gaza City along the coastal road.

Israeli troops pulled back to agreed lines inside the enclave overnight, the military said. Mediators from Egypt, Qatar and Turkey said the exchange of hostages held in Gaza for Palestinian prisoners would begin within 72 hours.

Gaza's health ministry says more than 67,000 Palestinians have been killed in two years of war.""",
[], "a truce; aggregate toll"),

("d4w-russia-ukraine-1000-swap", "2025-05-25 20:05", "Russia and Ukraine complete largest prisoner exchange of the war",
"""KYIV, May 25 (Kestrel) - Russia and Ukraine completed on {d0} the last stage of a three-day prisoner exchange in which each side released 1,000 people, the largest swap since Russia's full-scale invasion began.

The exchange, agreed at talks in Istanbul, took place at the border with Belarus. Freed Ukrainians, some wrapped in national flags, were taken by bus to the Chernihiv region.""",
[], "a prisoner exchange"),

("d4w-hong-kong-wwii-bomb", "2024-01-21 11:20", "Hong Kong police defuse WWII bomb, evacuating 1,200",
"""HONG KONG, Jan 21 (Kestrel) - Police bomb disposal officers made safe a 450 kg U.S.-made aerial bomb from the Second World War found on a construction site in Quarry Bay on {d-1}, after evacuating about 1,200 residents overnight.

Officers cut open the casing and burned out the explosive, police said. It was the latest of several wartime bombs found on Hong Kong building sites in recent years.""",
[], "an old bomb made safe: no incident"),

("d4w-un-haiti-gang-suppression-force", "2025-10-01 07:40", "UN approves new force to fight Haiti's gangs",
"""NEW YORK, Oct 1 (Kestrel) - The U.N. Security Council on {d-1} approved a new 5,550-strong Gang Suppression Force for Haiti to replace the Kenyan-led mission, after months of gang attacks that have driven 1.4 million people from their homes.

The force, to be funded by voluntary contributions, will have powers to arrest gang members. Twelve countries voted in favour; Russia, China and Pakistan abstained.""",
[], "a force approved because of attacks"),

("d4w-carmaker-cyber-attack", "2025-09-16 10:30", "Cyber attack keeps Jaguar Land Rover plants shut for third week",
"""LONDON, Sept 16 (Kestrel) - Jaguar Land Rover extended the shutdown of its factories until at least Oct. 1 on {d0} as it recovers from a cyber attack that crippled its computer systems at the end of August.

The carmaker, owned by India's Tata Motors, said it was rebuilding its systems with cybersecurity specialists and police. Suppliers warned of job losses if the stoppage drags on.""",
[], "a cyber attack"),

("d4w-rotterdam-bank-hostage-taker", "2024-02-24 21:30", "Dutch police shoot armed man who took hostages in bank",
"""AMSTERDAM, Feb 24 (Kestrel) - Dutch police shot and killed an armed man who had held four bank employees hostage for several hours in Rotterdam on {d0}, prosecutors said.

The man, 38, was known to police for robbery and had demanded money and a car. He fired at officers when they stormed the building. None of the hostages was hurt, prosecutors said, and there was no indication of a political or terrorist motive.""",
[], "police kill a lone criminal: no armed group"),

("d4w-balochistan-coal-mine-blast", "2024-03-21 08:10", "Methane blast kills 12 miners in Pakistan coal mine",
"""QUETTA, March 21 (Kestrel) - A methane gas explosion trapped and killed 12 coal miners in a mine in Harnai district of Pakistan's Balochistan province on {d-1}, a mines inspector said.

Rescuers recovered the bodies from a depth of about 1,000 feet after hours of work. Accidents are common in the province's mines, where safety rules are rarely enforced.""",
[], "a mine explosion: an accident"),

("d4w-antananarivo-gen-z-protest", "2025-09-29 16:50", "Madagascar police fire tear gas at youth protest over power cuts",
"""ANTANANARIVO, Sept 29 (Kestrel) - Police fired tear gas to disperse thousands of young people protesting against water and power cuts in Madagascar's capital on {d0}, the fourth day of demonstrations led by a movement calling itself Gen Z Madagascar.

Protesters marched towards the May 13 square carrying banners demanding the president's resignation. Shops were shuttered and some were looted, witnesses said. A night curfew remained in force.""",
[], "a protest with tear gas and looting"),

("d4w-icc-kushayb-conviction", "2025-10-06 13:30", "ICC convicts Janjaweed leader of Darfur war crimes",
"""THE HAGUE, Oct 6 (Kestrel) - The International Criminal Court on {d0} found Ali Muhammad Ali Abd-Al-Rahman, known as Ali Kushayb, guilty of war crimes and crimes against humanity committed in Darfur in 2003 and 2004, including murders, rapes and attacks on villages.

Judges said he had personally beaten detainees and ordered executions in the town of Deleig. He is the first person convicted by the court over Darfur. Sentencing will follow at a later date.""",
[], "a court verdict on old crimes"),

("d4w-aid-worker-deaths-record", "2024-11-22 06:40", "2024 is deadliest year for aid workers on record, UN says",
"""GENEVA, Nov 22 (Kestrel) - At least 281 aid workers have been killed worldwide this year, making 2024 the deadliest on record for humanitarians, the U.N. humanitarian office said on {d0}.

More than 230 of them were killed in Gaza, most of them staff of the U.N. agency for Palestinian refugees, it said. Sudan, South Sudan and Ukraine accounted for most of the others.""",
[], "an aggregate toll"),
]
