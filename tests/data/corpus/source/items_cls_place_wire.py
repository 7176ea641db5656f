from common import *

# Wire copy written for the places of issue 14: datelines far from the event (a Dubai
# or Nairobi dateline), events at sea, villages named only with a demonym ("Burkinabe
# villages"), San Salvador and El Salvador, Georgia, Cordoba, a district named after a
# foreign city; and negatives. The team's own words; places are real, events simplified
# or invented.
FEED = ("dev/place-wire.atom.xml", "atom", "https://placewire.example.net/world", "Placewire")
REGISTER = "wire"

ITEMS = [
("dubai-redsea-tanker", "2024-06-13 15:40", "Missile hits tanker in Red Sea, crew unhurt",
"""DUBAI, June 13 (Placewire) - A missile struck a Liberian-flagged oil tanker in the southern Red Sea on Thursday, starting a small fire that the crew put out, a British maritime security agency said.

The agency said the ship was about 90 nautical miles northwest of the port of Hodeidah and continued to its next port of call. No one was hurt. Yemen's Houthi movement has attacked dozens of merchant ships since November.""",
[(SHL, None, "Red Sea", 0, "d0", "Houthis", None)],
"Dubai dateline, event at sea: no country"),

("nairobi-lamu-ambush", "2024-07-02 12:10", "Kenyan police killed in ambush near Somali border",
"""NAIROBI, July 2 (Placewire) - Suspected al-Shabaab fighters ambushed a police vehicle near Kiunga in Lamu county on Tuesday morning, killing four officers, a police commander said.

The officers were on patrol along the road that runs through the Boni forest when their vehicle was hit by gunfire and a roadside bomb, he said.""",
[(CL, "KE", "Kiunga", 4, "d0", "Al-Shabaab", "Kenya")],
"Nairobi dateline, event in Lamu county"),

("burkinabe-villages-mali", "2023-05-22 17:30", "Gunmen kill 20 in Burkinabe border villages",
"""BAMAKO, May 22 (Placewire) - Gunmen killed at least 20 people in two Burkinabe villages near the border with Mali over the weekend, local sources said on Monday.

The attackers arrived on motorcycles and shot men in the market before setting fire to granaries, a resident who fled to Mali told Placewire by telephone.""",
[(CIV, "BF", None, 20, None, "gunmen", "civilians")],
"Bamako dateline, Burkinabe villages: Burkina Faso"),

("san-salvador-gang-police", "2022-03-27 19:00", "Gang members kill police officer in San Salvador suburb",
"""SAN SALVADOR, March 27 (Placewire) - Gang members shot dead a police officer on patrol in the Soyapango suburb of the capital on Sunday, police said.

El Salvador's government blamed the MS-13 gang. Two other officers returned fire and one attacker was wounded.""",
[(CL, "SV", "Soyapango", 1, "d0", "MS-13", "El Salvador")],
"San Salvador: El Salvador"),

("georgia-abkhazia-line", "2009-03-15 10:00", "Georgian policeman killed by blast near Abkhazia line",
"""TBILISI, March 15 (Placewire) - A Georgian police officer was killed on Sunday when a bomb exploded beside his post in the village of Ganmukhuri near the boundary with breakaway Abkhazia, the interior ministry said.

The ministry blamed the Abkhaz side.""",
[(IED, "GE", "Ganmukhuri", 1, "d0", None, "Georgia")],
"Georgia the country, not the US state"),

("kyiv-drone-sea", "2024-08-20 09:20", "Ukraine says sea drones struck Russian patrol boat in Black Sea",
"""KYIV, Aug 20 (Placewire) - Ukrainian naval drones struck a Russian patrol boat in the Black Sea overnight, Ukraine's military intelligence said on Tuesday.

Russia did not comment. Ukraine has used sea drones to push Russia's fleet away from the western Black Sea since 2023.""",
[(AIR, None, "Black Sea", None, "d0", "Ukraine", "Russia")],
"event at sea with a Kyiv dateline"),

# Negatives.
("cordoba-festival", "2024-05-05 11:00", "Cordoba patios open to visitors",
"""CORDOBA, Spain, May 5 (Placewire) - Hundreds of flower-filled courtyards opened to visitors on Sunday as the Andalusian city's patio festival began, drawing tourists from across Spain.""",
[],
"negative: a festival"),

("tripoli-talks", "2024-09-30 13:00", "Libyan rivals agree on central bank deal in Tripoli",
"""TRIPOLI, Sept 30 (Placewire) - Libya's rival legislatures signed an agreement on Monday on the leadership of the central bank, ending a month-long standoff that had cut oil output, U.N. officials said.""",
[],
"negative: talks in Tripoli"),

("georgia-atlanta-shooting-none", "2024-11-05 18:00", "Georgia voters queue in Atlanta",
"""ATLANTA, Nov 5 (Placewire) - Voters queued for hours at polling stations across Georgia on Tuesday, election officials said, with no incidents reported.""",
[],
"negative: an election day"),

("dubai-airshow", "2023-11-14 08:30", "Dubai Airshow sees drone orders",
"""DUBAI, Nov 14 (Placewire) - Gulf air forces ordered armed drones and missiles worth billions of dollars at the Dubai Airshow on Tuesday, officials said.""",
[],
"negative: arms orders at a show"),
("hyderabad-india-riot-none", "2024-02-20 16:00", "Hyderabad police detain 40 after stone-pelting",
"""HYDERABAD, India, Feb 20 (Placewire) - Police in the southern Indian city detained 40 people on Tuesday after two groups threw stones at each other during a procession in the old city. No one was seriously hurt.""",
[],
"negative: a riot with no armed group; Hyderabad in India"),
]
