from common import *

# Headline-plus-one-sentence teasers written by helper falsealarms for issue 14 (session
# of 2026-12-07), in our own words and without reading the blind items: a game review,
# a live-fire drill, a business homonym, and a true report with the group's earlier
# attack told beside it.
FEED = ("dev/cls-fa-teaser.rss.xml", "rss", "https://falsealarm-desk.example.org/teasers", "False Alarm Desk: Teasers")
REGISTER = "teaser"

ITEMS = [
("review-tank-strategy-game", "2025-02-14 08:00", "Review: new tank strategy game puts you in command at Kursk",
"""The latest patch adds air strikes and artillery barrages to the campaign, but the enemy still attacks in straight lines.""",
[],
"a game review with strikes and barrages: no event"),

("de-putlos-live-fire", "2024-09-24 17:30", "German tanks fire on Baltic range as allies watch",
"""Leopard tanks and howitzers fired hundreds of rounds at targets off Putlos on {d0} in a live-fire exercise watched by officers from eight NATO states.""",
[],
"a live-fire exercise: no event"),

("rheinmetall-shares-surge", "2025-03-04 12:15", "Rheinmetall shares hit record as Europe plans to rearm",
"""Shares in the German arms maker jumped 14 percent on {d0} after European leaders backed a plan to spend billions more on artillery shells and air defence.""",
[],
"an arms maker's shares and artillery shells: no event"),

("so-mogadishu-mortars-teaser", "2024-10-08 19:40", "Mortar rounds land near Mogadishu airport, wounding two guards",
"""Al-Shabaab fighters fired several mortar rounds at the airport zone in Mogadishu on {d0}, wounding two guards, police said; the group fired on the same area last month.""",
[(SHL, "SO", "Mogadishu", None, "d0", "Al-Shabaab", None)],
"a mortar attack with the group's attack of last month beside it: one event"),

("book-review-stalingrad", "2024-11-22 08:10", "Book review: a new history of the battle for Stalingrad",
"""The historian draws on Soviet archives to show how street fighting, artillery and the winter destroyed the Sixth Army, killing hundreds of thousands on both sides.""",
[],
"a history book review with the battle's toll: no event"),

("ie-army-controlled-demolition", "2024-05-15 13:40", "Army bomb squad carries out controlled explosion in Dublin suburb",
"""Residents were evacuated for two hours on {d0} while the army bomb disposal team destroyed a suspect device found in a garden shed, gardai said.""",
[],
"a controlled explosion of a suspect device: no event"),
]
