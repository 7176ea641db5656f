from common import *

# Translated copy written by helper cls-translated in session 5 for issue 14, without
# reading the blind items: literal turns of Arabic, French, Spanish, Portuguese,
# Persian, Urdu, Burmese, Russian and Ukrainian ("launched three raids on" for air
# raids, "was the object of an attack", "found death", "left three dead", "fell on the
# field of honour", "unidentified armed individuals", "guided aviation bombs"), places
# given in the source language's spelling with their province, and false friends of the
# register: a court case about a plot, a memorial day, rhetoric about "terrorism" and
# "massacres", arrests, a weekly tally of "neutralised" terrorists, a drill, demining, an
# accident in a depot and a denial.
FEED = ("dev/tr-translated-a.rss.xml", "rss", "https://perevod-monitor.example.net/en", "Monitor of the Foreign Press (English)")
REGISTER = "translated"

ITEMS = [
("sy-jurin-drone-car", "2024-11-18 09:20", "Citizen martyred as terrorists target car with explosive drone in Hama countryside",
"""Hama, SANA - A citizen was martyred and three others were injured when the terrorist organizations deployed in the Idlib countryside targeted with a drone loaded with explosives a civilian car on the road of the town of Jurin in the al-Ghab Plain, in the northwestern countryside of Hama, on {d-1} evening.

A source in the police command of Hama told the SANA reporter that the injured were transferred to the national hospital in Suqaylabiyah.""",
[(AIR, "SY", "Jurin", 1, "d-1", "terrorist organizations", "civilians")],
"translated Arabic: 'targeted with a drone loaded with explosives', 'a citizen was martyred'"),

("iq-tarmiyah-pmf-checkpoint", "2024-03-05 08:00", "Three fighters of the Popular Mobilisation martyred in attack of Daesh remnants north of Baghdad",
"""Baghdad - Three fighters of the Popular Mobilisation Forces were martyred and two others wounded on {d-1} night in an attack carried out by remnants of the terrorist gangs of Daesh against one of the checkpoints of the 22nd brigade in the district of Tarmiyah, north of the capital, a security source said.

The source added that the fighters of the checkpoint repelled the attackers after an exchange of fire that lasted half an hour, and that a force was sent to comb the orchards of the area.""",
[(CL, "IQ", "Tarmiyah", 3, "d-1", "Islamic State", "Popular Mobilization Forces")],
"translated Arabic: 'remnants of the terrorist gangs of Daesh', 'were martyred', a checkpoint attacked and defended"),

("ye-hodeidah-aggression-raids", "2024-02-27 06:45", "American-British aggression launches three raids on Hodeidah",
"""Sanaa - The American-British aggression launched on {d-1} evening three raids on the area of al-Jabbana in the city of Hodeidah, a local source reported.

The source explained that the raids targeted the area west of the city, without giving further details about losses. The aggression had launched on Saturday a series of raids on the governorate of Hajjah, the source said.""",
[(AIR, "YE", "Hodeidah", None, "d-1", "United States", None)],
"translated Arabic: 'launched three raids on' means air raids; an earlier series is background"),

("ly-ain-zara-formations", "2023-08-16 12:30", "Four dead in clashes between armed formations in Ain Zara",
"""Tripoli - Clashes with medium and heavy weapons broke out on {d-1} night in the area of Ain Zara, in the south of the capital Tripoli, between two armed formations affiliated to the presidential council, the emergency medicine centre announced.

The centre said in a statement that the number of dead reached 4, among them a young man who was passing by, and that its ambulances evacuated 11 wounded. Residents reported that calm returned in the morning after the mediation of elders.""",
[(CL, "LY", "Ain Zara", 4, "d-1", None, None)],
"translated Arabic: 'clashes with medium and heavy weapons broke out', 'the number of dead reached 4'"),

("sd-karari-rsf-shells", "2024-05-21 10:10", "Seven citizens killed in shelling of the Rapid Support militia on Karari",
"""Omdurman - The terrorist Rapid Support militia targeted on {d-1} with artillery shells the neighbourhoods of the locality of Karari in the north of Omdurman, which led to the death of seven citizens, among them two children, and the injury of 19 others, the resistance committees of the area said.

The committees said that the shells fell on a market and on houses, and that the militia continues its random shelling of the residential areas.""",
[(SHL, "SD", "Karari", 7, "d-1", "Rapid Support Forces", "civilians")],
"translated Arabic: 'targeted with artillery shells', 'led to the death of seven citizens'"),

("ml-tessit-fama-object", "2024-08-07 19:00", "The FAMa were the object of an attack at Tessit: three soldiers fell on the field of honour",
"""The General Staff of the Armies informs that on {d-1} in the morning the unit of the FAMa stationed at Tessit, in the circle of Ansongo, was the object of an attack by armed terrorist groups. The riposte of our forces was vigorous and the assailants were put to flight.

The provisional balance is as follows: on the side of the FAMa, three soldiers fell on the field of honour and five were wounded; on the side of the assailants, several bodies were left on the ground. The General Staff presents its condolences to the families.""",
[(CL, "ML", "Tessit", None, "d-1", None, "Mali")],
"translated French: 'was the object of an attack', 'fell on the field of honour', 'several bodies' make the total vague (null)"),

("bf-didyr-individuals", "2023-12-12 14:00", "About forty civilians lost life in an attack in the commune of Didyr",
"""Unidentified armed individuals made an irruption on {d-2} in the village of Dassa, in the commune of Didyr, province of the Sanguié, and opened fire on the inhabitants gathered at the market, indicated local sources. About forty persons lost life, according to a provisional balance given by a notable of the commune.

Numerous inhabitants have fled towards Réo, the chief town of the province, a resident told us by telephone.""",
[(CIV, "BF", "Dassa", 40, "d-2", "unidentified armed individuals", "civilians")],
"translated French: 'unidentified armed individuals made an irruption', 'about forty persons lost life'"),

("ne-tillaberi-ied-fds", "2024-01-23 17:30", "Four soldiers found death in the explosion of a mine on the axis Tillabéri-Ayorou",
"""A vehicle of the Defence and Security Forces jumped on an improvised explosive device on {d-1} on the axis Tillabéri-Ayorou, about thirty kilometres from Tillabéri, communicated the Ministry of National Defence. Four soldiers found death and two others were wounded.

Searches launched after the explosion permitted to discover a second device, which was destroyed by the engineers.""",
[(IED, "NE", "Tillabéri", 4, "d-1", None, "Niger")],
"translated French: 'jumped on an improvised explosive device', 'found death'; a second device found is part of the same act"),

("cd-lubero-adf-machete", "2024-06-10 11:00", "At least 18 civilians killed with machetes by the ADF in Lubero",
"""The rebels of the ADF killed with machetes at least 18 civilians during the night of {d-2} to {d-1} in the locality of Mayikengo, in the territory of Lubero (North Kivu), announced the administrator of the territory. Several houses were set on fire and a dozen persons are missing.

The civil society of the zone asks the FARDC and the Ugandan army to reinforce their positions on the road Butembo-Kanyabayonga.""",
[(CIV, "CD", "Mayikengo", 18, "d-1", "Allied Democratic Forces", "civilians")],
"translated French: 'killed with machetes at least 18 civilians', 'the night of Sunday to Monday' gives the later day"),

("co-tame-patrol-explosives", "2024-04-16 15:45", "Attack with explosives against a military patrol in Tame leaves three soldiers dead",
"""Three soldiers dead and two wounded left an attack with explosives against a patrol of the Eighteenth Brigade in the rural zone of the municipality of Tame, Arauca, on {d-1}, informed the Army. According to the report, the uniformed men were moving on foot along the road to the hamlet of Betoyes when an artifact installed on the side of the road was activated.

The military authorities attributed the action to the ELN, which has not pronounced itself.""",
[(IED, "CO", "Tame", 3, "d-1", "National Liberation Army", "Colombia")],
"translated Spanish: 'left three soldiers dead', 'an artifact installed ... was activated'"),

("mx-apatzingan-confrontation", "2023-10-09 13:20", "Armed confrontation in Apatzingán leaves eight dead",
"""An armed confrontation between elements of the National Guard and members of a criminal cell left eight dead on {d-1} in the community of El Alcalde, municipality of Apatzingán, Michoacán, informed the state Secretariat of Security. Among the dead are a guardsman and seven presumed aggressors.

The elements were carrying out a patrol when they were attacked with firearms from two trucks; the repulsion of the aggression allowed the securing of long guns and cartridges.""",
[(CL, "MX", "El Alcalde", 8, "d-1", None, "Mexico")],
"translated Spanish: 'armed confrontation ... left eight dead', 'repulsion of the aggression'"),

("mm-kanbalu-junta-jets", "2024-01-08 09:00", "Military council jet fighters bomb village in Kanbalu, eleven villagers killed",
"""Two jet fighters of the military council dropped bombs on the village of Kinn in Kanbalu Township, Sagaing Region, at about 10 in the morning of {d-1}, killing 11 villagers including three children, a local defence force member said.

The bombs fell on the school and the monastery compound, where the villagers were sheltering, he said. The military council has not responded to the accusation.""",
[(AIR, "MM", "Kinn", 11, "d-1", "Myanmar", "civilians")],
"translated Burmese: 'jet fighters of the military council dropped bombs', the junta named by its local title"),

("pk-mir-ali-khwarij", "2024-09-14 16:00", "Two soldiers embrace shahadat in exchange of fire with khwarij in Mir Ali",
"""On {d-1}, khwarij opened fire on a convoy of the security forces in the general area of Mir Ali, North Waziristan District. Own troops effectively responded, and in the ensuing exchange of fire three khwarij were sent to hell, while two soldiers, having fought gallantly, embraced shahadat, the statement said.

A sanitisation operation is being carried out to eliminate any other khwarij found in the area.""",
[(CL, "PK", "Mir Ali", 5, "d-1", "Tehrik-i-Taliban Pakistan", "Pakistan")],
"translated Urdu idiom: 'embraced shahadat', 'sent to hell' as deaths, khwarij for the TTP"),

("ir-rask-terrorist-team", "2024-04-04 07:30", "Two police martyred in clash with terrorist team in Rask",
"""A terrorist team attacked the police headquarters of the city of Rask in the province of Sistan and Baluchestan on {d-1} night, and in the clash that followed two members of the police were martyred and four terrorists were killed, the deputy governor for security affairs said.

The group called Jaish al-Adl has claimed responsibility for the attack, he said, adding that calm has returned to the city.""",
[(CL, "IR", "Rask", 6, "d-1", "Jaish al-Adl", "Iran")],
"translated Persian: 'a terrorist team attacked', martyred police and killed terrorists add up"),

("mz-mbau-insurgents-beheaded", "2024-05-29 18:20", "Insurgents decapitate four residents in Mbau, Mocímboa da Praia",
"""Insurgents decapitated four residents of the village of Mbau, in the district of Mocímboa da Praia, province of Cabo Delgado, on {d-2}, according to local sources. The victims were peasants who had gone to their machambas to harvest cassava.

The population of the village fled to the district headquarters, where the Rwandan forces are stationed.""",
[(CIV, "MZ", "Mbau", 4, "d-2", "insurgents", "civilians")],
"translated Portuguese: 'decapitated four residents', the province named, not the country"),

("ua-kherson-guided-aviation-bombs", "2024-10-22 12:40", "Occupiers struck Kherson with guided aviation bombs: a woman perished",
"""The Russian army on {d0} morning dropped on the Korabelnyi district of Kherson two guided aviation bombs. As a result of the strike a woman of 70 years perished and four persons were wounded, informed the head of the regional military administration.

A multi-storey building, a shop and cars were damaged. Since the beginning of the day the enemy struck the territory of the oblast 46 times.""",
[(AIR, "UA", "Kherson", 1, "d0", "Russia", "civilians")],
"translated Ukrainian: 'dropped two guided aviation bombs', an age beside a toll of one, a daily count of strikes"),

("ru-shebekino-uav-car", "2024-07-02 08:15", "In the Shebekino district a drone of the VSU struck a car, the driver perished",
"""In the village of Murom of the Shebekino urban district an unmanned aerial vehicle of the VSU attacked a passenger car on {d-1} evening, the governor of the Belgorod oblast informed. The driver perished on the spot from the received wounds; his passenger was hospitalised with a mine-explosive trauma.

The car burned down fully.""",
[(AIR, "RU", "Murom", 1, "d-1", "Ukraine", "civilians")],
"translated Russian: 'an unmanned aerial vehicle of the VSU attacked a car', the driver perished"),

("ua-oleshky-command-post", "2024-05-14 18:30", "Defence Forces struck a command post of the occupiers near Oleshky",
"""On {d-1} the units of the Defence Forces of Ukraine struck with artillery a command post of a battalion of the occupiers on the left bank of the Dnipro, near Oleshky in the Kherson region, informed the operational command South. According to the preliminary data, the losses of the enemy are being clarified.

The enemy over the past day carried out 17 attacks on the positions of our troops on the left bank, all of them were repelled, the command said.""",
[(SHL, "UA", "Oleshky", None, "d-1", "Ukraine", "Russia")],
"translated Ukrainian: the Defence Forces of Ukraine as the side that struck; artillery named before the object"),

# negatives
("ru-court-plot-sentence", "2024-03-19 11:00", "A resident of Tver sentenced to 18 years for preparing a terrorist act",
"""The Second Western District Military Court sentenced to 18 years of colony of strict regime a resident of Tver who was preparing a terrorist act against a military enlistment office, the press service of the court informed. According to the investigation, the man had acquired components for an explosive device and was detained by the FSB in March of last year.

The convict did not admit guilt.""",
[], "translated Russian: a sentence for a plot, a 'terrorist act' never carried out: negative"),

("ua-airport-memorial-day", "2025-01-16 10:00", "Ukraine honours the memory of the defenders of the Donetsk airport",
"""Today Ukraine honours the memory of the defenders of the Donetsk airport, who held the terminals for 242 days against the Russian regular troops and the terrorist formations. In the defence of the airport perished more than 100 Ukrainian servicemen.

In Kyiv, at the Wall of Memory, the veterans, the families of the perished and the leadership of the General Staff laid flowers.""",
[], "translated Ukrainian: a memorial of a 2014-15 defence with its toll: negative"),

("ps-rhetoric-massacres", "2024-06-03 15:00", "The Foreign Ministry: the occupation continues its terrorism and its massacres against our people",
"""The Ministry of Foreign Affairs and Expatriates condemned in a statement on {d0} the continuation of the crimes of the occupation and its organised state terrorism against our people, which it said amounts to a war of extermination. The ministry called on the international community to assume its responsibilities to stop the massacres and to hold the officials of the occupation accountable before the international courts.

The ministry said it will follow up the file with the International Criminal Court.""",
[], "translated Arabic: rhetoric about terrorism and massacres with no act: negative"),

("bf-dori-arrests", "2024-02-14 12:00", "The gendarmerie interpellates twelve persons suspected of terrorism in Dori",
"""The elements of the gendarmerie of Dori, in the province of the Séno, proceeded on {d-2} to the interpellation of twelve individuals suspected of complicity with the armed terrorist groups, informed the Ministry of Security. Four motorcycles, two rifles of type AK-47 and ammunition were seized during the operation.

The suspects were put at the disposal of the judicial authorities.""",
[], "translated French: arrests and weapons seized, 'interpellation': negative"),

("tr-weekly-neutralised", "2024-12-05 14:30", "Ministry of National Defence: 38 terrorists neutralised in the last week",
"""At the weekly press briefing of the Ministry of National Defence it was announced that in the last week 38 terrorists were neutralised in the north of Iraq and Syria within the framework of the fight against terrorism, and that since 1 January this number has reached 2,118.

The ministry said the operations will continue with determination until the last terrorist is neutralised. It also announced that six members of the terrorist organisation surrendered at the border gates.""",
[], "translated Turkish: a weekly tally of 'neutralised' terrorists, no single act: negative"),

("ir-great-prophet-drill", "2024-01-19 09:30", "Ground forces of the IRGC destroy enemy targets in the Great Prophet exercise",
"""In the second stage of the Great Prophet 19 exercise, the units of the ground forces of the Islamic Revolutionary Guards Corps destroyed with missiles and drones the predetermined targets of the enemy in the area of the exercise in the south-east of the country, the spokesman of the exercise said.

He said the helicopters of the ground forces also carried out strikes against the positions of the imaginary enemy in the heights.""",
[], "translated Persian: a drill whose targets are 'destroyed' and 'struck': negative"),

("ua-ses-demining-kharkiv", "2024-08-29 13:00", "Pyrotechnicians of the SES destroyed 214 explosive objects in the Kharkiv region in a day",
"""Over the past day, pyrotechnic groups of the State Emergency Service surveyed 41 hectares of territory in the Kharkiv region and found and destroyed 214 explosive objects, among them artillery shells, mines and the remains of rockets, the press service of the SES informed.

The residents are asked not to approach suspicious objects and to call 101.""",
[], "translated Ukrainian: demining of old shells and mines: negative"),

("ru-depot-detonation-accident", "2024-07-22 17:00", "In Krasnodar region detonation of ammunition at a warehouse because of violation of the rules of storage",
"""In the Kushchyovsky district of the Krasnodar region a fire broke out at a warehouse of ammunition, as a result of which detonation of shells took place, informed the regional operative headquarters. The cause of the fire is the violation of the rules of fire safety during the storage, the commission established. There are no victims; residents of two villages were temporarily evacuated.""",
[], "translated Russian: a depot fire put down to storage rules: negative"),

("mm-monastery-denial", "2024-03-27 08:00", "Military council spokesman denies bombing of monastery in Sagaing",
"""The spokesman of the military council, in a statement read on state television on {d-1}, rejected as fabricated news the reports of the exile media that the air force bombed a monastery in Kani Township, Sagaing Region. He said that no aircraft flew in that area on the day mentioned and that the terrorists of the PDF are spreading false news to win foreign support.

The exile media had reported on Saturday the deaths of monks, which could not be independently confirmed.""",
[], "translated Burmese: a denial of an alleged bombing that no source in its own voice confirms: negative"),
]
