from common import *

# Translated copy written by helper types7 for issue 14 (session of 2026-12-07), in our
# own words and without reading the blind items: who took a place, told as the subject
# of the verb of taking in the source language's word order ("the rebels of X took back
# the control of"), decides the kind of the change.
FEED = ("dev/types7-translated.feed.json", "json", "https://traduit-desk.example.org/monde", "Traduit Desk")
REGISTER = "translated"

ITEMS = [
("sd-dinder-rsf-control", "2024-07-03 09:10", "The Rapid Support Forces established their control over Al-Dinder",
"""The fighters of the Rapid Support Forces established on Monday their control over the town of Al-Dinder, in the state of Sennar, after the withdrawal of the units of the army towards Sinja, informed witnesses. The inhabitants fled on foot towards the east.""",
[(NSA, "SD", "Al-Dinder", None, "d-2", "Rapid Support Forces", "Sudan")],
"translated: the RSF as the subject of 'established their control': a non-state group overtakes; the army that withdrew is not the taker"),

("ml-lere-fama-took-back", "2024-02-12 11:40", "The FAMa took back the control of Léré",
"""The Malian Armed Forces (FAMa) took back on Sunday the control of the locality of Léré, in the region of Timbuktu, after violent combats with the terrorists of the CSP-PSD, indicated the general staff of the armies. The assailants fled towards the border with Mauritania.""",
[(GOV, "ML", "Léré", None, "d-1", "Mali", "CSP-DPA")],
"translated: the army of the place's state took it back from a non-state group: government regains"),

("mm-lashio-mndaa-took", "2024-08-05 07:30", "The alliance of the MNDAA took the control of the command of the north-east",
"""The fighters of the Myanmar National Democratic Alliance Army took on Saturday the full control of the headquarters of the military command of the north-east in Lashio, in the State of Shan, after weeks of combats with the soldiers of the junta, announced the group.""",
[(NSA, "MM", "Lashio", None, "d-2", "Myanmar National Democratic Alliance Army", "Myanmar")],
"translated: a non-state group as the subject of 'took the full control': overtakes territory"),

("so-harardhere-sna-regained", "2023-01-18 13:00", "The national army regained the district of Harardhere",
"""The Somali National Army said that its forces, supported by the local clan militias, regained on Monday the control of the district of Harardhere, in the region of Mudug, from the terrorists of al-Shabaab, who fled without combat.""",
[(GOV, "SO", "Harardhere", None, "d-2", "Somalia", "Al-Shabaab")],
"translated: 'its forces' are the speaker's, the army's; the clan militias beside them do not make it a non-state taking"),
]
