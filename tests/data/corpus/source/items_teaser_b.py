from common import *

FEED = ("dev/teaser-b.atom.xml", "atom", "https://regionalpulse.example.org/latest", "Regional Pulse: Latest")
REGISTER = "teaser"

ITEMS = [
("tera-convoy-ambush", "2024-03-22 10:15", "Niger: 23 soldiers killed as convoy is ambushed near Tera",
"""The defence ministry says troops "neutralised" dozens of assailants in the fighting on {d-2}, near the border with Burkina Faso and Mali.""",
[(CL, "NE", "Tera", 23, "d-2", None, "Niger")], "toll only in the headline; dozens of attackers is not a number; two neighbours named"),

("explainer-shahed", "2024-10-03 08:00", "Explainer: what is the Shahed drone and why is it so hard to stop?",
"""Cheap, slow and launched in swarms, the Iranian-designed drone has become the workhorse of Russia's long-range campaign. Here is how it works.""",
[], "explainer, no incident"),

("nawa-roadside-bomb", "2023-08-14 13:30", "Roadside bomb wounds six soldiers in Daraa countryside",
"""The device went off as an army truck drove past the town of Nawa on {d0}. Nobody has claimed responsibility.""",
[(IED, "SY", "Nawa", None, "d0", None, "Syria")], "injuries only"),

("tariff-barrage-exporters", "2025-04-07 06:30", "Tariff barrage pummels Asian exporters",
"""Markets from Tokyo to Jakarta fell sharply as investors weighed the cost of the new US duties on electronics and textiles.""",
[], "figurative barrage"),

("thangmeiband-grenade", "2023-09-05 07:55", "Grenade lobbed at Imphal shop, owner hurt",
"""Two men on a scooter threw the grenade at a hardware store in Thangmeiband on {d-1} night and sped off, Imphal West police said.""",
[(GRE, "IN", "Thangmeiband", None, "d-1", None, "civilians")], "grenade; state and country never named"),

("prisoner-swap-390", "2025-05-23 15:10", "Ukraine and Russia swap 390 prisoners each",
"""It was the first stage of the largest exchange of the war, agreed at talks in Istanbul. More releases are expected over the weekend.""",
[], "prisoner exchange"),

("el-fasher-hq-falls", "2025-10-26 19:20", "RSF claims capture of army's last stronghold in El Fasher",
"""The paramilitary group posted video from inside the 6th Infantry Division base on {d0}. The army did not immediately respond.""",
[(NSA, "SD", "El Fasher", None, "d0", "Rapid Support Forces", "Sudan")], "base taken"),

("jellyfish-invasion", "2024-07-29 11:45", "'Invasion' of jellyfish shuts beaches on Spain's east coast",
"""Red flags flew from Valencia to Alicante after lifeguards treated hundreds of swimmers for stings.""",
[], "figurative invasion"),

("jilib-us-strike", "2024-05-30 09:40", "US strike kills al-Shabaab commander near Jilib",
"""US Africa Command said the air strike on {d-1} was carried out at the request of the Somali government and that no civilians were harmed.""",
[(AIR, "SO", "Jilib", 1, "d-1", "United States", "Al-Shabaab")], "foreign air strike; one named commander = 1"),

("un-kashmir-exchange", "2024-09-28 02:20", "India and Pakistan trade barbs over Kashmir at UN",
"""Islamabad's prime minister accused New Delhi of repression in the valley; India's delegate replied that Pakistan exported terrorism.""",
[], "diplomatic words"),

("west-shewa-killings", "2023-11-20 14:00", "Residents say 14 killed by gunmen in Oromia's West Shewa",
"""Survivors blamed the Oromo Liberation Army, which denied it. The regional government has given no figures.""",
[(CIV, "ET", "West Shewa", 14, None, "gunmen", "civilians")], "attribution denied; no day"),

("nikopol-shelling", "2024-08-19 16:25", "Russian shelling kills two in Nikopol",
"""Artillery fire hit a residential street in the riverside town on {d0} afternoon, the governor of Dnipropetrovsk region said.""",
[(SHL, "UA", "Nikopol", 2, "d0", "Russia", "civilians")], "shelling"),

("iran-bank-hack", "2025-06-17 10:30", "Hackers claim attack on Iranian state bank",
"""A group calling itself Predatory Sparrow said it had wiped data at Bank Sepah; customers reported that cash machines were down.""",
[], "cyber attack"),

("negev-missile-intercepted", "2025-07-18 03:55", "Missile from Yemen intercepted over the Negev; sirens in Beersheba",
"""The Israeli military said the ballistic missile was shot down in the early hours of {d0}. The Houthis claimed the launch.""",
[(DIS, "IL", "Negev", None, "d0", "Israel", "Houthis")], "interception"),

("review-civil-war", "2024-04-12 12:00", "Film review: 'Civil War' drives through an America at war with itself",
"""Alex Garland's road movie follows four journalists towards Washington; the battles are terrifying, the politics deliberately vague.""",
[], "film review"),

("kaura-namoda-abduction", "2024-02-14 08:50", "Bandits abduct 30 near Kaura Namoda",
"""Gunmen on motorcycles surrounded a village outside the town late on {d-1} and led away women and children, a community leader said.""",
[(ABD, "NG", "Kaura Namoda", None, "d-1", "bandits", "civilians")], "30 abducted is not a toll"),

("army-chief-maiduguri", "2024-06-11 17:00", "Army chief visits troops in Maiduguri, vows to end insurgency",
"""He told soldiers at the Maimalari barracks that "the end of Boko Haram is near" and promised new armoured vehicles.""",
[], "visit and promise"),

("catatumbo-dissidents-eln", "2025-01-19 09:20", "Eight dead as rebel groups clash in Catatumbo",
"""Fighting between the ELN and FARC dissidents around Tibú has forced thousands of families to flee towards Cúcuta.""",
[(CL, "CO", "Tibú", 8, None, "ELN", "FARC dissidents")], "clash between two armed groups; no day"),

("punjab-floods-army", "2025-08-29 06:45", "Floodwaters batter Pakistan's Punjab; army evacuates thousands",
"""Soldiers used boats and helicopters to move villagers from the banks of the Ravi and Sutlej as rivers hit record levels.""",
[], "floods; army in a rescue role"),

("boni-bus-mine", "2023-10-09 12:40", "Bus hits mine near Boni, killing 6 passengers",
"""The vehicle was travelling from Douentza to Gao when it struck the explosive, a transport union official said.""",
[(IED, "ML", "Boni", 6, None, None, "civilians")], "landmine; no day"),

("chad-turkish-drones", "2024-07-17 10:00", "Chad takes delivery of Turkish combat drones",
"""The aircraft were shown at a ceremony at the air base in N'Djamena attended by the transitional president.""",
[], "arms delivery"),

("barmal-strikes-toll", "2024-12-25 08:30", "Pakistani jets strike Paktika; Taliban say 46 killed",
"""Taliban spokesmen said the strikes late on {d-1} hit villages in Barmal district and killed mostly women and children. Islamabad did not confirm.""",
[(AIR, "AF", "Barmal", 46, "d-1", "Pakistan", "civilians")], "cross-border air strike"),

("taliban-vow-response", "2024-12-26 07:10", "Taliban vow to respond to Pakistani strikes",
"""The defence ministry in Kabul said the "cowardly act" would not go unanswered; Pakistan's foreign office urged restraint.""",
[], "threat after an earlier strike"),

("mamove-adf-night-raid", "2023-06-08 11:05", "ADF rebels hack 19 to death in Beni territory",
"""Villagers in Mamove found the bodies after the overnight raid, a civil society leader said. The army has sent reinforcements.""",
[(CIV, "CD", "Mamove", 19, "d0", "Allied Democratic Forces", "civilians")], "machete killings; overnight"),

("totalenergies-mozambique", "2025-03-12 09:00", "TotalEnergies to restart Mozambique LNG work",
"""The project in Cabo Delgado was halted in 2021 after an insurgent attack on Palma. The company says security has improved.""",
[], "business; old attack as background"),

("sudzha-retaken", "2025-03-13 18:40", "Russia says it has retaken Sudzha",
"""Moscow's defence ministry said on {d0} that troops had recaptured the town in the Kursk region; Kyiv said its units were regrouping.""",
[(GOV, "RU", "Sudzha", None, "d0", "Russia", "Ukraine")], "state retakes its own town from a foreign force"),

("opinion-sahel-info-war", "2024-09-20 07:00", "Opinion: Why the Sahel's juntas keep winning the information war",
"""Every ambush is denied, every drone strike is a triumph. Our columnist on how Bamako, Ouagadougou and Niamey shape what their citizens see.""",
[], "opinion column"),

("mugunga-camp-bombs", "2024-05-03 15:20", "Bombs hit Goma camp for displaced, killing 12",
"""Shells fell on the Mugunga camp west of the city on {d0}. The army blamed M23 rebels, who accused government troops.""",
[(SHL, "CD", "Mugunga", 12, "d0", None, "civilians")], "shelling; mutual blame leaves initiator unknown"),

("abuja-bank-guard", "2024-01-23 13:15", "Armed robbers kill bank guard in Abuja",
"""The gang escaped with cash after a shootout at a branch in the Wuse district, police said; two suspects were arrested.""",
[], "crime, no armed group"),

("aitaroun-ground-fight", "2024-10-15 06:20", "Israeli troops and Hezbollah fighters clash in Aitaroun",
"""Hezbollah said its fighters ambushed an Israeli unit on the edge of the border village on {d-1}; the Israeli army said two soldiers were killed.""",
[(CL, "LB", "Aitaroun", 2, "d-1", "Hezbollah", "Israel")], "ground clash; country never named"),

("haiti-mission-more-police", "2024-06-25 14:50", "Kenyan police arrive in Haiti after months of gang attacks",
"""The first 400 officers landed in Port-au-Prince to lead the UN-backed mission; gangs control most of the capital.""",
[], "deployment because of attacks"),

("caborca-migrants-taken", "2023-12-05 18:30", "Armed men abduct 11 migrants from bus in Sonora",
"""The travellers were pulled off the coach near Caborca on {d-1}, the state prosecutor said. Two have since been found.""",
[(ABD, "MX", "Caborca", None, "d-1", "gunmen", "civilians")], "abduction"),

("red-square-rehearsal", "2025-05-07 09:30", "Tanks roll through Red Square in Victory Day rehearsal",
"""Armoured columns and missile launchers filled central Moscow before the parade marking 80 years since the defeat of Nazi Germany.""",
[], "parade rehearsal"),

("taiz-sniper-child", "2023-07-11 16:40", "Sniper kills boy in Taiz, rights group says",
"""The 11-year-old was shot while fetching water in the city's eastern district; the group blamed Houthi fighters.""",
[(CIV, "YE", "Taiz", 1, None, "Houthis", "civilians")], "age is not a toll"),

("thai-cambodia-truce", "2025-07-29 05:15", "Thailand and Cambodia agree ceasefire after border fighting",
"""Leaders meeting in Malaysia agreed an unconditional truce from midnight; five days of clashes had killed more than 30 people.""",
[], "truce with an aggregate toll"),

("kantharalak-rockets", "2025-07-24 17:35", "Cambodian rockets hit Thai petrol station, killing 8",
"""Rockets fired across the border struck the station in Sisaket's Kantharalak district on {d0}. Thai F-16s later bombed two Cambodian positions in Oddar Meanchey.""",
[(SHL, "TH", "Kantharalak", 8, "d0", "Cambodia", "civilians"), (AIR, "KH", "Oddar Meanchey", None, "d0", "Thailand", "Cambodia")], "two events in two countries"),

("october-7-two-years", "2025-10-07 08:00", "Israel marks two years since October 7 attack",
"""Ceremonies were held at kibbutzim in the south where about 1,200 people were killed. Families of hostages gathered in Tel Aviv.""",
[], "anniversary"),

("gwoza-wedding-bombers", "2024-06-30 12:25", "Suicide bombers hit wedding and hospital in Gwoza",
"""Police in Borno said a woman detonated explosives among guests on {d-1}, killing 18; a second bomber struck the general hospital soon after.""",
[(SUI, "NG", "Gwoza", 18, "d-1", None, "civilians"), (SUI, "NG", "Gwoza", None, "d-1", None, "civilians")], "two suicide bombings, two places in one town"),

("shelling-out-uniforms", "2024-08-20 06:00", "Parents shelling out more for school uniforms",
"""A survey found families now spend an average of £422 per child on blazers, shoes and sports kit.""",
[], "figurative shelling"),

("kirkuk-car-bomb-dismantled", "2023-04-04 11:00", "Security forces dismantle car bomb in Kirkuk",
"""The vehicle, parked near a busy market, was packed with explosives. Engineers made it safe without injury, the Security Media Cell said.""",
[(DIS, "IQ", "Kirkuk", 0, None, "Iraq", None)], "defused car bomb; no day"),
("tripoli-abu-salim-clashes", "2025-05-13 07:40", "Heavy clashes rock Tripoli after armed group's leader is killed",
"""Gunfire and explosions echoed through Abu Salim overnight as units allied to the Government of National Unity fought the Stability Support Apparatus, whose commander was killed on {d-1}.""",
[(CL, "LY", "Abu Salim", None, "d0", "Government of National Unity", "Stability Support Apparatus")], "Tripoli of Libya; the commander's killing told only as the trigger"),

("cukurca-base-attack", "2023-07-18 10:05", "Two soldiers killed in PKK attack in Hakkari",
"""Militants opened fire on a border outpost in Çukurca district on {d-1}, the defence ministry said, adding that the attackers were "neutralised" in the pursuit.""",
[(CL, "TR", "Çukurca", 2, "d-1", "Kurdistan Workers' Party", "Turkey")], "attackers 'neutralised' gives no number"),

("yahukimo-miners-killed", "2025-04-10 09:30", "Papuan rebels say they killed 11 gold miners in Yahukimo",
"""The armed wing of the Free Papua Movement accused the miners of spying for the military. Police said bodies were still being recovered from the remote site.""",
[(CIV, "ID", "Yahukimo", 11, None, "West Papua National Liberation Army", "civilians")], "armed group's own claim; no day"),

("barkaram-base-attack", "2024-10-28 11:15", "Boko Haram kills 40 soldiers at army base in Chad",
"""Fighters stormed the base at Barkaram, on an island in the Lake Chad region, late on {d-1}, the presidency said. The president flew in to lead the pursuit.""",
[(CL, "TD", "Barkaram", 40, "d-1", "Boko Haram", "Chad")], "attack on a base; island place name"),

("jermuk-shelling", "2022-09-13 08:25", "Armenia says Azerbaijani shelling hits Jermuk",
"""Artillery and drones struck military positions and villages around the spa town after midnight, Yerevan said; Baku spoke of "provocations" it had repelled.""",
[(SHL, "AM", "Jermuk", None, "d0", "Azerbaijan", "Armenia")], "shelling across a border; after midnight = publication date"),

("sam-ouandja-ambush", "2024-04-02 13:50", "Peacekeeper killed in ambush in north-east Central African Republic",
"""Unidentified gunmen attacked a MINUSCA patrol near Sam Ouandja on {d-1}, the UN mission said, and one peacekeeper died of his wounds.""",
[(CL, "CF", "Sam Ouandja", 1, "d-1", "unidentified gunmen", "MINUSCA")], "peacekeepers attacked; unknown attackers"),

("loikaw-gas-bombs", "2024-03-04 15:10", "Karenni fighters say junta drones dropped gas bombs near Loikaw",
"""Resistance fighters said several of them fell ill with vomiting and breathing trouble after the drone attack on their frontline positions on {d-2}.""",
[(CHEM, "MM", "Loikaw", None, "d-2", "Myanmar", "Karenni Nationalities Defence Force")], "chemical weapon claim; illness, no deaths"),

("biak-film-award", "2024-11-29 12:40", "Film on 1998 Biak killings wins festival prize",
"""The documentary pieces together survivors' memories of the day security forces fired on a flag-raising crowd on the island, an event still disputed in Jakarta.""",
[], "film about a historic massacre"),

("benin-north-recruitment", "2025-02-03 08:50", "Benin to recruit 5,000 soldiers for its northern border",
"""The government announced the recruitment after an attack on a military post in Park W killed 28 soldiers last month. Training starts in March.""",
[], "recruitment; the earlier attack is background"),
]
