from common import *

# Local press written by helper fa7 for issue 14 (session of 2026-12-07), in our own
# words and without reading the blind items: court cases over old attacks next to
# attacks on courts that are news.
FEED = ("dev/fa7-local.rss.xml", "rss", "https://fa7-local.example.pk/news", "FA7 Local")
REGISTER = "local"

ITEMS = [
("pk-atc-dera-checkpost-verdict", "2024-01-18 06:30", "ATC awards life terms to three in Daraban checkpost attack case",
"""DERA ISMAIL KHAN: An anti-terrorism court here on Wednesday awarded life imprisonment to three accused in the case of the attack on a police checkpost in Daraban tehsil, in which four policemen were martyred.

According to the prosecution, the accused had opened fire on the checkpost from the nearby fields late at night and then fled towards the mountains. The court acquitted two other accused for want of evidence. Defence counsel said the verdict would be challenged in the high court.""",
[],
"local: an anti-terrorism court verdict over an old attack on a checkpost: no event"),

("ng-makurdi-court-herders-trial", "2024-07-09 07:00", "Court adjourns trial of herders over Yelwata killings",
"""MAKURDI - The Federal High Court sitting in Makurdi has adjourned to September the trial of nine suspected herders charged over the killing of villagers in Yelwata, Guma Local Government Area of Benue State.

The prosecution told the court that the accused stormed the community at night, set houses ablaze and shot residents as they ran. Counsel to the accused asked for more time to study the proof of evidence.""",
[],
"local: a trial adjourned over an old raid on a village: no event"),

("pk-peshawar-court-blast", "2024-08-27 12:10", "Two killed as blast rocks judicial complex in Peshawar",
"""PESHAWAR: Two people including a police constable were killed and six injured when an explosive device went off near the gate of the judicial complex on Khyber Road on Tuesday.

Police said the device had been hidden in a motorcycle parked near the lawyers' chambers and was detonated as a prison van carrying undertrial prisoners arrived. The bomb disposal squad cordoned off the area.""",
[(IED, "PK", "Peshawar", 2, "d0", None, None)],
"local: a bomb at a judicial complex: one event (a near miss for court news)"),

("in-nia-court-chargesheet-pulwama", "2024-05-30 08:40", "Special NIA court frames charges in Sukma ambush case",
"""RAIPUR: The special NIA court in Jagdalpur on Thursday framed charges against 11 accused Maoist cadres in the case of the ambush in Sukma district in which 22 security personnel lost their lives.

According to the chargesheet, the Maoists had laid a trap for the joint team of the CRPF and district police in the forests of Tekalguda and attacked it from three sides with rockets and automatic weapons. The next hearing is on July 4.""",
[],
"local: charges framed in court over an old ambush: no event"),

("ng-jos-curfew-lifted-calm", "2024-10-03 07:30", "Plateau govt lifts curfew in Jos North as calm returns",
"""JOS - The Plateau State Government has lifted the 24-hour curfew imposed on Jos North Local Government Area, citing the return of calm to the affected communities.

The curfew was imposed two weeks ago after renewed clashes between youths of the Angwan Rogo and Congo-Russia areas, in which several houses were burnt. The Commissioner for Information urged residents to go about their lawful businesses and report suspicious movements to security agencies.""",
[],
"local: a curfew lifted, the clashes that brought it are background: no event"),

("ng-kaduna-curfew-after-clash", "2024-06-19 08:15", "Kaduna govt imposes curfew on Kauru after clash kills six",
"""KADUNA - The Kaduna State Government has imposed a dusk-to-dawn curfew on Kauru town after a clash between two communities on Tuesday left six people dead and several houses burnt.

The Commissioner for Internal Security said troops and mobile police had been deployed to the area and that those behind the violence would be brought to book.""",
[(CL, "NG", "Kauru", 6, "d-1", None, None)],
"local: a curfew imposed after a clash that is news: one event (a near miss for curfew news)"),

("pk-karachi-robbers-snatched-cash", "2024-09-10 06:50", "Robbers snatch Rs2m from trader in Saddar",
"""KARACHI: Two armed motorcyclists snatched Rs2 million in cash and a mobile phone from a cloth trader near Empress Market in Saddar on Monday evening and escaped, police said.

The trader had withdrawn the money from a bank minutes earlier. Police said CCTV footage was being examined and a case had been registered against unknown suspects.""",
[],
"local: a street robbery, cash snatched: no event"),

("pk-lakki-engineers-snatched", "2024-03-26 07:40", "Gunmen snatch two engineers from dam site in Lakki Marwat",
"""LAKKI MARWAT: Unidentified gunmen snatched two engineers working on a small dam in the Tajazai area of Lakki Marwat district on Monday and took them to an unknown location, police said.

The district police officer said a search operation had been launched in the surrounding hills.""",
[(ABD, "PK", "Lakki Marwat", None, "d-1", "gunmen", "civilians")],
"local: gunmen snatch two engineers: one event (people snatched, not goods)"),
]
