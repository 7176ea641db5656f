from common import *

# Headline teasers written by helper merge7 for issue 20 (session of 2026-12-07), without
# reading the blind split: the present tense of a headline ("behead", "snatch", "jets
# pound", "shells rain down"), a blast that "rips through" a place, and a side that
# enters or now holds a town; with headlines that use the same words of no armed act.
FEED = ("dev/merge7-teaser.rss.xml", "rss", "https://merge7-flash.example.org/latest", "Merge7 Flash")
REGISTER = "teaser"

ITEMS = [
("mz-insurgents-behead", "2024-09-12 07:00", "Insurgents behead four farmers in Muidumbe village",
"""Mozambique: Islamic State fighters behead four farmers near Muidumbe in Cabo Delgado, local sources say.""",
[(CIV, "MZ", "Muidumbe", 4, None, "Islamic State", "civilians")],
"teaser: the headline's present 'behead'"),

("ng-bandits-snatch", "2024-09-13 07:00", "Bandits snatch 15 worshippers from Zamfara mosque",
"""Nigeria: gunmen snatch 15 worshippers during dawn prayers in Gusau, Zamfara state, police say.""",
[(ABD, "NG", "Gusau", None, None, "bandits", "civilians")],
"teaser: the present 'snatch' with people as its object"),

("lb-jets-pound", "2024-09-14 07:00", "Israeli jets pound villages near Nabatieh",
"""Lebanon: Israeli warplanes pound villages around Nabatieh, three killed, state media says.""",
[(AIR, "LB", "Nabatieh", 3, None, "Israel", "civilians")],
"teaser: 'jets pound' is an air strike"),

("ua-shells-rain-down", "2024-09-15 07:00", "Russian shells rain down on Nikopol, two dead",
"""Ukraine: Russian artillery shells rain down on Nikopol across the Dnipro, killing two, the governor says.""",
[(SHL, "UA", "Nikopol", 2, None, "Russia", "civilians")],
"teaser: shells that 'rain down' on a town"),

("pk-blast-rips-through", "2024-09-16 07:00", "Blast rips through Peshawar market, six dead",
"""Pakistan: a blast rips through a crowded market in Peshawar, killing six people, police say.""",
[(IED, "PK", "Peshawar", 6, None, None, "civilians")],
"teaser: a blast that 'rips through' a place"),

("sd-rsf-drive-into", "2024-09-17 07:00", "RSF fighters drive into Singa",
"""Sudan: paramilitary fighters drive into Singa, the capital of Sennar state, residents say.""",
[(NSA, "SD", "Singa", None, None, "Rapid Support Forces", None)],
"teaser: fighters who 'drive into' a town take it"),

("et-troops-enter", "2024-09-18 07:00", "Federal troops enter Debre Markos after Fano pull-out",
"""Ethiopia: federal troops entered Debre Markos on {d-1} after Fano militiamen withdrew, residents say.""",
[(GOV, "ET", "Debre Markos", None, "d-1", "Ethiopia", "Fano")],
"teaser: troops that 'entered' a town the other side left regain it"),

# The same words, no armed act.
("td-refugees-enter", "2024-09-19 07:00", "Refugees enter Chad at Adre crossing",
"""Chad: thousands of Sudanese refugees entered Adre on {d-1}, the UN refugee agency says.""",
[],
"negative: refugees that enter a town take nothing"),

("ye-truce-enters-force", "2024-09-20 07:00", "Truce enters into force in Taiz",
"""Yemen: a local truce between the warring sides entered into force in Taiz at midnight, mediators say.""",
[],
"negative: a truce that enters into force"),

("cn-blast-chemical-plant", "2024-09-21 07:00", "Explosion rips through chemical plant in Jiangsu",
"""China: an explosion rips through a chemical plant in Yancheng, killing five workers, state media says.""",
[],
"negative: an industrial explosion that rips through a plant"),

("gb-criticism-rains-down", "2024-09-22 07:00", "Criticism rains down on minister over defence budget",
"""Britain: criticism rains down on the defence minister after cuts to the army budget.""",
[],
"negative: criticism that rains down"),
]
