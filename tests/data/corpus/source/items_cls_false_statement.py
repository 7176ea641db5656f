from common import *

# Statements written by helper cls-false for issue 14 (session 6) without reading the
# blind items: acts held in reports that the statement calls false (denied, no event),
# and a dispute over who began an exchange that did happen (one event).
FEED = ("dev/cls-false-statement.feed.json", "json", "https://officialwire.example.info/statements", "Official Wire: Statements and Communiqués")
REGISTER = "statement"

ITEMS = [
("ge-mia-ergneti-rumour", "2024-09-12 10:20", "Interior Ministry statement on posts about the Ergneti line",
"""Reports circulating on social networks that occupation forces shot at a Georgian police patrol near Ergneti are not true, the Ministry of Internal Affairs states.

The patrol completed its route without incident. The ministry asks the public to rely on official information.""",
[],
"a shooting held in reports the statement calls untrue: denied, no event"),

("ng-dhq-zamfara-wedding-claim", "2024-11-05 16:40", "DHQ: no air operation hit a wedding in Zamfara",
"""The Defence Headquarters says claims that Nigerian Air Force jets bombed a wedding party in Maru Local Government Area of Zamfara State are false and intended to undermine troops.

The Director of Defence Media Operations said air interdiction missions in the state target only identified bandit enclaves.""",
[],
"an air strike held in claims the defence headquarters calls false: denied, no event"),

("pk-ispr-kotli-who-began", "2024-03-19 09:05", "ISPR: Indian claim over Kotli firing rejected",
"""The claim of the Indian army that Pakistani troops started the firing in the Kotli sector on {d-1} night is baseless, the ISPR said. The exchange of fire across the Line of Control lasted two hours and one Pakistani soldier was killed.

Pakistan reserves the right to respond to any violation, the statement added.""",
[(CL, "PK", "Kotli", 1, "d-1", "India", "Pakistan")],
"who began the firing is disputed, not the firing: one exchange, one event"),

("ml-fama-boulkessi-post", "2024-06-02 18:30", "Malian army: attack on Boulkessi post repelled",
"""In a statement on {d0}, the general staff said terrorists attacked the army post at Boulkessi on {d-1}, killing four soldiers, before they were driven off. It said reports that the post had fallen into enemy hands were false.

Air support was called in and the area is being searched.""",
[(CL, "ML", "Boulkessi", 4, "d-1", "militants", "Mali")],
"an attack the army tells as news, and a fall of the post it calls false: one event, no territory change"),
("so-sna-baidoa-posts", "2024-12-03 13:50", "Army command on online posts about Baidoa",
"""The army command has seen claims on social media that a military convoy was ambushed outside Baidoa and that many soldiers died.

These reports are baseless. No convoy was ambushed in Bay region this week, and units there are carrying out their duties normally.""",
[],
"an ambush told in posts, called baseless in the next sentence, and a passive with 'no convoy': no event"),
]
