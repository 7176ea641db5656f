from common import *

FEED = ("blind/teaser-c3.rss.xml", "rss", "https://briefs.example.net/n", "Briefs: headlines in brief")
REGISTER = "teaser"

ITEMS = [
# ---- positives ----
("zamfara-dansadau-market-traders", "2024-04-12 16:00", "Bandits kill 7 traders at Zamfara market",
"""Residents of Dansadau in Maru LGA say gunmen on motorcycles rode into the weekly market and fired at traders before escaping into the forest.""",
[(CIV, "NG", "Dansadau", 7, None, "bandits", "civilians")],
"toll in the headline only; no day given"),

("bilozerka-ambulance-drone", "2025-03-04 12:30", "Paramedic killed as drone hits ambulance",
"""A Russian drone struck an ambulance answering a call in Bilozerka, Kherson region, on {d0} morning, killing a paramedic and wounding the driver, the regional administration said.""",
[(AIR, "UA", "Bilozerka", 1, "d0", "Russia", "civilians")],
"drone strike on an ambulance; country never named"),

("quetta-railway-station-blast", "2024-11-09 10:45", "Blast rocks Quetta railway station, at least 24 dead",
"""A suicide bomber struck a crowd waiting for a Peshawar-bound train on {d0} morning. The Balochistan Liberation Army said it carried out the attack.""",
[(SUI, "PK", "Quetta", 24, "d0", "Balochistan Liberation Army", "civilians")],
"headline-ese; the toll in the headline, the type in the sentence"),

("nasir-recaptured-sspdf", "2025-08-13 09:00", "South Sudan army says it has recaptured Nasir",
"""An SSPDF spokesman said troops retook the Upper Nile town from the White Army on {d-1} after two days of fighting, five months after the militia overran its garrison.""",
[(GOV, "SS", "Nasir", None, "d-1", "South Sudan", "White Army")],
"retaking on a named day after longer fighting; the earlier overrun is background"),

("bunia-bar-grenade", "2024-01-29 07:20", "Two dead as grenade hits bar in Bunia",
"""An unidentified man threw the grenade into a crowded bar in the Ituri capital late on {d-1}, the mayor said. Eleven people were wounded.""",
[(GRE, "CD", "Bunia", 2, "d-1", None, "civilians")],
"grenade; 'late on' a day; the wounded are no toll"),

("kulachi-engineers-kidnapped", "2025-02-18 05:40", "Militants kidnap three engineers in Dera Ismail Khan",
"""Workers of a gas exploration company were taken from their camp in Kulachi tehsil late on {d-1}, police say. Their guards were disarmed.""",
[(ABD, "PK", "Kulachi", None, "d-1", "militants", "civilians")],
"abduction; tehsil below the district"),

("rsf-bara-north-kordofan", "2025-10-26 19:30", "RSF claims capture of Bara in North Kordofan",
"""The paramilitary group said it seized the town after clashes with the army and allied fighters. The army has not commented.""",
[(NSA, "SD", "Bara", None, None, "Rapid Support Forces", "Sudan")],
"territory claimed by the taker; no day given"),

("hays-shelling-children", "2024-06-15 11:10", "Houthi shelling kills 4 children in Hays",
"""Shells struck a residential area of the Hodeidah province district on {d-1} evening as the boys played outside, local officials said.""",
[(SHL, "YE", "Hays", 4, "d-1", "Houthis", "civilians")],
"headline carries actor, toll and place; Hodeidah as the province"),

# ---- negatives ----
("shell-lng-trading-beats", "2024-08-01 06:30", "Shell beats forecasts on strong LNG trading",
"""The oil major raised its buyback to $3.5 billion after second-quarter profit beat expectations, sending its shares up in early London trading.""",
[], "Shell the company"),

("ahly-striker-late-header", "2024-05-25 21:40", "Striker's late header fires Al Ahly to African title",
"""The forward rose highest in stoppage time to break the deadlock in Cairo, sparking scenes of wild celebration as the holders defended their crown.""",
[], "football: striker, fires"),

("war-drama-bombs-box-office", "2025-04-07 08:00", "Star-studded war drama bombs at the box office",
"""The $150m epic about the siege of a city took just $9m in its opening weekend, well short of the studio's hopes.""",
[], "a film that bombed; a siege on screen"),

("ababeel-missile-test", "2023-10-18 10:15", "Pakistan test-fires Ababeel missile",
"""The military said the flight test was aimed at validating design parameters and that the missile can carry several warheads.""",
[], "missile test"),

("mulhouse-market-knifeman-shot", "2025-02-22 17:50", "Police shoot man who stabbed passer-by at Mulhouse market",
"""Officers opened fire after the attacker, acting alone, refused to drop his knife. One man died of his wounds; the attacker was arrested.""",
[], "a lone attacker shot by police; a crime, not an armed group"),

("tbilisi-schools-bomb-threats", "2024-10-08 09:00", "Bomb threats force evacuation of Tbilisi schools",
"""Georgia's interior ministry said emailed threats had been sent to dozens of schools in the capital. No explosive devices were found.""",
[], "threats with no device; Georgia the country"),

("tripoli-bab-al-tabbaneh-army-deploys", "2025-05-12 13:30", "Army deploys in Tripoli's Bab al-Tabbaneh to keep the peace",
"""Lebanese troops set up checkpoints in the northern city's poor district after a dispute over municipal election results, the army said.""",
[], "deployment; Tripoli in Lebanon"),
]
