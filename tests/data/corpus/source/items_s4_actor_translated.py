from common import *

# Translated copy written for issue 14's actor rules (session 4, cls-actor): the stiff
# word order of a translation, agentive phrases ("by the aviation of X", "units of the
# X army"), a foreign force named by its nationality in the host country, and a
# negative where a state only accuses. In the team's own words, without reading the
# blind split.
FEED = ("dev/s4-actor-translated.atom.xml", "atom", "https://translated-line.example.org/eurasia", "Translated Line: Eurasia and Middle East")
REGISTER = "translated"

ITEMS = [
("sy-idlib-aviation-of", "2024-10-17 11:00", "Strikes of Russian aviation on the Idlib region",
"""(Translated from Arabic) On {d-1} the aviation of the Russian Federation carried out a series of strikes on positions in the vicinity of the town of Sarmada in the province of Idlib, a source in the local civil defence reported. As a result of the strikes, seven persons perished, among them two children.

The Syrian side did not comment on the raids.""",
[(AIR, "SY", "Sarmada", 7, "d-1", "Russia", "civilians")],
"translation: 'the aviation of the Russian Federation' is Russia acting in Syria"),

("az-units-of-army", "2024-04-03 10:20", "Ministry: units of the Armenian army opened fire on our positions",
"""(Translated from Azerbaijani) According to the Ministry of Defence, on {d-1} units of the armed forces of Armenia, from positions in the Tavush district, opened fire with small arms on positions of the Azerbaijani army near the village of Gizilhajili in the Gazakh district. Our units took adequate retaliatory measures. There were no losses among our personnel.""",
[(CL, "AZ", "Gizilhajili", None, "d-1", "Armenia", "Azerbaijan")],
"translation: 'units of the armed forces of X' fire from across the border"),

("ir-accuses-no-act", "2024-09-25 08:45", "Tehran accuses Washington of preparing aggression",
"""(Translated from Persian) The spokesman of the Ministry of Foreign Affairs on {d0} accused the United States and the Zionist regime of preparing an aggression against the Islamic Republic and warned that any attack would meet a crushing response from the armed forces.

No military action was reported.""",
[], "negative: a state accuses and threatens; no act"),

("tr-northern-iraq-neutralised", "2024-06-14 12:30", "Turkish forces neutralise terrorists in northern Iraq",
"""(Translated from Turkish) The Ministry of National Defence announced on {d0} that in an air-supported operation in the Metina region of northern Iraq, Turkish Armed Forces neutralised four PKK terrorists who were preparing an attack on bases. Our operations continue resolutely.""",
[(AIR, "IQ", "Metina", 4, "d0", "Turkey", "Kurdistan Workers' Party")],
"a foreign force acting in another country; the host (Iraq) is no party"),
]
