from common import *

# Wire and teaser items written for the event-type rules of issue 14: genre pieces and
# homonyms (reviews, digs, a company called Shell), generic talk of attacks, and
# headlines whose second clause names an earlier act. The team's own words.
FEED = ("dev/types-wire.rss.xml", "rss", "https://worldbrief.example.com/news", "World Brief")
REGISTER = "wire"

ITEMS = [
("review-war-game", "2024-09-12 10:00", "Review: a strategy game that makes you plan every ambush",
"""The new real-time strategy title puts players in charge of a battalion in a fictional Balkan war. Its 'Attack Plan' screen lets you time artillery barrages and air strikes down to the second, and the campaign's last battle, a night assault on a river crossing, is the best thing in it.

There are weak spots: the enemy commanders repeat the same flanking move, and the story is thin. But as a simulation of how a battle unravels it has few equals.""",
[], "game review with battles and air strikes: negative"),

("review-history-book", "2023-11-03 09:30", "Book review: the siege that broke an empire",
"""The historian's new book follows the defenders of a Crimean fortress through 1854 and 1855, when shelling killed thousands and a final assault ended the siege. It draws on soldiers' letters and on hospital records.

It is long, but the chapters on the winter and on the last attack are hard to put down.""",
[], "history book review with a toll: negative"),

("dig-sedan-1870", "2024-08-21 14:10", "Archaeologists unearth soldiers' graves from 1870 battle near Sedan",
"""Archaeologists working ahead of a road project near Sedan in northern France have found the remains of at least 30 soldiers killed in the battle of 1870, together with buttons, bullets and a bayonet. About 17,000 men were killed or wounded in the fighting.""",
[], "archaeology of an old battle with a toll: negative"),

("shell-dividend", "2024-02-01 07:45", "Shell lifts dividend after strong gas trading",
"""Shell said on {d0} it would raise its dividend by 4% and buy back $3.5 billion of shares after a strong quarter for its gas trading desk. Shares rose 3% in London.""",
[], "homonym: the company: negative"),

("login-shell-bug", "2024-04-18 12:00", "Shell bug lets attackers run code on servers",
"""A flaw in a widely used login shell lets an attacker who can set an environment variable run commands on a server, researchers said on {d0}. A patch was released the same day and administrators were urged to install it.""",
[], "computer shell and attackers: negative"),

("cyber-claim-ministry", "2024-06-06 16:30", "Hackers claim attack on defence ministry website",
"""A pro-Russian hacker group claimed on {d0} to have knocked the Polish defence ministry's website offline for several hours in a denial-of-service attack. The ministry said no data had been taken.""",
[], "claimed cyber attack: negative"),

("knifeman-shot-police", "2024-03-15 18:20", "Police shoot man who attacked officers with a knife",
"""Police in Hamburg shot and wounded a man who attacked two officers with a knife outside the central station on {d0}, a police spokesman said. The officers were treated for cuts. The man, who had a history of mental illness, was arrested.""",
[], "police shooting a lone knifeman: crime, negative"),

("kherson-generic-warning", "2023-12-08 11:40", "Kherson braces for winter shelling",
"""Officials in Kherson said on {d0} that any attack on the city's power plant could leave tens of thousands without heat, and that every strike so far had been followed by repairs within days. Shelters have been stocked with generators.""",
[], "generic attacks (any, every): negative"),

("iraq-strikes-after-rocket", "2024-02-03 06:10", "US strikes militia sites in Iraq after deadly drone attack on base",
"""U.S. warplanes struck command centres and weapons depots of Iran-backed militias in western Iraq on {d0}, the Pentagon said, killing at least 16 fighters.

The strikes answered a drone attack on a U.S. base in Jordan on {d-6} that killed three American soldiers.""",
[(AIR, "IQ", "Iraq", 16, "d0", "United States", "Iran-backed militias"),
 (AIR, "JO", "Jordan", 3, "d-6", "Iran-backed militias", "United States")],
"headline's after-clause is an earlier act of its own; the main event is the air strike"),

("turkey-strikes-after-ambush", "2023-10-06 08:30", "Turkish jets hit PKK targets in Syria after Ankara bomb attack",
"""Turkish warplanes struck 30 targets of Kurdish militants in northeastern Syria on {d-1}, the defence ministry said, days after two attackers set off a bomb outside government buildings in Ankara. The ministry said the strikes hit oil facilities and depots near Qamishli.""",
[(AIR, "SY", "Qamishli", None, "d-1", "Turkey", "Kurdistan Workers' Party")],
"the Ankara bombing is background told in an after-clause, no day: only the strike is labelled"),

("kashmir-army-drill", "2024-05-16 13:00", "Army stages mock assault on border post in Kashmir drill",
"""Indian soldiers carried out a mock assault on a replica border post near Udhampur on {d0} as part of a two-day exercise, firing blank rounds and calling in simulated air support.""",
[], "exercise: negative"),

("mogadishu-hotel-siege", "2024-03-15 09:50", "Al-Shabaab gunmen storm Mogadishu hotel",
"""Al-Shabaab gunmen stormed the SYL hotel near the presidential palace in Mogadishu on {d-1} night and opened fire on guests, police said. Security forces ended the siege after several hours. At least three people were killed.""",
[(CIV, "SO", "Mogadishu", 3, "d-1", "Al-Shabaab", "civilians")],
"gunmen storming a hotel and firing on guests: attack on civilians"),
]
