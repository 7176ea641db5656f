from common import *

# Legacy ALL-CAPS wire written by helper tollsdates for issue 14 (session 10) without
# reading the blind items: a toll that rose through the text, and an age beside a count.
FEED = ("dev/tollsdates-legacy.rss.xml", "rss", "https://caps-archive.example.org/wire", "Caps Archive")
REGISTER = "legacy"

ITEMS = [
("pe-ayacucho-toll-rose", "1988-06-14 09:00", "GUERRILLA ATTACK IN AYACUCHO",
"""(RADIO PROGRAMAS) -- [TEXT] A COLUMN OF SHINING PATH GUERRILLAS ATTACKED A POLICE POST IN THE DISTRICT OF HUANTA, AYACUCHO DEPARTMENT, ON SATURDAY NIGHT. INITIAL REPORTS SPOKE OF FOUR POLICEMEN KILLED. THE TOLL HAS NOW RISEN TO NINE, INCLUDING TWO CIVILIANS WHO WERE IN THE POST, A POLICE SOURCE SAID TODAY.""",
[(CL, "PE", "Huanta", 9, "1988-06-11", "Shining Path", "Peru")],
"'the toll has now risen to nine' after four: 9"),

("lk-batticaloa-farmer-age", "1991-02-05 07:30", "SEVEN VILLAGERS HACKED TO DEATH",
"""COLOMBO, 4 FEB 91 (AGENCY) -- SEVEN VILLAGERS, AMONG THEM A 70-YEAR-OLD FARMER, WERE HACKED TO DEATH IN A VILLAGE NEAR BATTICALOA LAST NIGHT, POLICE SAID. THEY BLAMED TAMIL TIGER GUERRILLAS.""",
[(CIV, "LK", "Batticaloa", 7, "1991-02-03", "LTTE", "civilians")],
"an age inside the count; 'last night' against the dateline's day"),
]
