from common import *

# Copy translated from Russian, Ukrainian, Arabic, French, Spanish and Burmese, written by
# helper registers (issue 14, session 10) for the translated register's places, without
# reading the blind split: officialese of places ("in the area of the settlement of X",
# "in the X direction", "the Y district of Z oblast", "the wilaya of", "the locality of",
# "township"), the acting side's nationality ("Turkish drones", "the armed formations of
# Ukraine") in a country where it did not happen, towns shared with other countries, and
# negatives in the same idiom. The team's own words; places are real, events invented.
FEED = ("dev/cls-reg-translated.feed.json", "json", "https://perevedeno.example.net/feed", "Perevedeno English")
REGISTER = "translated"

ITEMS = [
("ua-area-of-settlement-assault", "2024-05-14 08:00", "Units of the group of forces repelled attacks in the area of the settlement",
"""In the area of the settlement of Ocheretyne of the Donetsk People's Republic, units of the Center group of forces inflicted a defeat on the formations of an assault brigade of the armed forces of Ukraine and repelled two counter-attacks, the ministry of defence informed on Tuesday. The losses of the enemy amounted to up to 40 servicemen.""",
[(CL, "UA", "Ocheretyne", None, "d0", "Russia", "Ukraine")],
"translated from Russian: 'in the area of the settlement of X' of an occupied region is in Ukraine; claimed enemy losses are no toll"),

("ua-direction-kupiansk-shelling", "2024-08-21 10:00", "In the Kupiansk direction the enemy shelled the populated points",
"""In the Kupiansk direction the occupiers during the day carried out shelling of Petropavlivka and Kindrashivka with artillery and mortars, the general staff informed. In Petropavlivka a 67-year-old man perished, two women were wounded.""",
[(SHL, "UA", "Petropavlivka", 1, "d0", "Russia", "civilians")],
"translated from Ukrainian: 'the X direction'; an age that is no toll"),

("ua-district-of-oblast-drone", "2025-01-16 09:00", "The enemy drone attacked a bus in the Nikopol district",
"""In the Marhanets community of the Nikopol district of Dnipropetrovsk oblast a drone of the enemy in the morning hit a passenger bus, the head of the regional military administration reported. Two passengers perished, nine were hospitalised.""",
[(AIR, "UA", "Marhanets", 2, "d0", "Russia", "civilians")],
"translated: 'the Y community of the Z district of W oblast'"),

("ru-belgorod-formations-shebekino", "2024-03-18 11:00", "The armed formations of Ukraine shelled Shebekino",
"""The settlement of Shebekino of the Belgorod region this morning came under shelling by the armed formations of Ukraine from multiple rocket launchers, the governor communicated. As a result a private house and a car burned, one woman perished.""",
[(SHL, "RU", "Shebekino", 1, "d0", "Ukraine", "civilians")],
"translated from Russian: 'the armed formations of Ukraine' is the side; the place is in Russia"),

("sy-turkish-drones-qamishli", "2024-01-14 16:00", "Turkish drones targeted a car in the countryside of Qamishli",
"""A Turkish drone targeted this afternoon a civilian car on the road of the village of Tell Hamis in the southern countryside of Qamishli, which led to the death of two people who were inside it, the local sources reported. Turkish drones struck in the past week several positions of the Syrian Democratic Forces in Hasakah governorate.""",
[(AIR, "SY", "Tell Hamis", 2, "d0", "Turkey", "civilians")],
"translated from Arabic: Turkish drones in Syria; the side's nationality is no place"),

("ye-hays-district-hodeidah", "2023-06-12 14:00", "Violation of the truce in the Hays district",
"""The Houthi militia bombarded with mortar shells the residential houses in the Hays district of the Hodeidah governorate this morning, which led to the wounding of a woman and her two children, a medical source said. The militia continues its violations of the truce on the western coast.""",
[(SHL, "YE", "Hays", 0, "d0", "Houthis", "civilians")],
"translated from Arabic: 'the Y district of the Z governorate'; wounded only"),

("sd-karari-locality-drone", "2024-02-20 12:00", "A drone of the militia hit the Karari locality",
"""A drone of the Rapid Support militia struck on Monday evening a market in the Karari locality of Omdurman, which led to the death of four citizens and the injury of 11, the resistance committees of the locality said.""",
[(AIR, "SD", "Karari", 4, "d-1", "RSF", "civilians")],
"translated from Arabic: 'the locality of' a city; an Omdurman market"),

("dz-wilaya-medea-fr", "1997-08-30 10:00", "Massacre in a hamlet of the wilaya of Medea",
"""An armed terrorist group penetrated the night of Thursday to Friday into the hamlet of Ouled Brahim, in the commune of Beni Slimane, wilaya of Medea, and assassinated 14 inhabitants, among them women and children, according to a communique of the services of security.""",
[(CIV, "DZ", "Ouled Brahim", 14, "1997-08-29", "terrorist group", "civilians")],
"translated from French: hamlet, commune and wilaya of Algeria"),

("ml-cercle-niono-fr", "2023-10-04 09:00", "Attack against the post of the gendarmerie in the cercle of Niono",
"""The post of the gendarmerie of Diabaly, in the cercle of Niono, region of Segou, was attacked on Tuesday by armed terrorist groups, the general staff of the armies indicated in a communique. The riposte of the FAMa killed eleven terrorists; on the friendly side, two gendarmes were killed.""",
[(CL, "ML", "Diabaly", 13, "2023-10-03", None, "Mali")],
"translated from French: the cercle and region of Mali"),

("mm-tabayin-township-airstrike", "2024-04-09 07:00", "Military council aircraft bombed a village in Tabayin township",
"""A jet fighter of the military council dropped two bombs on Kinn village of Tabayin township, Sagaing region, at about 2 pm on 7 April, killing five villagers, including a monk, the local defence force said. Residents said the village had no armed camp.""",
[(AIR, "MM", "Tabayin", 5, "2024-04-07", "Myanmar", "civilians")],
"translated from Burmese: a village of a township of a region; Kinn is unlisted"),

("co-san-miguel-putumayo-es", "2022-03-15 09:00", "Dissidents attacked the police station of San Miguel, Putumayo",
"""Members of the dissidence of the FARC attacked with rifles and explosives the police station of the municipality of San Miguel, in the department of Putumayo, at dawn on Monday, the police reported. One patrolman died and three were wounded in the confrontation, which lasted 40 minutes.""",
[(CL, "CO", "San Miguel", 1, "2022-03-14", "FARC dissidents", "Colombia")],
"translated from Spanish: San Miguel of Putumayo, not of El Salvador or the Philippines"),

("az-armenian-fire-direction", "2021-11-17 08:00", "The positions of the army in the direction of Kalbajar were subjected to fire",
"""On 16 November units of the armed forces of Armenia subjected to fire from large-calibre weapons the positions of the Azerbaijan army in the direction of the Kalbajar district, the ministry of defence of Azerbaijan informed. Two servicemen of Azerbaijan received wounds.""",
[(CL, "AZ", "Kalbajar", 0, "2021-11-16", "Armenia", "Azerbaijan")],
"translated from Azerbaijani: 'in the direction of' a district; the side is Armenia"),

("ua-hromada-sumy-kab", "2025-02-03 09:00", "The occupiers dropped guided bombs on the Bilopillia hromada",
"""The occupiers in the day dropped three guided aviation bombs on the Bilopillia hromada of the Sumy oblast, the oblast administration reported. A private enterprise and four houses were damaged; according to preliminary data, nobody perished.""",
[(AIR, "UA", "Bilopillia", 0, "d0", "Russia", None)],
"translated from Ukrainian: 'hromada' of an oblast; no death (0)"),

("ua-russian-forces-kherson-exercise-none", "2024-09-10 12:00", "The command of the group held exercises",
"""In the Kherson direction the command of the Dnepr group of forces held exercises of the crews of attack drones at a training ground of the Crimea, the ministry informed. The servicemen practised the tasks of the detection and destruction of the armoured vehicles of the conditional enemy.""",
[],
"translated negative: a drill told in the officialese of the front"),

("sy-deir-ez-zor-area-none", "2024-07-02 10:00", "The governor of Deir ez-Zor inaugurated a bridge",
"""The governor of Deir ez-Zor inaugurated on Monday the bridge over the Euphrates in the area of the town of al-Mayadin, which was destroyed during the years of the war by the terrorist organisations, the agency said.""",
[],
"translated negative: a bridge inaugurated; the war is history"),
]
