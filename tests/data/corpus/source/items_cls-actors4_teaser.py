from common import *

# RSS teasers written in session 10 for issue 14's initiator figure (cls-actors4): the
# side that acted named only in the headline, or only in the sentence after a passive
# headline; a passive with its agent ("killed by a drone of the RSF"); an acronym.
# In the team's own words, without reading the blind split.
FEED = ("dev/cls-actors4-teaser.rss.xml", "rss", "https://briefline.example.com/rss", "Briefline")
REGISTER = "teaser"

ITEMS = [
("sd-kosti-killed-by-rsf-drone", "2025-02-11 07:20", "Four killed in drone strike on Kosti market",
"""Four people were killed on {d-1} by a drone of the RSF that struck the central market of Kosti in White Nile state, a local doctors' group said.""",
[(AIR, "SD", "Kosti", 4, "d-1", "Rapid Support Forces", "civilians")], "teaser: the agent after 'by a drone of'"),

("ml-kayes-jnim-headline", "2024-07-02 06:45", "JNIM fighters storm army camp near Kayes",
"""Several soldiers were killed on {d-1} in an attack on a military camp near the town of Kayes in western Mali, security sources said.""",
[(CL, "ML", "Kayes", None, "d-1", "JNIM", "Mali")], "teaser: the group named only in the headline; the sentence is a passive"),

("cd-bunia-codeco-teaser", "2024-10-08 08:00", "Twelve displaced people killed in Djugu camp attack",
"""Militiamen of the CODECO group attacked a camp for displaced people in Djugu territory of Ituri province on {d-1}, killing twelve people, a local official said.""",
[(CIV, "CD", "Djugu", 12, "d-1", "CODECO", "civilians")], "teaser: 'militiamen of the CODECO group': a group named after 'of'"),
]
