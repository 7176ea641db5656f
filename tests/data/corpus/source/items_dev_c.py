from common import *

FEED = ("dev/wire-c.feed.json", "json", "https://frontline.example.com/story", "Frontline Daily")
REGISTER = "wire"

ITEMS = [
("afghanistan-helmand-fighting", "2021-05-05 09:00", "Taliban launch offensive in Helmand as US troops withdraw",
"""Taliban fighters attacked Afghan army checkpoints on the outskirts of Lashkar Gah, the capital of Helmand province, on {d-1}, and fighting continued into the night, officials said.

The Afghan air force struck Taliban positions in Nad Ali district, killing 21 insurgents, the defence ministry said.""",
[(CL, "AF", "Lashkar Gah", None, "d-1", "Taliban", "Afghanistan"), (AIR, "AF", "Nad Ali", 21, "d-1", "Afghanistan", "Taliban")], "two events"),

("syria-deir-ezzor-us-strikes", "2023-03-24 10:00", "US carries out air strikes in Syria after drone kills contractor",
"""U.S. warplanes carried out air strikes on facilities used by groups linked to Iran's Revolutionary Guards in eastern Syria's Deir ez-Zor on {d-1}, the Pentagon said, hours after a drone attack killed an American contractor at a base near Hasakah.

Five U.S. troops and a second contractor were wounded in the drone attack, which U.S. intelligence assessed was of Iranian origin.""",
[(AIR, "SY", "Deir ez-Zor", None, "d-1", "United States", "Revolutionary Guards"), (AIR, "SY", "Hasakah", 1, "d-1", None, "United States")], "two air events"),

("nigeria-kano-exercise", "2023-09-12 10:00", "Nigerian Air Force shows off new attack helicopters",
"""The Nigerian Air Force displayed two newly delivered AH-1Z attack helicopters at a ceremony in Kano on {d0}, part of a $997 million US sale approved last year.

Officials said the aircraft would strengthen operations against bandits and insurgents in the northwest.""",
[], "arms delivery"),

("ukraine-odesa-drones-downed", "2023-07-24 07:00", "Ukraine says it downed most drones aimed at Odesa port",
"""Ukraine's air force said it shot down 15 of 17 Iranian-made Shahed drones launched by Russia overnight, mostly over the Odesa region. Debris damaged a grain warehouse in the port of Reni, officials said.""",
[(DIS, "UA", "Odesa", None, "d0", "Ukraine", "Russia")], "interception"),

("burkina-solhan-massacre", "2021-06-06 10:00", "Gunmen kill at least 132 villagers in Burkina Faso's deadliest attack",
"""Gunmen killed at least 132 civilians in an overnight raid on the village of Solhan in northern Burkina Faso, the government said on {d-1}, the deadliest attack since jihadists began operating in the country.

The attackers also burned houses and the market. The government declared three days of mourning.""",
[(CIV, "BF", "Solhan", 132, "d-1", "gunmen", "civilians")], "overnight raid told in a statement on d-1: the night into d-1"),

("iraq-anbar-mass-grave", "2023-03-20 12:00", "Mass grave of IS victims uncovered near Ramadi",
"""Iraqi authorities said on {d0} they had found a mass grave holding the remains of about 60 people killed by Islamic State militants when they controlled Anbar province in 2014 and 2015.""",
[], "history"),

("gaza-jabalia-airstrike", "2023-11-01 09:00", "Israeli strike hits Jabalia refugee camp",
"""An Israeli air strike hit a densely populated block in the Jabalia refugee camp in northern Gaza on {d-1}, killing dozens of people, Palestinian health officials said.

The Israeli military said the strike killed a Hamas commander involved in the October 7 attack.""",
[(AIR, "PS", "Jabalia", None, "d-1", "Israel", "Hamas")], "dozens -> null; history reference"),

("mali-moura-massacre", "2022-04-05 09:00", "Rights group accuses Malian troops and foreign fighters of Moura massacre",
"""Malian soldiers and foreign fighters believed to be Russian executed around 300 civilian men over several days in the central town of Moura in late March, Human Rights Watch said in a report on {d0}.

Mali's army said it had killed 203 militants in a military operation in the town and denied abuses.""",
[(CIV, "ML", "Moura", 300, None, "Mali", "civilians")], "reported abuse, recent; date vague"),

("uk-storm-eunice", "2022-02-18 16:00", "Storm Eunice batters Britain with record gusts",
"""Storm Eunice battered southern England and Wales on {d0}, killing three people and ripping part of the roof off London's O2 arena. A gust of 122 mph was recorded on the Isle of Wight.

The army was on standby to help.""",
[], "weather"),

("philippines-abu-sayyaf-beheading", "2019-05-12 08:00", "Abu Sayyaf militants behead Filipino hostage in Sulu",
"""Abu Sayyaf militants beheaded a Filipino hostage they had held for months in Sulu province on {d-1}, the military said. Troops recovered his body in Patikul town.

The group is holding several other captives for ransom, officials said.""",
[(CIV, "PH", "Patikul", 1, "d-1", "Abu Sayyaf", "civilians")], "beheading attack on civilians"),

("saudi-aramco-attack", "2019-09-14 12:00", "Drone attacks set fire to Saudi Aramco plants",
"""Drones attacked two Saudi Aramco oil facilities at Abqaiq and Khurais early on {d0}, starting fires that were later brought under control, the interior ministry said.

Yemen's Houthis claimed responsibility, saying they had sent ten drones. No casualties were reported.""",
[(AIR, "SA", "Abqaiq", 0, "d0", "Houthis", None)], "drone attack -> air"),

("kashmir-encounter", "2023-11-17 11:00", "Five militants killed in Kashmir encounter",
"""Five militants were killed in a gunfight with Indian security forces in Kulgam district of Jammu and Kashmir on {d0}, police said. The operation was launched on a tip-off.""",
[(CL, "IN", "Kulgam", 5, "d0", "India", "militants")], "encounter = clash"),

("argentina-world-cup", "2022-12-18 20:00", "Messi's Argentina win World Cup after shoot-out",
"""Argentina beat France on penalties to win the World Cup in Qatar on {d0}, after Kylian Mbappe's hat-trick dragged the holders back twice. Messi scored two goals in a thrilling match that ended 3-3.""",
[], "sports shoot-out"),

("ukraine-kramatorsk-station", "2022-04-08 11:00", "Rocket strike on Kramatorsk station kills 50",
"""A rocket strike on a railway station in Kramatorsk, eastern Ukraine, killed 50 people, including five children, as civilians waited to be evacuated on {d0}, officials said.

Russia denied responsibility, saying it did not use the Tochka-U missiles found at the scene.""",
[(SHL, "UA", "Kramatorsk", 50, "d0", "Russia", "civilians")], "occurred despite denial by alleged perpetrator"),

("yemen-us-uk-strikes", "2024-01-12 06:00", "US and Britain strike Houthi targets in Yemen",
"""U.S. and British warplanes and ships launched strikes against more than 60 targets in Houthi-controlled Yemen overnight, including radar sites and drone launch facilities, U.S. officials said on {d0}.

The Houthis said five of their fighters were killed and vowed to retaliate.""",
[(AIR, "YE", "Yemen", 5, "d0", "United States", "Houthis")], "airstrikes; vow follows"),

("congo-drill-peacekeepers", "2023-08-30 09:00", "UN peacekeepers hold evacuation drill in Goma",
"""UN peacekeepers in Goma carried out an evacuation exercise on {d0} to prepare for a possible rebel advance on the city, a MONUSCO spokesman said.""",
[], "drill"),

("somalia-hotel-siege", "2022-08-21 09:00", "Somali forces end 30-hour hotel siege in Mogadishu",
"""Somali security forces ended a 30-hour siege of the Hayat Hotel in Mogadishu on {d0}, after al-Shabaab gunmen stormed the building following two car bomb blasts. At least 21 people were killed, officials said.

The attack began on {d-2} evening.""",
[(IED, "SO", "Mogadishu", 21, "d-2", "Al-Shabaab", None)], "complex attack: car bombs then gunmen storming the hotel, one act labelled by its most specific type (car bomb)"),

("myanmar-mine-blast-rakhine", "2022-11-02 09:00", "Landmine kills three children in Myanmar's Rakhine",
"""Three children were killed and two injured when a landmine exploded near their village in Myanmar's Rakhine state on {d-1}, a local administrator said, amid fighting between the army and the Arakan Army.""",
[(IED, "MM", "Rakhine", 3, "d-1", None, "civilians")], "landmine"),

("iran-arms-drones-russia", "2022-10-18 12:00", "Iran agrees to supply Russia with more drones and missiles",
"""Iran has promised to provide Russia with surface-to-surface missiles and more drones, two Iranian officials and two diplomats said on {d0}, a deal that is likely to anger the United States.

Tehran denies supplying weapons used in Ukraine.""",
[], "arms deal + denial"),

("nigeria-military-airstrike-error", "2023-12-05 10:00", "Nigerian army drone strike kills villagers celebrating festival",
"""A Nigerian army drone mistakenly bombed villagers celebrating a religious festival in Tudun Biri, Kaduna state, on {d-2}, killing at least 85 people, emergency officials said.

The army said the drone had been on a routine mission against terrorists and had misread the villagers' pattern of activity.""",
[(AIR, "NG", "Tudun Biri", 85, "d-2", "Nigeria", "civilians")], "air strike, accident word 'mistakenly'"),

("eritrea-drill-missile-test", "2023-05-16 10:00", "India tests nuclear-capable Agni missile",
"""India successfully test-fired an Agni-5 ballistic missile with multiple warheads from an island off Odisha on {d-2}, the defence ministry said, joining a small group of nations with the technology.""",
[], "missile test"),

("drc-ituri-codeco", "2023-06-13 10:00", "CODECO militia kills 45 in Congo displacement camp",
"""Militiamen from the CODECO group attacked the Lala camp for displaced people in Congo's Ituri province overnight, killing 45 people, including children, with machetes and guns, local officials said on {d0}.""",
[(CIV, "CD", "Lala", 45, "d0", "CODECO", "civilians")], "attack on civilians"),

("egypt-sinai-checkpoint", "2022-05-08 09:00", "Militants attack Egyptian checkpoint in Sinai, 11 soldiers killed",
"""Militants attacked a water pumping station east of the Suez Canal in Egypt's Sinai peninsula on {d-1}, killing an officer and 10 soldiers, the army said. Five soldiers were wounded.

Islamic State's Sinai affiliate later claimed the attack.""",
[(CL, "EG", "Sinai", 11, "d-1", "Islamic State", "Egypt")], "1+10=11"),

("pakistan-stock-market", "2023-06-02 10:00", "Karachi stocks slump as budget fails to impress",
"""Pakistan's benchmark index fell 2% on {d0} as investors reacted to a budget that analysts said missed IMF targets. The defence allocation was raised by 13%.""",
[], "business/budget"),

("ukraine-kherson-recaptured", "2022-11-11 16:00", "Ukrainian troops enter Kherson after Russian withdrawal",
"""Ukrainian troops entered the southern city of Kherson on {d0} after Russia completed its withdrawal across the Dnipro river, a major setback for Moscow. Residents waved flags and hugged soldiers in the central square.

"Kherson is ours," President Volodymyr Zelensky said.""",
[], "city entered after the Russian withdrawal, no fight: a non-violent transfer, no event (SPEC labelling conventions)"),

("syria-sarin-khan-sheikhoun-anniversary", "2022-04-04 10:00", "Survivors mark five years since Khan Sheikhoun sarin attack",
"""Residents of Idlib gathered on {d0} to mark five years since the sarin attack on Khan Sheikhoun that killed more than 80 people. UN investigators blamed the Syrian government for the attack.""",
[], "anniversary chemical"),

("ethiopia-oromia-abduction-students", "2019-12-21 10:00", "Abducted Ethiopian university students still missing",
"""Seventeen university students who were abducted by unidentified armed men in Ethiopia's western Oromia region earlier this month are still missing, their families said on {d0}.

The students were seized on a bus in the Kellem Wollega zone as they fled unrest at Dembi Dollo university.""",
[(ABD, "ET", "Kellem Wollega", None, None, "armed men", "civilians")], "abduction, date vague"),

("germany-car-bomb-wwii", "2023-08-02 08:00", "Thousands evacuated as WWII bomb defused in Cologne",
"""Thousands of people were evacuated in Cologne on {d-1} while experts defused a 1-tonne World War Two bomb found on a building site. Bomb disposal teams finished the work within two hours.""",
[], "WWII bomb defused, not armed violence"),

("sudan-el-fasher-shelling", "2024-05-12 10:00", "RSF shelling kills civilians in El Fasher",
"""The Rapid Support Forces shelled residential neighbourhoods of El Fasher, the capital of North Darfur, on {d-1}, killing at least 27 civilians, according to Doctors Without Borders. The army responded with air strikes on RSF positions east of the city.""",
[(SHL, "SD", "El Fasher", 27, "d-1", "Rapid Support Forces", "civilians"), (AIR, "SD", "El Fasher", None, "d-1", "Sudan", "Rapid Support Forces")], "two events"),

("tanzania-grenade-festival-fireworks", "2023-01-01 08:00", "Fireworks light up Dar es Salaam as crowds welcome new year",
"""Huge crowds gathered on the seafront in Dar es Salaam to watch fireworks explode over the harbour as the new year began. Police said the celebrations passed off peacefully.""",
[], "fireworks 'explode'"),

("afghanistan-kabul-airport-bomb", "2021-08-26 20:00", "Suicide bombing outside Kabul airport kills 13 US troops",
"""A suicide bomber struck crowds outside Kabul airport's Abbey Gate on {d0}, killing at least 60 Afghans and 13 U.S. service members, officials said. Islamic State Khorasan claimed the attack.""",
[(SUI, "AF", "Kabul", 73, "d0", "Islamic State Khorasan", "United States")], "60+13=73"),

("south-sudan-peace-politics", "2023-09-14 09:00", "South Sudan leaders trade accusations over delayed elections",
"""South Sudan's President Salva Kiir and his first deputy Riek Machar traded barbs on {d0} over the slow pace of preparations for elections due next year, raising fears that the 2018 peace deal could unravel.""",
[], "politics"),

("iraq-kurdistan-iran-missile", "2024-01-16 10:00", "Iran fires missiles at Erbil, says it hit Israeli 'spy HQ'",
"""Iran's Revolutionary Guards fired ballistic missiles at targets in Erbil, the capital of Iraq's Kurdistan region, late on {d-1}, killing four civilians, including a prominent businessman and his infant daughter, Kurdish officials said.

Iraq recalled its ambassador from Tehran in protest.""",
[(SHL, "IQ", "Erbil", 4, "d-1", "Iran", "civilians")], "missile attack"),

("cameroon-kidnap-priest", "2022-09-20 10:00", "Gunmen kidnap five priests in western Cameroon",
"""Armed men kidnapped five Catholic priests, a nun and three other people after setting fire to a church in Nchang in Cameroon's South-West region on {d-4}, the diocese said.

No group claimed the abduction, but separatist fighters are active in the area.""",
[(ABD, "CM", "Nchang", None, "d-4", "armed men", "civilians")], "abduction"),

("israel-drone-intercept-eilat", "2023-10-31 19:00", "Israel intercepts missile fired from Yemen over Red Sea",
"""Israel's Arrow air defence system intercepted a surface-to-surface missile fired towards Eilat from the Red Sea area on {d0}, the military said, in the first operational use of the system. Yemen's Houthis said they had fired ballistic missiles and drones at Israel.""",
[(DIS, "IL", "Eilat", None, "d0", "Israel", "Houthis")], "interception"),

("france-police-shooting", "2023-06-28 09:00", "Riots in Paris suburbs after police shoot teenager",
"""Youths set cars alight and fired fireworks at police in Nanterre overnight after an officer shot dead a 17-year-old during a traffic stop, officials said. Forty people were arrested.""",
[], "police, riot"),

("colombia-cocaine-army-clash", "2022-03-04 10:00", "Colombian army kills 23 dissidents in bombing raid near Ecuador border",
"""The Colombian military killed 23 FARC dissidents in a bombing raid on a camp in Putumayo province near the Ecuadorean border on {d-1}, the defence minister said.""",
[(AIR, "CO", "Putumayo", 23, "d-1", "Colombia", "FARC dissidents")], "bombing raid = air"),

("niger-coup-politics", "2023-07-27 11:00", "Niger soldiers say they have ousted President Bazoum",
"""Soldiers in Niger said on national television late on {d-1} that they had removed President Mohamed Bazoum from power, closed the borders and suspended institutions. Bazoum was being held at the presidential palace.

The African Union and ECOWAS condemned what they called an attempted coup.""",
[], "coup without armed violence"),

("ukraine-crimean-bridge-blast", "2022-10-08 09:00", "Explosion damages bridge linking Crimea to Russia",
"""A truck bomb exploded on the Kerch bridge linking Russia to annexed Crimea early on {d0}, setting fuel wagons on a train on fire and collapsing part of the road span, Russian officials said. Three people were killed.

Ukraine did not claim responsibility.""",
[(IED, "UA", "Kerch bridge", 3, "d0", None, None)], "truck bomb; Crimea -> UA"),

("somalia-airstrike-us-africom", "2023-05-24 09:00", "US air strike kills al-Shabaab fighters near Bacadweyne",
"""U.S. Africa Command said it carried out an air strike against al-Shabaab fighters who were attacking Somali forces near Bacadweyne on {d-1}. It said no civilians were hurt. Three militants were killed in the strike, the command added.""",
[(AIR, "SO", "Bacadweyne", 3, "d-1", "United States", "Al-Shabaab")], "air strike"),

("thailand-deep-south-bomb", "2022-08-18 08:00", "Coordinated bomb and arson attacks hit Thailand's deep south",
"""Insurgents set off small bombs and started fires at 17 locations, mostly convenience stores and petrol stations, across Pattani, Yala and Narathiwat provinces overnight, police said on {d-1}. One person was injured.""",
[(IED, "TH", "Pattani", None, "d-1", "insurgents", None)], "coordinated bombings"),

("us-budget-ukraine-aid", "2023-12-06 18:00", "Senate Republicans block Ukraine aid package",
"""Republicans in the US Senate blocked a $110 billion emergency spending bill for Ukraine and Israel on {d0}, demanding tougher border security measures. President Biden warned that Russia would benefit from the delay.""",
[], "budget/politics"),

("syria-hts-drone-attack-intercept", "2023-10-25 11:00", "Syrian army says it shot down rebel drones over Hama",
"""Syria's army said its air defences downed four drones launched by Hayat Tahrir al-Sham fighters at government-held areas in the northern Hama countryside on {d-1}. There were no casualties.""",
[(DIS, "SY", "Hama", 0, "d-1", "Syria", "Hayat Tahrir al-Sham")], "interception"),

("syria-khan-sheikhoun-sarin", "2017-04-04 16:00", "Dozens killed in suspected gas attack on Syrian town",
"""At least 58 people, including 11 children, were killed in a suspected chemical attack on the rebel-held town of Khan Sheikhoun in Syria's Idlib province on {d0}, a monitoring group said.

Doctors said victims showed symptoms consistent with exposure to a nerve agent. Rebels blamed government warplanes, and the Syrian army denied using any chemical weapons.""",
[(CHEM, "SY", "Khan Sheikhoun", 58, "d0", "Syria", "civilians")], "chemical, denial by accused"),

("iraq-mosul-chlorine-is", "2017-03-04 10:00", "Iraqi troops treated after Islamic State chlorine attack in Mosul",
"""Seven Iraqi soldiers and five civilians were treated for exposure to chlorine after Islamic State militants fired rockets loaded with the gas at advancing troops in western Mosul on {d-1}, the Red Cross said.""",
[(CHEM, "IQ", "Mosul", None, "d-1", "Islamic State", "Iraq")], "chemical, injuries only"),
]
