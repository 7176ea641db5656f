from common import *

# Written for the classifier's field rules (stated zeros, ages beside tolls, closing
# counts, the acting side named by its nationality), in the team's own words.
FEED = ("dev/fields-local.atom.xml", "atom", "https://districtnews.example.in/state", "District News Network: Regional Pages")
REGISTER = "local"

ITEMS = [
("sukma-ied-jawan-age", "2024-09-12 06:15", "Jawan killed in IED blast in Sukma",
"""SUKMA: A 27-year-old jawan of the District Reserve Guard was killed and two others injured when Maoists set off an improvised explosive device under their motorcycle near Jagargunda on {d-1}, police said.

The injured were airlifted to Raipur. A search operation has been launched in the forest area around the blast site.""",
[(IED, "IN", "Jagargunda", 1, "d-1", "CPI (Maoist)", "India")], "age of the victim (27) is no toll; Maoists set off the device"),

("rajouri-grenade-no-one-hurt", "2024-02-03 10:40", "Grenade lobbed at army post in Rajouri, no one hurt",
"""RAJOURI: Suspected militants lobbed a grenade at an army picket in the Thanamandi area of Rajouri district late on {d-1}. The grenade exploded outside the perimeter fence and no one was hurt, officials said.

Troops cordoned off the area and a search was under way on {d0}.""",
[(GRE, "IN", "Thanamandi", 0, "d-1", "militants", "India")], "loose zero: no one was hurt is a toll of 0"),

("mandera-ied-no-casualties", "2024-06-20 08:05", "Police vehicle hits roadside bomb in Mandera",
"""MANDERA: A police Land Cruiser on patrol ran over a roadside bomb between Kotulo and Elwak in Mandera County on {d-1}, damaging the vehicle. There were no casualties, the county police commander said, blaming Al-Shabaab militants who cross from Somalia.""",
[(IED, "KE", "Elwak", 0, "d-1", "Al-Shabaab", "Kenya")], "stated zero in its own sentence; region and county only, never Kenya named"),

("zamfara-bandits-closing-toll", "2024-05-07 09:30", "Bandits raid Maru villages",
"""GUSAU: Bandits on motorcycles stormed Kadawa village in Maru Local Government Area of Zamfara State on {d-2}, shooting residents and setting houses alight.

Villagers buried eleven bodies on {d-1}. Three more died in hospital in Gusau, bringing the toll to 14, a local leader said.""",
[(CIV, "NG", "Kadawa", 14, "d-2", "bandits", "civilians")], "toll told after the act, in sentences of their own; the latest total counts; the state named, not the country"),
]
