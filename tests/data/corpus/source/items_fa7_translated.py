from common import *

# Translated copy written by helper fa7 for issue 14 (session of 2026-12-07), in our own
# words and without reading the blind items: sentences of courts for old acts.
FEED = ("dev/fa7-translated.rss.xml", "rss", "https://fa7-perevod.example.net/en", "FA7 Translations")
REGISTER = "translated"

ITEMS = [
("ua-court-sentenced-occupier-shelling", "2024-04-23 12:00", "The court sentenced in absentia the commander of the occupiers for the shelling of Chuhuiv",
"""The Chuhuiv district court of Kharkiv region sentenced in absentia to 12 years of imprisonment a commander of an artillery battery of the armed forces of the Russian Federation, the Office of the Prosecutor General informed on {d0}. According to the investigation, on his order the occupiers carried out shelling of the residential quarters of Chuhuiv from barrel artillery, as a result of which three civilians perished and a school was destroyed.""",
[],
"translated: a sentence in absentia for an old shelling: no event"),

("tr-court-verdict-ankara-station", "2024-02-28 10:00", "Verdict in the case of the bombing at the Ankara railway station announced",
"""The Ankara Heavy Penal Court announced on {d0} its verdict in the case of the terrorist attack carried out by two suicide bombers of the terrorist organisation DAESH in front of the Ankara railway station, in which 103 of our citizens lost their lives. Nine defendants were given aggravated life sentences for each of the victims.""",
[],
"translated: a verdict over an old suicide bombing: no event"),

("sy-court-idlib-shelling-today", "2024-10-17 15:00", "The occupiers shelled the courthouse of Ariha, a guard was killed",
"""The forces of the regime carried out shelling of the building of the courthouse in the town of Ariha in the south of Idlib province on {d0} from rocket launchers, the civil defence informed. As a result of the shelling a guard of the building perished and two employees received wounds. The hearings were cancelled.""",
[(SHL, "SY", "Ariha", 1, "d0", "Syria", None)],
"translated: a courthouse shelled: one event (court words with an act that is news)"),
]
