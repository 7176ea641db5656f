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

]
