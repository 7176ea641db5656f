from common import *

# Agency wire written by helper fa7 for issue 14 (session of 2026-12-07), in our own
# words and without reading the blind items: court news about old attacks, and attacks
# on judges and courts that are news.
FEED = ("dev/fa7-wire.rss.xml", "rss", "https://fa7-desk.example.org/world", "FA7 Desk: World")
REGISTER = "wire"

ITEMS = [
("ke-court-jails-garissa-plotters", "2024-06-13 14:20", "Kenyan court jails three over Garissa university attack",
"""NAIROBI, June 13 (FA7) - A Nairobi court on Thursday sentenced three men to between 25 and 41 years in prison for helping plan the attack on Garissa University College, in which al Shabaab gunmen killed 148 people, most of them students.

The gunmen stormed the campus before dawn, separated Christian students from Muslims and shot them in their dormitories. Security forces killed the four attackers after a siege that lasted most of the day.

Magistrate Francis Andayi said the three had given the gunmen shelter and money. Their lawyers said they would appeal.""",
[],
"wire: a court sentence for an old massacre, the massacre told without its year: no event"),

("fr-appeals-court-nice-truck", "2024-10-02 11:05", "Appeals court upholds sentences over Nice truck attack",
"""PARIS, Oct 2 (FA7) - A Paris appeals court on Wednesday upheld the prison terms of seven people convicted of helping the man who drove a truck into a crowd on the Promenade des Anglais in Nice, killing 86 people on Bastille Day.

The driver, a Tunisian resident of Nice, was shot dead by police at the scene. Families of victims, some of whom travelled from Nice for the hearing, said the ruling brought them some peace.""",
[],
"wire: an appeal ruling over an old attack: no event"),

("pk-atc-mardan-blast-verdict", "2024-02-08 09:30", "Pakistan anti-terrorism court sentences two to death for Mardan mosque bombing",
"""PESHAWAR, Feb 8 (FA7) - An anti-terrorism court in Peshawar on Thursday sentenced two members of the Pakistani Taliban to death for a bombing at a mosque in Mardan that killed nine worshippers during Friday prayers.

Prosecutors said the men had brought the explosives from the Afghan border in a vegetable truck and planted them under the prayer mats. A third suspect was acquitted for lack of evidence.""",
[],
"wire: a death sentence for an old mosque bombing, told without its date: no event"),

("co-jep-farc-kidnapping-ruling", "2024-09-24 16:40", "Colombia peace tribunal charges ex-FARC commanders over kidnappings",
"""BOGOTA, Sept 24 (FA7) - Colombia's special peace tribunal on Tuesday charged six former commanders of the FARC guerrilla with war crimes for the kidnapping of more than 21,000 people during the armed conflict.

The tribunal said the rebels held hostages in jungle camps for years, chained some of them to trees and killed those who tried to escape. The former commanders, who signed the 2016 peace deal, have acknowledged responsibility.""",
[],
"wire: a tribunal's charges over decades of kidnappings: no event"),

("pk-quetta-judge-shot-dead", "2024-05-21 10:15", "Gunmen shoot dead judge outside court in Quetta",
"""QUETTA, Pakistan, May 21 (FA7) - Gunmen on a motorcycle shot dead a civil judge outside the district courts in Quetta on Tuesday morning as he stepped out of his car, police said.

The judge, who had been hearing a land dispute between two tribes, died on the way to hospital. His driver was wounded. No group claimed responsibility.""",
[(CIV, "PK", "Quetta", 1, "d0", "gunmen", "civilians")],
"wire: a judge shot dead outside a court: one event (a near miss for court news)"),

("so-mogadishu-court-bombing", "2023-11-14 17:50", "Car bomb kills five outside Mogadishu court as trial of militants opens",
"""MOGADISHU, Nov 14 (FA7) - A car bomb exploded outside the regional court in Mogadishu's Hodan district on Tuesday as the trial of eight suspected al Shabaab members was about to open, killing five people, police said.

Police said a car packed with explosives was parked beside the court's outer wall and set off by remote control. Al Shabaab said it carried out the attack.""",
[(IED, "SO", "Mogadishu", 5, "d0", "al-Shabaab", None)],
"wire: a car bomb at a court as a trial opens: one event (court words in the headline, with the act)"),

("ng-court-remands-kaduna-train", "2024-04-17 13:00", "Nigerian court remands suspects over 2022 Abuja-Kaduna train attack",
"""ABUJA, April 17 (FA7) - A Federal High Court in Abuja on Wednesday remanded six men in custody over the attack on the Abuja-Kaduna train, in which gunmen blew up the track, killed eight passengers and took more than 60 hostage.

The suspects pleaded not guilty to terrorism charges. The trial was adjourned to June.""",
[],
"wire: a court remand over an old train attack: no event"),

("mx-judge-frees-cartel-gunmen", "2024-03-07 19:30", "Mexican judge frees soldiers accused over Tlatlaya killings",
"""MEXICO CITY, March 7 (FA7) - A federal judge on Thursday ordered the release of four soldiers accused of killing 22 people in a warehouse in Tlatlaya, in Mexico State, ruling that prosecutors had failed to prove that they fired the shots.

Rights groups say several of the dead were shot after they had surrendered.""",
[],
"wire: a judge frees soldiers over an old killing: no event"),

("in-imphal-curfew-eased", "2024-09-16 10:20", "Manipur eases curfew in Imphal as calm returns",
"""IMPHAL, Sept 16 (FA7) - Authorities in India's Manipur state on Monday relaxed the curfew in Imphal East and Imphal West districts for 12 hours a day as the situation returned to normal, officials said.

The curfew was imposed last week after students clashed with security forces near the governor's residence, leaving dozens injured. Internet services remain suspended.""",
[],
"wire: a curfew eased, the clashes behind it are background: no event"),
]
