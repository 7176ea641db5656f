from common import *

# Terse database notes and headline teasers written for issue 14's initiator figure
# (cls-actors, second round): the two sides set against each other in a sentence of
# their own ("SAF against RSF"), a side that a sentence-final or headline participle
# shows was hit ("Three rebels killed.", "police hurt in grenade attack"). In the team's
# own words, without reading the blind split.
FEED = ("dev/cls-actors-notes.feed.json", "json", "https://casefile.example.net/notes", "Case File: Notes")
REGISTER = "notes"

ITEMS = [
("sd-babanusa-saf-rsf", "2024-06-12 09:00", "Sudan: Babanusa, West Kordofan",
"""Armed clash, outskirts of Babanusa (Babanusa, West Kordofan), on {d-1}. SAF against RSF. Fatalities: 14.""",
[(CL, "SD", "Babanusa", 14, "d-1", "Sudan", "Rapid Support Forces")], "the two sides named in a sentence of their own; the acronym SAF is Sudan's forces"),

("ph-samar-army-npa", "2024-03-14 08:30", "Philippines: Northern Samar",
"""On {d-1}, armed clash near Las Navas (Northern Samar, Eastern Visayas). Army against the NPA. Two rebels killed.""",
[(CL, "PH", "Las Navas", 2, "d-1", "Philippines", "New People's Army")], "'Army against the NPA' sets the sides; 'Two rebels killed.' ends the sentence, a passive"),

("ml-menaka-jnim-vs-is", "2024-02-20 10:15", "Mali: Menaka",
"""On {d-2}, armed clash north of Anderamboukane (Menaka region). JNIM vs. Islamic State Sahel. Toll unknown.""",
[(CL, "ML", "Anderamboukane", None, "d-2", "JNIM", "Islamic State Sahel")], "two named groups set against each other with 'vs.'"),

("co-tumaco-police-hurt", "2024-05-09 18:40", "Three police hurt in grenade attack in Tumaco",
"""Three police officers were wounded when a grenade was thrown at their post in Tumaco, Narino, on {d0}. Police blamed FARC dissidents.""",
[(GRE, "CO", "Tumaco", None, "d0", "FARC dissidents", "Colombia")], "a headline's participle of harm ('police hurt in') makes the police the side hit"),

("ng-zamfara-exercise-negative", "2024-07-02 12:00", "Nigeria: Zamfara",
"""On {d-1}, troops held a live-fire exercise near Gusau (Zamfara). No incident reported. Fatalities: 0.""",
[], "negative: a drill in a database note, no act"),
]
