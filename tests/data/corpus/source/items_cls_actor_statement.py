from common import *

# Military statements written for issue 14's toll rules (cls-actor): the official
# idioms of death ("made the supreme sacrifice", "we deplore the loss of"), and
# negatives that use the same words with no new act. In the team's own words, without
# reading the blind split.
FEED = ("dev/cls-actor-statement.feed.json", "json", "https://pressroom.example.mil/releases", "Press Room: Releases")
REGISTER = "statement"

ITEMS = [
("in-poonch-supreme-sacrifice", "2024-04-23 09:30", "White Knight Corps: operation in Poonch",
"""Based on specific input, a joint operation was launched by the Army and J&K Police in the forests of Surankote, Poonch, on {d-1}.

Contact was established with the terrorists, who opened fire. Our troops retaliated and one terrorist was eliminated. A soldier made the supreme sacrifice in the line of duty. Search operations are in progress.""",
[(CL, "IN", "Surankote", 1, "d-1", "India", "militants")], "official idiom: a soldier made the supreme sacrifice (1); 'eliminated' alone is no toll"),

("bf-titao-loss-of-soldiers", "2024-06-04 18:00", "Army communique on the attack on Titao",
"""On {d-1}, armed terrorist groups attacked the positions of our forces in Titao, in the Loroum province. Our units, supported by the air vector, repelled the assault.

We deplore the loss of six soldiers and two VDP, who fell with arms in hand. Several terrorists were neutralised and equipment was recovered.""",
[(CL, "BF", "Titao", 8, "d-1", "armed terrorist groups", "Burkina Faso")], "official idiom: we deplore the loss of six soldiers and two VDP (8)"),

("pk-ispr-condolence-anniversary", "2024-12-16 10:00", "ISPR: nation remembers martyrs of Peshawar school attack",
"""On the tenth anniversary of the attack on the Army Public School in Peshawar, the armed forces paid tribute on {d0} to the 147 students and staff who laid down their lives on 16 December 2014.

The Chief of Army Staff laid a wreath at the memorial and said the sacrifice of the martyrs would never be forgotten.""",
[], "negative: an anniversary with the idiom of death and a historical toll"),

("ng-navy-firefighters-loss", "2024-08-20 15:45", "Navy mourns loss of two ratings in dockyard fire",
"""The Nigerian Navy on {d0} announced the loss of two ratings in a fire that broke out in a workshop at the naval dockyard in Lagos.

A board of inquiry has been set up to establish the cause of the fire, which officials believe was electrical. Operations at the dockyard have resumed.""",
[], "negative: deaths in an accident, told with the same idiom"),
]
