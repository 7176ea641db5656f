from common import *

# Translated copy written by helper fa6 for issue 14 (session of 2026-12-07), in our own
# words and without reading the blind items.
FEED = ("dev/fa6-translated.rss.xml", "rss", "https://fa6-perevod.example.net/en", "FA6 Translations")
REGISTER = "translated"

ITEMS = [
("ru-mod-denies-strike-hospital", "2024-07-09 11:00", "The Ministry of Defence of Russia refuted the accusations of a strike on a children's hospital in Kyiv",
"""The statements of the Kyiv regime that a Russian missile hit the Okhmatdyt children's hospital do not correspond to reality, the official representative of the Ministry of Defence stated on {d0}. According to the ministry, the damage was caused by the fall of a Ukrainian anti-aircraft missile launched from a complex within the city limits. The Russian armed forces do not carry out strikes on civilian objects.""",
[],
"translated: a ministry rejects a strike as fabricated and blames an air-defence missile: no event"),

("tr-msb-cyber-claim", "2024-02-21 13:00", "Defence ministry: attempted cyber attacks on military networks were repelled",
"""Sources of the Ministry of National Defence informed at the weekly briefing on {d0} that attempted cyber attacks directed at the networks of the Turkish Armed Forces during the past week had been detected and repelled without any damage. The sources also said that the Anatolian Eagle exercise will be held in Konya with the participation of eight allied countries.""",
[],
"translated: cyber attacks repelled and an exercise: no event"),

("ir-irgc-warns-retaliation", "2024-04-10 09:00", "Commander of the IRGC: the Zionist regime will be punished for the crime in Damascus",
"""The commander-in-chief of the Islamic Revolutionary Guard Corps declared on {d0} that the Zionist regime will receive a decisive answer for the attack on the consular section of the Iranian embassy in Damascus, in which seven military advisers were martyred on 1 April. "The time and the manner of the response will be determined by us," he said at a funeral ceremony in Isfahan.""",
[],
"translated: a vow of revenge for an attack of nine days before: no event"),

("ua-zsu-memorial-ilovaisk", "2024-08-29 10:00", "In Dnipro, the fallen defenders of Ilovaisk were honoured",
"""On {d0}, on the tenth anniversary of the exit from the Ilovaisk encirclement, a requiem meeting was held in Dnipro. According to official data, 366 Ukrainian servicemen died when Russian troops opened fire on the columns leaving along the agreed corridor in August 2014. Flowers were laid at the memorial wall of the fallen.""",
[],
"translated: an anniversary of a battle of 2014 with its toll: no event"),

("az-mod-shelling-report", "2021-11-17 10:30", "Ministry of Defence: positions of the army in the Kalbajar direction were subjected to fire",
"""On {d0}, from 11:30, units of the armed forces of Armenia subjected to fire from small arms of different calibres the positions of the Azerbaijani army located in the Kalbajar direction, the press service of the Ministry of Defence informed. Adequate retaliation measures were taken by the units of our army. There are no losses among the personnel.""",
[(CL, "AZ", "Kalbajar", None, "d0", "Armenia", "Azerbaijan")],
"translated: an exchange of fire between positions: one event"),
]
