from common import *

# Wire copy written in session 12 for issue 14's initiator figure (actors6): a passive
# whose agent comes after the place and the day ("were killed at a market near Kaya on
# Thursday by gunmen"), the side hit that "died" or "die" before the act, and the side
# the losers clashed "with". In the team's own words, without reading the blind split.
FEED = ("dev/actors6-wire.rss.xml", "rss", "https://agencyline.example.com/world", "Agencyline: World")
REGISTER = "wire"

ITEMS = [
("ng-wukari-far-agent", "2024-03-18 13:00", "Three traders shot dead in Taraba market town",
"""Three traders were shot dead outside a grain market in the town of Wukari in Taraba State on {d-1} evening by gunmen who escaped on motorcycles, police said.

A police spokesman said officers had been deployed to the area.""",
[(CIV, "NG", "Wukari", 3, "d-1", "gunmen", "civilians")], "wire: the agent after 'by' follows the place and the day"),

("ph-negros-rebels-die-clash", "2024-07-05 08:00", "Four rebels die in clash with troops in Negros",
"""Four New People's Army guerrillas were killed when they clashed with army soldiers in the hills of Guihulngan in Negros Oriental on {d-1}, the military said.

Troops recovered four rifles from the site. No soldier was hurt.""",
[(CL, "PH", "Guihulngan", 4, "d-1", "Philippines", "New People's Army")], "wire: the losers 'die' in the headline and 'clashed with' the troops in the lead"),

("in-dantewada-died-in-blast", "2024-10-22 09:30", "Two CRPF men die in Dantewada IED blast",
"""Two personnel of the Central Reserve Police Force died and one was injured when an improvised explosive device planted by Maoists went off under their vehicle near Aranpur in Dantewada district of Chhattisgarh on {d-1}, police said.""",
[(IED, "IN", "Aranpur", 2, "d-1", "CPI (Maoist)", "India")], "wire: the force that 'died' in the blast is the side hit; the device was the Maoists'"),

("co-guaviare-troops-encountered", "2024-09-10 15:00", "Three FARC dissidents killed in Guaviare firefight",
"""Army troops encountered a group of FARC dissidents loyal to alias Ivan Mordisco near Calamar in the department of Guaviare on {d-1}, sparking a firefight in which three of the dissidents were killed, the army said.""",
[(CL, "CO", "Calamar", 3, "d-1", "Colombia", "FARC dissidents")], "wire: the troops that 'encountered' the group began the firefight"),
]
