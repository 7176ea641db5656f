from common import *

# Liveblog updates written by helper fa7 for issue 14 (session of 2026-12-07), in our own
# words and without reading the blind items.
FEED = ("dev/fa7-liveblog.feed.json", "json", "https://fa7-live.example.org/live", "FA7 Live")
REGISTER = "liveblog"

ITEMS = [
("icc-verdict-live", "2024-06-26 14:00", "ICC verdict live: judges convict ex-Seleka commander of war crimes",
"""13:40 GMT - The defence says it will study the judgement before deciding whether to appeal.

12:55 GMT - Judges find him guilty of torture and murder at a detention centre in Bangui in 2013, where prisoners were beaten and several were shot.

12:10 GMT - The presiding judge begins reading the summary of the judgement.""",
[],
"liveblog: a court verdict over old crimes: no event"),
]
