from common import *

# Military and police statements written in session 12 for issue 14's initiator figure
# (actors6): the state's own forces that carried out an operation in which the act was
# told ("carried out an operation against", "and the Special Action Force launched a
# search"), a speaker's "communique" or "Command confirms" that tells of the act but
# does not do it, and a group's own forces ("Houthi forces"). In the team's own words,
# without reading the blind split.
FEED = ("dev/actors6-statement.feed.json", "json", "https://defencewire.example.int/releases", "Defence Wire: Releases")
REGISTER = "statement"

ITEMS = [
("mz-macomia-fadm-operation", "2024-06-12 10:00", "Armed Defence Forces: insurgents neutralised in Macomia",
"""Units of the Armed Defence Forces of Mozambique, supported by the Local Force, carried out an operation against insurgent groups in the forests north of Macomia, Cabo Delgado province, on {d-2}.

In the course of the operation, 14 insurgents were killed and six firearms were recovered. Two of our soldiers were slightly injured.""",
[(CL, "MZ", "Macomia", 14, "d-2", "Mozambique", "insurgents")], "statement: the forces that carried out the operation are the initiator of its clash"),

("ph-lanao-afp-saf-search", "2024-02-20 08:30", "Army: two Dawlah Islamiyah members killed in Lanao del Sur",
"""Troops of the 103rd Infantry Brigade and the Special Action Force launched a focused military operation near Piagapo, Lanao del Sur, on {d-1} following reports of armed men in the area.

The armed men fired on the approaching troops, sparking a gunfight that lasted about 30 minutes. Two members of the Dawlah Islamiyah were killed and an M16 rifle was recovered.""",
[(CL, "PH", "Piagapo", 2, "d-1", "Philippines", "Dawlah Islamiyah")], "statement: the operation named with a partner unit ('and the Special Action Force launched'), whoever fired first"),

("cm-bamenda-police-command-confirms", "2024-09-03 15:00", "North West Police Command confirms killing of two officers",
"""The North West Regional Police Command confirms that separatist fighters opened fire on a police checkpoint at Mile 90 in Bamenda on {d-1} evening, killing two officers.

The Command assures the population that the perpetrators will be tracked down.""",
[(CL, "CM", "Bamenda", 2, "d-1", "separatist fighters", "Cameroon")], "statement: the Command that confirms is a source; the fighters acted"),

("bf-kaya-army-communique", "2024-10-08 11:00", "Army communique on the attack at Kaya",
"""On {d-2}, terrorist groups attacked a gendarmerie post at the entrance to Kaya, in the Sanmatenga province. The assault was repelled by the gendarmes, supported by the air vector.

We deplore the loss of five gendarmes. Dozens of assailants were neutralised and motorcycles were destroyed.""",
[(CL, "BF", "Kaya", 5, "d-2", "terrorist groups", "Burkina Faso")], "statement: an Army communique tells of the attack; the army is no initiator of it"),

("ne-tillia-our-units-engaged", "2024-11-14 10:00", "Communique of the General Staff of the Armed Forces",
"""On {d-2}, our units engaged a group of armed terrorists on motorcycles near Tillia, in the Tahoua region. Nine terrorists were killed and their motorcycles destroyed.

On our side, one soldier was slightly wounded. Sweeping operations continue in the area.""",
[(CL, "NE", "Tillia", 9, "d-2", "Niger", "armed terrorists")], "statement: 'our units engaged' the group: the speaking state's forces began the clash"),

("cm-batibo-bir-killed-in-ambush", "2024-12-02 09:00", "Defence: separatist fighters neutralised near Batibo",
"""Soldiers of the Rapid Intervention Battalion killed seven separatist fighters in an ambush near Batibo, in the North West region, on {d-2}, the Ministry of Defence said in a press release. Two AK-47 rifles and locally made guns were recovered.""",
[(CL, "CM", "Batibo", 7, "d-2", "Cameroon", "separatist fighters")], "statement: who killed the fighters in the ambush set it; the fighters named before the act are the side hit"),
]
