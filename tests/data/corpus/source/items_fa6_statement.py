from common import *

# Military and ministry statements written by helper fa6 for issue 14 (session of
# 2026-12-07), in our own words and without reading the blind items.
FEED = ("dev/fa6-statement.rss.xml", "rss", "https://fa6-press.example.int/statements", "FA6 Press Statements")
REGISTER = "statement"

ITEMS = [
("ng-army-denies-village-raid", "2024-07-16 12:00", "Army denies soldiers razed village in Benue",
"""The Nigerian Army has described as false and misleading a report circulating online that troops burnt houses and killed residents in Yelwata, Benue State. The Acting Director Army Public Relations said troops in the area were on a routine patrol and that no operation took place in the village. The Army remains committed to protecting civilians and urges the public to disregard the report.""",
[],
"statement: an army denies a raid on a village: no event"),

("pk-ispr-warning-statement", "2024-03-19 10:00", "ISPR warns militants after Gwadar attack claims",
"""Inter Services Public Relations said on Tuesday that the armed forces would respond with full force to any attempt to attack installations in Gwadar. Terrorists and their facilitators will be hunted down wherever they hide, the statement said, adding that the security of Chinese nationals is a red line.""",
[],
"statement: a warning of force: no event"),

("gh-mod-exercise-statement", "2024-09-04 15:00", "Ministry of Defence: joint exercise concludes in Volta Region",
"""The Ministry of Defence wishes to inform the public that Exercise Western Shield, a ten-day joint exercise of the Ghana Armed Forces and the Ghana Police Service, ended on Tuesday at Dambai. Troops practised cordon and search operations, rescue of hostages and the clearing of ambush sites. Residents who heard gunfire during the period are assured that blank rounds were used.""",
[],
"statement: a joint exercise with blank rounds: no event"),

("ua-mod-arms-deliveries", "2024-04-25 17:00", "Ministry of Defence statement on new air defence deliveries",
"""The Ministry of Defence of Ukraine welcomes the decision of our partners to deliver additional Patriot launchers and interceptor missiles. These systems have already saved thousands of lives by shooting down ballistic missiles over Kyiv. We expect the first batteries to be on combat duty before the summer.""",
[],
"statement: a statement on arms deliveries, interceptions told in general: no event"),

("cd-fardc-weekly-summary", "2024-06-17 09:00", "FARDC spokesman: operations in Ituri continue",
"""The spokesman of operations Sokola 2 in Ituri said on Monday that since the beginning of the year the armed forces had neutralised 112 CODECO and ADF combatants and freed 64 hostages in Djugu and Irumu territories. He called on the militiamen to lay down their arms and join the demobilisation programme.""",
[],
"statement: a tally since the start of the year: no event"),

("il-idf-statement-intercept", "2024-10-02 07:30", "IDF statement: projectiles from Lebanon intercepted",
"""Following the sirens that sounded at 06:10 in the Upper Galilee, approximately 10 projectiles were identified crossing from Lebanese territory. Most were intercepted by the Israeli Air Force; the rest fell in open areas. No injuries were reported.""",
[(DIS, "IL", "Upper Galilee", None, "d0", "Hezbollah", "Israel")],
"statement: projectiles from Lebanon intercepted: one event"),
]
