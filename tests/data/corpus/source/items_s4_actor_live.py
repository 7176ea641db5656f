from common import *

# Liveblog entries written for issue 14's actor rules (session 4, cls-actor): short
# updates where the agent is a nationality or a force phrase, the attacked country is
# named first, and a rejected claim. In the team's own words, without reading the
# blind split.
FEED = ("dev/s4-actor-live.feed.json", "json", "https://ticker-line.example.org/live", "Ticker Line: Live")
REGISTER = "liveblog"

ITEMS = [
("lb-south-israeli-drone-live", "2024-09-04 16:10", "Lebanon border live: drone strike on car near Tyre",
"""15:55 GMT - Lebanon's health ministry: two killed when an Israeli drone struck a car on the coastal road south of Tyre.

14:30 GMT - Hezbollah says it fired rockets at an army post across the border; no injuries reported, Israeli military says.

12:05 GMT - Recap: cross-border fire has continued since last October.""",
[(AIR, "LB", "Tyre", 2, "d0", "Israel", None), (SHL, "IL", None, None, "d0", "Hezbollah", "Israel")],
"Lebanon named first is the side hit; the drone's nationality names the initiator"),

("so-shabelle-us-strike-live", "2024-03-12 10:40", "Somalia live: US strike near Jilib",
"""10:25 GMT - US Africa Command says it carried out an air strike against al-Shabaab near Jilib in coordination with the Somali government, killing three fighters. No civilians hurt, it says.

09:00 GMT - Somali state radio reports heavy fighting overnight between the army and militants in Middle Shabelle; no toll yet.""",
[(AIR, "SO", "Jilib", 3, "d0", "United States", "Al-Shabaab"), (CL, "SO", "Middle Shabelle", None, None, "Somalia", "militants")],
"a foreign command says it struck; the host government only coordinated"),
]
