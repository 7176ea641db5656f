from common import *

# Legacy wire (capitals) written by helper places7 (issue 14, places), without reading the
# blind split: departments and provinces in capitals with their Spanish article (EL
# QUICHE, EL PETEN), a town named like one of another country (SAN ANDRES, CORDOBA, LA
# PAZ), and a dateline far from the event. The team's own words; places are real, events
# invented or simplified.
FEED = ("dev/places7-legacy.rss.xml", "rss", "https://telexvault7.example.org/wire", "Telex Vault Seven")
REGISTER = "legacy"

ITEMS = [
("gt-el-quiche-army-ambush", "1989-06-16 10:00", "GUERRILLAS AMBUSH ARMY PATROL IN EL QUICHE",
"""(RADIO NACIONAL) -- [TEXT] GUERRILLAS OF THE GUATEMALAN NATIONAL REVOLUTIONARY UNITY AMBUSHED AN ARMY PATROL NEAR CHAJUL, EL QUICHE, ON {d-1}, KILLING FOUR SOLDIERS, THE ARMY PRESS OFFICE REPORTED. THE REBELS WITHDREW INTO THE MOUNTAINS.""",
[(CL, "GT", "Chajul", 4, "d-1", "URNG", "Guatemala")],
"legacy: El Quiche in capitals with its article"),

("gt-el-peten-dynamite", "1990-03-09 10:00", "REBELS DYNAMITE BRIDGE IN EL PETEN",
"""[TEXT] REBELS DYNAMITED A BRIDGE ON THE ROAD TO SAN ANDRES IN THE DEPARTMENT OF EL PETEN ON {d-2}, CUTTING TRAFFIC TO FLORES, THE DEFENSE MINISTRY SAID. NO ONE WAS HURT.""",
[(IED, "GT", "San Andres", 0, "d-2", "rebels", None)],
"legacy: San Andres of El Peten, not Colombia's island"),

("ar-cordoba-negative", "1989-05-30 10:00", "RIOTS AND LOOTING IN CORDOBA",
"""BUENOS AIRES, MAY 29 (AGENCY) -- POLICE FIRED TEAR GAS AT CROWDS LOOTING SUPERMARKETS IN CORDOBA AND ROSARIO ON {d-1} AS PRICES SOARED. THE GOVERNMENT DECLARED A STATE OF SIEGE.""",
[],
"legacy: negative; food riots in Argentina"),

("bo-la-paz-dynamite", "1989-08-12 10:00", "DYNAMITE ATTACK ON PARTY OFFICE IN LA PAZ",
"""LIMA, AUG 11 (AGENCY) -- UNIDENTIFIED PERSONS SET OFF A DYNAMITE CHARGE AT THE OFFICES OF A GOVERNING PARTY IN LA PAZ, BOLIVIA, EARLY ON {d-1}, DAMAGING THE BUILDING, BOLIVIAN RADIO REPORTED. THERE WERE NO VICTIMS.""",
[(IED, "BO", "La Paz", 0, "d-1", "unidentified persons", None)],
"legacy: La Paz of Bolivia from a Lima dateline"),

("sv-san-salvador-dateline-usulutan", "1990-02-21 10:00", "FIGHTING IN USULUTAN",
"""SAN SALVADOR, FEB 20 (AGENCY) -- ARMY TROOPS AND FMLN GUERRILLAS FOUGHT FOR SIX HOURS NEAR SANTIAGO DE MARIA, USULUTAN DEPARTMENT, ON {d-1}, THE ARMED FORCES PRESS OFFICE SAID. SEVEN GUERRILLAS AND TWO SOLDIERS WERE KILLED.""",
[(CL, "SV", "Santiago de Maria", 9, "d-1", "FMLN", "El Salvador")],
"legacy: a dateline in the capital, the fighting in Usulutan"),
]
