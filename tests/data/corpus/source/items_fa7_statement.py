from common import *

# Statements written by helper fa7 for issue 14 (session of 2026-12-07), in our own words
# and without reading the blind items.
FEED = ("dev/fa7-statement.rss.xml", "rss", "https://fa7-press.example.int/statements", "FA7 Press Statements")
REGISTER = "statement"

ITEMS = [
("ua-pgo-sentence-kherson-shelling", "2024-07-16 13:00", "Court sentences Russian serviceman for the shelling of Kherson",
"""The Office of the Prosecutor General reports that, on the evidence gathered by our prosecutors, the Kherson city court has found a serviceman of the Russian armed forces guilty of violating the laws and customs of war. In November 2022 he directed the fire of a multiple rocket launcher at the Korabelnyi district of Kherson, killing two civilians. He was sentenced in absentia to 15 years of imprisonment. We will continue to document every crime of the aggressor.""",
[],
"statement: a prosecutors' statement on a sentence for an old shelling: no event"),

("ph-afp-court-convicts-abu-sayyaf", "2024-03-22 09:00", "AFP welcomes conviction of Abu Sayyaf members for Jolo cathedral bombing",
"""The Armed Forces of the Philippines welcomes the decision of the Regional Trial Court convicting four Abu Sayyaf members for their part in the twin bombing of the Jolo cathedral, which killed 23 worshippers and soldiers. Our troops arrested the accused in a series of operations in Sulu. Justice has been served for the victims and their families.""",
[],
"statement: an army welcomes a conviction over an old bombing: no event"),
]
