from common import *

# Copy translated from Russian, Ukrainian, French and Arabic, written by helper
# cls-places (issue 14) for place cases, without reading the blind items: "the
# settlement of X" and "the township of X" as the place of the act, "the shelling of X"
# in a headline, a district named after its seat town, a Kyiv or Moscow dateline on an
# act in another region, a demonym of two words; and a negative. The team's own words;
# places are real, events invented.
FEED = ("dev/cls-places-translated.feed.json", "json", "https://perevod.example.org/feed", "Perevod Daily")
REGISTER = "translated"

ITEMS = [
("ua-shostka-district-drone", "2024-10-07 09:00", "The enemy attacked the Shostka community with drones",
"""During the past night the Russian army attacked the Shostka community of the Sumy region with attack drones. As a result of a hit on an enterprise a 54-year-old guard perished, the regional military administration informed in the morning.""",
[(AIR, "UA", "Shostka", 1, "d-1", "Russia", "civilians")],
"translated: a community named after its seat town; an age that is no toll"),

("il-settlement-rockets-translated", "2024-02-11 12:00", "The Islamic Resistance targeted the settlement of Shlomi",
"""The fighters of the Islamic Resistance at 10:15 on Sunday targeted the settlement of Shlomi with a salvo of Katyusha rockets, in response to the aggression on our villages in the south, the statement said.""",
[(SHL, "IL", "Shlomi", None, "d0", "Hezbollah", None)],
"translated: 'the settlement of' a town is where the rockets landed; 'our villages in the south' is the reason"),

("bf-commune-burkinabe-fr", "2023-11-06 10:00", "Terrorist attack against the detachment of Djibo",
"""On Sunday, 5 November, a large group of terrorists attacked the military detachment and the camp of displaced persons in the commune of Djibo, province of Soum. The riposte of the forces neutralised dozens of assailants; among the Burkinabe soldiers and volunteers, 17 fell, the army general staff communicated.""",
[(CL, "BF", "Djibo", 17, "2023-11-05", "terrorists", "Burkina Faso")],
"translated from French: commune and province named, Burkinabe soldiers"),

("sy-shelling-of-headline-ar", "2023-12-04 15:00", "Shelling of Darat Izza by the regime forces",
"""The regime forces carried out this morning a rocket shelling on the residential neighbourhoods of the city, which led to the death of three civilians, among them a woman, and the wounding of others, the civil defence teams reported from western Aleppo countryside.""",
[(SHL, "SY", "Darat Izza", 3, "d0", "Syria", "civilians")],
"translated from Arabic: the town named only in 'shelling of' in the headline"),

("ru-moscow-conference-none", "2024-06-19 10:00", "In Moscow the conference on security of the borders took place",
"""In Moscow took place the international conference on the security of the borders of the Union State, in which participated delegations of Belarus and of Kazakhstan, the ministry informed. The sides discussed the situation on the border with Ukraine.""",
[],
"translated negative: a conference; 'the border with Ukraine'"),
]
