from common import *

# Military, ministry and armed-group statements written by helper cls-type in session 4
# for issue 14, without reading the blind items: first person plural, "eliminated",
# "neutralised", "intercepted", claims in a group's voice, an encounter; and statements
# with no new act (a condolence on an anniversary, a denial, a warning).
FEED = ("dev/s4-statement.feed.json", "json", "https://communiques.example.org/releases", "Communiqués")
REGISTER = "statement"

ITEMS = [
("sa-jazan-drones-intercepted", "2021-03-21 09:00", "Coalition: our air defences intercepted three drones launched towards Jazan",
"""The Joint Forces Command of the Coalition to Restore Legitimacy in Yemen announced that our air defences intercepted and destroyed on Sunday morning three bomb-laden drones launched by the terrorist Houthi militia in a systematic and deliberate way towards Jazan. The Command affirms that it is taking the necessary operational measures to protect civilians.""",
[(DIS, "SA", "Jazan", None, "d0", "Saudi Arabia", "Houthis")],
"statement: drones intercepted and destroyed: disrupted weapons use"),

("in-kupwara-encounter", "2024-09-14 17:30", "Two terrorists eliminated in Kupwara operation",
"""Based on specific intelligence inputs regarding the presence of terrorists, a joint operation was launched by the Indian Army and J&K Police in the general area of Machil, Kupwara, on 13 September. On being challenged, the terrorists opened indiscriminate fire and the ensuing encounter continued through the night. Two terrorists have been eliminated so far. Two AK rifles and war-like stores were recovered. The operation is in progress.""",
[(CL, "IN", "Machil", 2, "2024-09-13", "India", None)],
"statement: an encounter after terrorists opened fire, 'eliminated': armed clash with a toll"),

("so-shabaab-claim-convoy", "2024-03-05 12:00", "Statement on the blessed operation against the convoy of the apostates",
"""The mujahideen carried out on Monday an ambush against a convoy of the apostate army and the African crusaders on the road between Baraawe and Janaale in Lower Shabelle. The mujahideen killed 7 of the apostates and set fire to two of their vehicles, and seized weapons and ammunition, by the grace of Allah.""",
[(CL, "SO", "Baraawe", 7, "d-1", "Al-Shabaab", "Somalia")],
"statement in an armed group's voice: an ambush of an army convoy is an armed clash"),

("ng-dhq-airstrikes-sambisa", "2024-04-18 15:00", "Air Component neutralises terrorists in Sambisa",
"""Defence Headquarters wishes to inform the public that the Air Component of Operation Hadin Kai on 16 April 2024 conducted air interdiction on a terrorists' enclave at Tumbun Rago in the Sambisa forest, Borno State. Battle damage assessment revealed that several terrorists were neutralised and their logistics destroyed. Troops remain resolute in the fight against terrorism.""",
[(AIR, "NG", "Sambisa forest", None, "2024-04-16", "Nigeria", "Boko Haram")],
"statement: 'air interdiction', several neutralised: air strike, vague toll"),

("pk-ispr-condolence-aps", "2024-12-16 10:00", "ISPR: nation remembers the martyrs of Army Public School",
"""On the tenth anniversary of the heinous terrorist attack on Army Public School Peshawar on 16 December 2014, the Chief of Army Staff paid rich tribute to the 147 martyrs, most of them children. The forces of Pakistan remain determined to eliminate terrorism in all its forms.""",
[], "statement on an anniversary of a school attack, with its toll: negative"),

("ru-mod-denies-hospital", "2024-07-09 14:00", "Ministry of Defence: statements about a strike on a hospital are not true",
"""The Ministry of Defence declares that the statements of the Kyiv regime about an alleged deliberate strike of the Russian armed forces on a children's hospital do not correspond to reality. Our forces did not carry out strikes on civilian objects. The destruction was caused by the fall of a missile of Ukrainian air defence, the ministry insists.""",
[], "statement denying a strike: negative (a denial, not a new act in the statement's own voice)"),

("ye-houthi-warning-ships", "2024-02-02 20:00", "Armed forces warn shipping companies",
"""The Yemeni armed forces warn all shipping companies that any ship linked to the Israeli enemy or to the American and British aggressors will be a legitimate target for our naval forces in the Red Sea and the Arabian Sea. The armed forces will not hesitate to expand their operations if the aggression continues.""",
[], "armed group statement: a threat to ships: negative"),
]
