from common import *

# Database notes written for issue 14's initiator figure (cls-actors, third round): the
# first named actor of "X clashed with Y" is the initiator; a database name of a state's
# forces ("Military Forces of Nigeria (2023-)") is that state; an attack the note puts
# down to a group in a sentence of its own is the group's. In the team's own words,
# without reading the blind split.
FEED = ("dev/cls-actors3-notes.feed.json", "json", "https://ledgerline.example.net/notes", "Ledger Line: Notes")
REGISTER = "notes"

ITEMS = [
("ng-gajiram-forces-clashed", "2024-05-21 09:00", "",
"""On {d-2}, Military Forces of Nigeria (2023-) clashed with ISWAP near Gajiram (Nganzai, Borno). The troops repelled the fighters after two hours. 6 fatalities.""",
[(CL, "NG", "Gajiram", 6, "d-2", "Nigeria", "Islamic State West Africa Province")], "the first named actor of 'X clashed with Y' is the initiator; the database name is the state"),

("cd-rutshuru-m23-clashed", "2024-07-03 08:30", "",
"""On {d-1}, M23 clashed with Wazalendo militia in Kisharo (Rutshuru, North Kivu). Both sides reported losses. 4 fatalities.""",
[(CL, "CD", "Kisharo", 4, "d-1", "M23", "Mai-Mai")], "two non-state groups: the first named initiates"),

("mm-kyaukme-army-clashed", "2024-10-16 11:15", "",
"""On {d-1}, Military Forces of Myanmar (2021-) clashed with the TNLA near Kyaukme (Kyaukme, Shan-North). No fatalities reported.""",
[(CL, "MM", "Kyaukme", 0, "d-1", "Myanmar", "Ta'ang National Liberation Army")], "the state's database name first: the state initiates"),

("pe-vraem-attributed", "2024-04-09 10:00", "",
"""On {d-1}, an explosive device went off beside a police patrol near Pichari (La Convencion, Cusco). Police attributed the blast to the Shining Path. 1 fatality.""",
[(IED, "PE", "Pichari", 1, "d-1", "Shining Path", "Peru")], "the note puts the blast down to a group: the police are the side hit and the source, never the initiator"),
]
