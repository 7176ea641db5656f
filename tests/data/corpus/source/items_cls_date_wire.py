from common import *

# Wire copy written for the date rules (helper cls-date): acts the text gives no day for
# (date null: the publication day is not the event's day), only a week, "last night" in a
# dispatch whose dateline gives the day before publication, "after midnight", a headline
# act whose lead tells the day in other words; and stories of past or future acts.
FEED = ("dev/cls-date-wire.rss.xml", "rss", "https://datedesk.example.org/wire", "Date Desk: Wire")
REGISTER = "wire"

ITEMS = [
("ke-mandera-road-workers", "2024-09-18 14:05", "Gunmen kill three road workers in Mandera",
"""NAIROBI (Agency) - Gunmen shot dead three men building a road near Elwak in Kenya's Mandera county, police said, blaming al Shabaab militants who cross from Somalia.

The workers were employed by a contractor widening the highway to the Somali border. Police said a search for the attackers was under way.""",
[(CIV, "KE", "Elwak", 3, None, "Al-Shabaab", "civilians")], "no day in the text: date null"),

("iq-diyala-checkpoint-last-week", "2023-11-07 11:40", "Iraqi army says militants hit Diyala checkpoint",
"""BAGHDAD, Nov 7 (Agency) - Islamic State militants attacked an army checkpoint near Muqdadiya in Diyala province last week, killing two soldiers, the Iraqi army said in a statement on {d0}.

The army said troops had since searched orchards around the town and arrested four suspects.""",
[(CL, "IQ", "Muqdadiya", 2, None, "Islamic State", "Iraq")], "only a week: date null"),

("sd-el-fasher-last-night-dateline", "2024-06-13 01:30", "Shelling of El Fasher market kills eight",
"""KHARTOUM, June 12 (Agency) - Paramilitary Rapid Support Forces shelled the main market of El Fasher in North Darfur last night, killing eight people, a medical charity said.

The city, the army's last stronghold in Darfur, has been under siege for weeks. The RSF did not comment.""",
[(SHL, "SD", "El Fasher", 8, "d-2", "Rapid Support Forces", "civilians")], "last night counts from the dateline's day (June 12), not the publication day"),

("sy-hama-after-midnight", "2025-01-20 07:15", "Warplanes strike weapons depot near Hama",
"""DAMASCUS (Agency) - Warplanes struck a weapons depot on the edge of Hama after midnight, setting off explosions that were heard across the city, residents said. There was no word on casualties.

A war monitor said the jets were Israeli; the Israeli military declined to comment.""",
[(AIR, "SY", "Hama", None, "d0", "Israel", None)], "after midnight is the night ending on the publication day"),

("pk-peshawar-handcart-bomb", "2024-02-27 16:50", "Bomb kills two at Peshawar bus terminal",
"""PESHAWAR, Pakistan (Agency) - The device, hidden in a vegetable seller's handcart, went off at the crowded terminal on {d0} morning as passengers boarded buses for the tribal districts.

Eleven people were taken to Lady Reading Hospital, a spokesman said. No group said it was behind the blast.""",
[(IED, "PK", "Peshawar", 2, "d0", None, "civilians")], "the headline's act dated by the lead's day"),

("ng-kano-court-last-years-bombing", "2024-03-21 12:00", "Court jails three over last year's Kano market bombing",
"""KANO, Nigeria (Agency) - A federal high court in Kano on {d0} sentenced three men to life in prison for a bombing at the Kurmi market last year that killed six traders.

The judge said the prosecution had proved that the men built and planted the device. Their lawyers said they would appeal.""",
[], "a trial over a past act"),

("lk-aranthalawa-anniversary", "2023-06-02 09:30", "Monks mark anniversary of Aranthalawa killings",
"""COLOMBO (Agency) - Hundreds of Buddhist monks gathered in Ampara district on {d0} to remember the 33 novice monks and four civilians killed in an attack on a bus at Aranthalawa in June 1987.

Speakers called for a memorial to be built at the site. The government sent a minister to the ceremony.""",
[], "anniversary of an old attack"),

("ua-general-vows-offensive", "2024-04-15 17:20", "Ukrainian general says troops will push back before summer",
"""KYIV (Agency) - Ukraine's ground forces commander said on {d0} that his troops would try to push Russian forces back from the outskirts of Chasiv Yar before the summer, once new artillery shells arrive.

He gave no date for any operation and said the coming weeks would be hard.""",
[], "a plan, not an act"),

("bd-cox-bazar-floods", "2024-07-03 08:10", "Floods cut off camps in Cox's Bazar",
"""DHAKA (Agency) - Heavy rain flooded shelters in refugee camps near Cox's Bazar overnight and set off landslides that killed two children, officials said.

Aid agencies moved families to higher ground and warned that more rain was forecast for the week.""",
[], "weather with a toll"),
]
