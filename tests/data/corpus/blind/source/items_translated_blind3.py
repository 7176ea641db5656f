from common import *

FEED = ("blind/translated-c3.rss.xml", "rss", "https://press-digest.example.com/tr", "Foreign Press Digest (machine-assisted translation)")
REGISTER = "translated"

ITEMS = [
# ---- positives ----
("kherson-antonivka-woman-perished", "2024-10-16 08:20", "Occupiers shelled Antonivka: a woman perished",
"""Translated from Ukrainian.

Yesterday, around 17:00, the Russian army carried out artillery shelling of Antonivka of the Kherson city territorial community. As a result of a hit near a multi-storey building, a woman of 67 years perished on the spot, informs the Kherson regional military administration.

Also injured is a man of 45 years, he is hospitalised with a shrapnel wound of moderate severity. Damaged are the windows of two houses and a gas pipe.

During the past day the enemy in total carried out 38 attacks on the region, the administration adds.""",
[(SHL, "UA", "Antonivka", 1, "d-1", "Russia", "civilians")],
"'perished'; ages are no tolls; the daily count of attacks is no event"),

("mod-novoolenivka-liberated", "2025-01-29 10:05", "Units of the 'Centre' group liberated the settlement Novoolenivka",
"""Translated from Russian.

On {d-1}, units of the group of forces 'Centre' by decisive actions liberated the settlement Novoolenivka of the Donetsk People's Republic, reports the Ministry of Defence of the Russian Federation.

In the course of the fighting the enemy lost up to 410 servicemen, three armoured vehicles and two field artillery guns, the ministry claims. Independent confirmation of these losses is not possible.

Ukrainian General Staff in its morning report mentions fighting near Novoolenivka but does not speak of a withdrawal.""",
[(NSA, "UA", "Novoolenivka", None, "d-1", "Russia", "Ukraine")],
"a foreign state's forces take a village: non-state-actor territory type by convention; 'up to 410' is a side's unverified claim of losses -> null"),

("tarmiyah-explosive-belt-pmf", "2023-05-09 19:40", "Martyrdom of three fighters of the Mobilisation in a suicide attack in Tarmiyah",
"""Translated from Arabic.

The Security Media Cell said in a statement that a terrorist of the Daesh gangs, wearing an explosive belt, detonated himself this afternoon among a force of the Popular Mobilisation during a search operation in the orchards of the Tarmiyah district, north of the capital.

The explosion caused the martyrdom of three of the fighters and the wounding of five others, who were transferred to the hospital. The body of the terrorist was found torn apart at the site.

The cell added that the operations of pursuing the remnants of the terrorist gangs in the area will continue.""",
[(SUI, "IQ", "Tarmiyah", 3, "d0", "Islamic State", "Popular Mobilization Forces")],
"'caused the martyrdom of' = killed; bomber not in the count"),

("bajil-aggression-raids", "2024-02-24 21:00", "American-British aggression launches three raids on Bajil",
"""Translated from Arabic.

The American-British aggression launched, this evening, three raids on the Bajil district in the governorate of Hodeidah, a source in the governorate said.

The source did not mention any casualties. The raids come, he said, in the framework of the continuous aggression against our country for supporting the oppressed people of Gaza.

The aggression had launched on Wednesday raids on the airport of Hodeidah.

Witnesses said the raids shook the area and that the sound of aircraft was heard over the coast for about an hour.""",
[(AIR, "YE", "Bajil", None, "d0", "United States", None)],
"'launched raids on' = air strikes; silence on casualties is null; the earlier raids are background"),

("karimama-positions-attacked", "2025-04-19 12:10", "Attack against the positions of the army at Karimama: four soldiers fell",
"""Translated from French.

The positions of the Armed Forces of Benin in the commune of Karimama, in the department of Alibori, were the object of an attack on Thursday in the early morning by armed terrorist groups coming from the park W, announced the chief of staff.

Four of our soldiers fell on the field of honour. A dozen assailants were neutralised and the rest pushed back towards the border. The Jama'at Nusrat al-Islam wal-Muslimin claimed the attack on its channels on Friday.

The government presents its condolences to the families and calls on the population to collaborate with the defence and security forces.""",
[(CL, "BJ", "Karimama", 4, "d-2", "JNIM", "Benin")],
"'fell on the field of honour'; 'neutralised' attackers not a toll; claim in a later sentence"),

("tillia-village-chief-kidnapped", "2024-07-15 11:30", "Tillia: the chief of a village kidnapped by unidentified armed individuals",
"""Translated from French.

In the night of Saturday to Sunday, unidentified armed individuals on motorcycles burst into a hamlet of the commune of Tillia (region of Tahoua), and took away the chief of the village, a man of about 60 years, report local sources.

The assailants fired into the air, took also two telephones, and left in direction of the border with Mali. No one was wounded.

The defence and security forces have launched searches. It is the third kidnapping of a village chief in the zone since the start of the year.""",
[(ABD, "NE", "Tillia", 0, "d-1", "unidentified armed individuals", "civilians")],
"night of Saturday to Sunday = Sunday; abduction of one person; stated zero; earlier kidnappings as a count"),

("baga-sola-market-kamikaze", "2024-03-04 09:15", "Lac: a kamikaze blows himself up at the market of Baga Sola",
"""Translated from French.

A kamikaze made explode his belt yesterday around 10 h at the entrance of the weekly market of Baga Sola, in the Lac province, making five dead, the kamikaze included, and eleven wounded, according to the governor of the province.

The wounded were evacuated to the hospital of Bol. The market, which receives traders from Niger, Nigeria and Cameroon, has been closed until new order.

No group has claimed the act so far.

Security has been reinforced in the town.""",
[(SUI, "TD", "Baga Sola", 5, "d-1", None, "civilians")],
"suicide bomb; the text's count includes the bomber; neighbouring countries named only as traders' origin"),

("celaya-bar-grenade", "2024-11-11 07:50", "Launch grenade against bar in Celaya; the balance is three dead",
"""Translated from Spanish.

Armed subjects threw a grenade to the interior of a bar located in the colonia Las Insurgentes, in Celaya, Guanajuato, in the early morning of this Monday. The balance is three dead and six injured, reported the municipal secretary of citizen security.

According to witnesses, the aggressors arrived in a grey pickup, launched the artefact through the door and fled towards the Celaya-Salamanca highway. The wounded were transferred to the general hospital.

In the past month, the municipality has accumulated more than 30 homicides attributed to the dispute between criminal cells.""",
[(GRE, "MX", "Celaya", 3, "d0", "armed men", "civilians")],
"grenade thrown by unnamed men; 'the balance is three dead'; a monthly tally is no event"),

("jamundi-drone-police-station", "2024-06-22 23:10", "With drone loaded with explosives attack police station in Jamundí",
"""Translated from Spanish.

Dissidents of the Jaime Martínez front attacked this Saturday afternoon with a drone loaded with explosives the police station of the corregimiento of Potrerito, in rural Jamundí, Valle del Cauca. There were no victims, only material damages to the roof, informed the Police of Cali.

The governor of Valle described the act as 'a demonstration of terror'. It is the fourth attack with drones in the south of the department this month.

The policemen on duty were moved to the urban centre of Jamundí.""",
[(AIR, "CO", "Potrerito", 0, "d0", "FARC dissidents", "Colombia")],
"drone attack by a dissident front; stated zero; a monthly count is no event"),

("muidumbe-miangalewa-beheadings", "2023-08-21 13:00", "Insurgents decapitated four people in Muidumbe",
"""Translated from Portuguese.

Four people were decapitated on Saturday by insurgents in the village of Miangalewa, district of Muidumbe, province of Cabo Delgado, residents told our newspaper.

The victims, all men, had gone to their fields to harvest cassava when they were surprised by the group. Their bodies were found the next morning by relatives.

The Defence and Security Forces and the Rwandan contingent have reinforced patrols on the road between Muidumbe and Mueda.

Residents of Miangalewa said many families have left for Mueda.""",
[(CIV, "MZ", "Miangalewa", 4, "d-2", "insurgents", "civilians")],
"killings by beheading; Rwandan patrols are no event"),

("rask-police-station-jaish-al-zolm", "2024-04-04 06:40", "Martyrdom of five police in terrorist attack on Rask police station",
"""Translated from Persian.

Terrorists of the Jaish al-Zolm group last night attacked the headquarters of the police command of Rask county in Sistan and Baluchestan province, the deputy governor announced.

In the clash, which lasted several hours, five guardians of the police reached the degree of martyrdom and three of the terrorists were killed. Order has returned to the city, he said.

The deputy governor said that the attackers had come from across the eastern border.

The security forces are pursuing the attackers.""",
[(CL, "IR", "Rask", 8, "d-1", "Jaish al-Adl", "Iran")],
"'Jaish al-Zolm' is the state's name for Jaish al-Adl; 5 + 3 = 8; 'last night'"),

("ann-western-command-captured", "2024-12-21 10:00", "The Arakan Army completely seized the Western Command headquarters",
"""Translated from Burmese.

The Arakan Army has announced that it completely seized the headquarters of the military council's Western Regional Military Command in Ann town, Rakhine State, on {d-1}, after more than two weeks of fighting.

The statement said that the commanders of the military council and many soldiers were captured alive. The military council has not made any comment.

The AA now controls most of the townships of Rakhine State. The military council's aircraft continued to bomb villages near Ann on the night after the fall, residents said.""",
[(NSA, "MM", "Ann", None, "d-1", "Arakan Army", "Myanmar")],
"a group takes a command and its town on the last day of long fighting; later bombing named without a day or place"),

("metina-air-operation-neutralised", "2023-09-18 15:20", "Four PKK terrorists were neutralised in an air operation in the Metina region",
"""Translated from Turkish.

The National Defence Ministry announced that four PKK terrorists who were determined to be preparing an attack on our bases were neutralised in an air-supported operation in the Metina region of northern Iraq.

'Our struggle against terrorism will continue with determination until the last terrorist is neutralised,' the ministry said in its statement.

The ministry added that since the start of the year 1,247 terrorists were neutralised in Iraq and Syria, and that the Claw-Lock operations continue as planned.""",
[(AIR, "IQ", "Metina", None, None, "Turkey", "PKK")],
"foreign air operation in another country; 'neutralised' is no toll; no day given"),

("yahukimo-teacher-shot-kkb", "2025-03-24 08:30", "KKB shoot dead teacher in Yahukimo, school set on fire",
"""Translated from Indonesian.

The armed criminal group (KKB) shot dead a teacher in Suru-Suru district, Yahukimo regency, Highland Papua, on Friday afternoon, the Damai Cartenz task force said.

After shooting the victim, a man of 38 years originally from Toraja, the group set fire to the school building and two teachers' houses. Six other teachers fled into the forest and were evacuated by helicopter on Saturday.

The joint TNI-Polri forces are hunting the perpetrators.

The school was to hold its exams the next week.""",
[(CIV, "ID", "Suru-Suru", 1, "d-3", "West Papua National Liberation Army", "civilians")],
"'KKB' is the state's term for the TPNPB; a 38-year-old is no toll; evacuation is no event"),

("bannang-sata-roadside-bomb-rangers", "2024-05-06 06:50", "Bomb beside road in Bannang Sata, two rangers wounded",
"""Translated from Thai.

At 07.30 hrs yesterday, a bomb hidden in a metal box on the roadside exploded as a ranger patrol of the 41st task force passed on the road in Moo 3, Tham Talu subdistrict, Bannang Sata district, Yala province. Two rangers were wounded and taken to Bannang Sata hospital.

Officials found fragments of a detonator operated by mobile telephone. The police are examining closed-circuit cameras in the area.

It is the second roadside bomb in the district this month.""",
[(IED, "TH", "Bannang Sata", None, "d-1", None, "Thailand")],
"remote explosive; wounded only -> null; no attacker named"),

("kobo-town-control-defence-forces", "2024-02-27 13:40", "Defence forces took control of Kobo town",
"""Translated from Amharic.

The National Defence Forces, after a measure they took on Sunday against the extremist force that was causing disturbance in the area, have taken control of Kobo town and the surrounding kebeles, the North Wollo zone communication office reported.

Many members of the extremist force were killed and others surrendered with their weapons. The office said that banks and the market will resume service.

Kobo had been under the control of Fano militia since January.

Transport to Woldia has resumed.""",
[(GOV, "ET", "Kobo", None, "d-2", "Ethiopia", "Fano")],
"the army retakes a town in its own country; the state's 'extremist force' is the Fano named later; 'many' -> null"),

("siversk-poisonous-substance", "2025-06-02 19:00", "Occupiers used munitions with poisonous substance near Siversk",
"""Translated from Ukrainian.

In the Siversk direction, the occupiers today dropped from drones munitions equipped with a poisonous substance of irritant action on the positions of our defenders near Verkhnokamianske, informs the press service of the operational-tactical group.

Thanks to the timely use of means of individual protection, no one of the personnel suffered. Samples were sent for laboratory examination.

In May alone, the Russian army used chemical munitions more than 400 times on the front, according to the Support Forces.""",
[(CHEM, "UA", "Verkhnokamianske", 0, "d0", "Russia", "Ukraine")],
"chemical munitions from drones; 'no one suffered' = 0; monthly aggregate is no event"),

("damascus-air-defences-kisweh", "2023-09-14 06:00", "Our air defences confront an Israeli aggression on the vicinity of Damascus",
"""Translated from Arabic.

At around 1:20 after midnight, the Israeli enemy carried out an air aggression with missiles from the direction of the occupied Syrian Golan, targeting some points in the vicinity of Damascus, a military source said.

Our air defences confronted the missiles of the aggression and downed most of them. One missile fell on a warehouse near Kisweh, causing material losses only, without human casualties, the source said.

It is the third aggression on the vicinity of the capital this month.""",
[(DIS, "SY", "Damascus", None, "d0", "Syria", "Israel"),
 (AIR, "SY", "Kisweh", 0, "d0", "Israel", None)],
"salvo partly shot down and partly hitting: two events; 'after midnight' is the publication day; stated zero for the hit"),

# ---- negatives ----
("strategic-nuclear-forces-training", "2024-10-18 16:00", "Training of strategic nuclear forces held under the leadership of the Supreme Commander",
"""Translated from Russian.

Under the leadership of the Supreme Commander-in-Chief, a training of the strategic nuclear forces was carried out, during which practical launches of ballistic and cruise missiles were performed, the Ministry of Defence reports.

The Yars intercontinental missile was launched from the Plesetsk cosmodrome, and the strategic missile carriers Tu-95MS launched cruise missiles. All missiles reached the set targets at the Kura range in Kamchatka.

The tasks of the training were fully completed, the Ministry noted. Crews of strategic submarines also took part.""",
[], "exercise with missile launches reaching 'targets'"),

("crimean-tatar-deportation-remembrance", "2024-05-18 12:00", "Ukraine honours the memory of the victims of the genocide of the Crimean Tatar people",
"""Translated from Ukrainian.

Today Ukraine commemorates the victims of the deportation of the Crimean Tatar people of 1944. In three days in May of that year, the Soviet regime sent out of the peninsula about 200,000 people; by various estimates up to half of them perished on the way and in the first years of exile.

In the temporarily occupied Crimea, the occupiers again forbade the mourning gatherings, report human rights defenders. In Kyiv people lit candles near the Verkhovna Rada.""",
[], "anniversary of a deportation with a big toll; a ban on gatherings"),

("karrada-bombing-death-sentence", "2024-02-12 11:00", "Death sentence for a terrorist involved in the Karrada crime",
"""Translated from Arabic.

The Central Criminal Court issued a sentence of death by hanging against a terrorist convicted of participation in the preparation of the truck bomb that targeted the Karrada district in 2016 and caused the martyrdom of hundreds of citizens, the Supreme Judicial Council said.

The convict had confessed to transporting the explosive materials from the western desert. The sentence is subject to appeal.

The attack, claimed by Daesh, is considered the deadliest single bombing in Baghdad since 2003.""",
[], "court verdict on an old bombing"),

("mali-new-aircraft-received", "2024-10-02 17:30", "The army receives new aircraft and drones",
"""Translated from French.

The Armed Forces of Mali received on Tuesday at the air base 101 of Sénou a new lot of military aircraft and drones, in presence of the president of the transition, General Assimi Goïta.

According to the minister of defence, these means will permit to 'reinforce the ascendancy over the terrorist armed groups' and to secure the whole national territory. The origin of the equipment was not specified.

The ceremony took place in presence of the ambassadors of partner countries.""",
[], "arms delivery; talk of terrorist groups with no act"),

("dakar-teachers-strike", "2025-02-05 10:45", "The strike of the teachers paralyses the schools",
"""Translated from French.

The unions of teachers launched on Monday a strike of 72 hours renewable, which paralysed on Tuesday most of the public schools of Dakar, Thiès and Ziguinchor. The strikers demand the payment of allowances promised since 2022.

The minister of education called for dialogue and warned that the days not worked will be deducted from salaries. A new meeting is announced for Thursday.

Parents of pupils expressed their worry for the end of the school year. In the private schools, classes continued normally.""",
[], "a workers' strike"),

("talleres-striker-bomb", "2024-09-16 01:20", "A bomb of the striker gives Talleres the derby",
"""Translated from Spanish.

The striker of Talleres unleashed a bomb from 30 metres in minute 88 that exploded in the top corner and gave the derby of Córdoba to the team of Barrio Jardín against Belgrano, 1-0 at the Kempes stadium.

'It was a missile,' admitted the goalkeeper of the Pirate after the match. Belgrano had attacked the whole second half without finding the goal. The fans celebrated with fireworks until late in the night.

With this victory Talleres climbs to second place in the table.""",
[], "football: bomb, striker, exploded, missile, attacked; Córdoba"),

("luanda-restaurant-gas-explosion", "2024-08-27 14:00", "Explosion of gas bottle in restaurant makes three dead in Luanda",
"""Translated from Portuguese.

Three people died and seven were injured this morning in the explosion of a gas bottle in the kitchen of a restaurant in the municipality of Cazenga, Luanda, the Civil Protection and Firefighters service informed.

According to the spokesperson, a leak in the valve of the bottle was at the origin of the explosion, which also destroyed two neighbouring stalls. Investigations continue.

The firefighters needed more than one hour to control the fire. The owner of the restaurant was heard by the police.""",
[], "accidental gas explosion with a toll"),

("sacred-defence-week-parade", "2024-09-21 09:30", "New missile unveiled in the parade of the Sacred Defence Week",
"""Translated from Persian.

In the parade of the armed forces on the occasion of the start of the Sacred Defence Week, held in front of the mausoleum of the founder of the revolution, the Corps of the Guardians of the Revolution unveiled a new ballistic missile with a range of 1,700 kilometres.

The Sacred Defence Week commemorates the eight years of the imposed war of the Baathist regime against Iran, in which hundreds of thousands were martyred. The commander of the army warned that any aggression will face a 'crushing response'.""",
[], "parade and unveiling; a war's history with a big toll; a warning"),

("kurram-jirga-ceasefire", "2024-10-30 15:30", "Grand jirga makes tribes of Kurram agree on ceasefire",
"""Translated from Urdu.

The grand jirga, after negotiations lasting three days in Kohat, has made the two sides of the Kurram district agree on a ceasefire for one month, the Kohat commissioner said. According to the agreement, both tribes will hand over bunkers to the administration and will not carry heavy weapons on roads.

In the clashes of the last months more than 100 people had lost their lives. The Parachinar road will remain closed until the security of convoys is ensured.""",
[], "truce by a jirga; aggregate toll of past months"),

("myanmar-ceasefire-extension-earthquake", "2025-04-22 08:00", "Military council extends temporary ceasefire",
"""Translated from Burmese.

The State Security and Peace Commission announced that the temporary ceasefire declared for the relief and reconstruction after the earthquake will be extended until 30 April.

The statement said that the Tatmadaw will take 'necessary measures' if armed groups attack, gather forces or expand territory during the period. Some ethnic armed organisations said the military continued air strikes during the ceasefire, but did not give details.

The earthquake of 28 March killed more than 3,700 people, according to the military council.""",
[], "ceasefire extension; a warning; an allegation with no act, place or day"),

("mit-captures-terrorist-syria", "2024-06-13 10:00", "MIT captured a so-called official of the terrorist organisation in Syria",
"""Translated from Turkish.

The National Intelligence Organisation (MIT), in an operation it carried out in Syria, captured a so-called official of the PKK/YPG terrorist organisation who was on the wanted list, and brought him to Turkey.

According to security sources, the terrorist was involved in the planning of attacks against our security forces in Hatay in 2019. He was arrested by the court and sent to prison.

According to the same sources, the terrorist had been under surveillance by MIT teams for a long time.""",
[], "a capture and arrest; an old attack named as history"),

("wuhan-earthquake-centre-cyber-attack", "2023-07-27 09:00", "Wuhan earthquake monitoring centre suffered cyber attack from abroad",
"""Translated from Chinese.

The Wuhan Earthquake Monitoring Centre was attacked by hacker organisations and lawless elements from abroad, the National Computer Virus Emergency Response Centre and the public security bureau of Wuhan said. The attackers implanted backdoor programmes in the front-end network equipment and could steal seismic intensity data.

The police have opened a case. Experts said the data has military value.

The spokesperson of the Ministry of Foreign Affairs said China firmly opposes all forms of cyber attack and will take necessary measures to protect its security.""",
[], "cyber attack; 'attacked' and 'implanted' with no armed act"),
]
