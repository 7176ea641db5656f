#!/usr/bin/env python3
"""Writes the blind split of the incident clustering corpus: one RSS file per outlet and
clusters.jsonl, from the INCIDENTS table and the REPORTS list below.

Written for sitrep's tests from tests/data/incidents/SPEC.md by a writer who does not
change the merging rules and did not read the development reports. Every report is
invented wording; places are real; incidents run from 2 September to 9 October 2024 and
are invented or loosely modelled on the kind of event reported in that period (tolls,
names and details are not a record of events). Outlets are invented (`<outlet>.example`).

Weekday names come from the table, never typed by hand: in a title or body, `{day}` is the
weekday of the report's own incident and `{day:LABEL}` that of another incident, so the
names always agree with the dates. Run `python3 make_corpus.py` here after editing and
commit the generated files. Whoever changes the incident rules never opens this folder.
"""
import hashlib
import json
import re
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

# label -> (date of the incident, event type, ISO country code, what it is).
# Labels starting with "bg-" are reports of no new incident (background, drills, arrests):
# each is a label of its own with no date, type or country.
INCIDENTS = {
    "kabul-suicide-0902": ("2024-09-02", "suicide_bomb", "AF", "suicide bomber, Qala-e-Bakhtiar, south Kabul"),
    "odesa-drone-0903": ("2024-09-03", "air_drone_strike", "UA", "drones hit Odesa port, 2 killed"),
    "odesa-drone-0904": ("2024-09-04", "air_drone_strike", "UA", "drone hits Odesa flats the next evening, 1 then 2 killed"),
    "kirkuk-ied-0906": ("2024-09-06", "remote_explosive_ied", "IQ", "roadside bomb on army patrol, second device defused"),
    "moirang-rocket-0906": ("2024-09-06", "shelling_artillery_missile_attack", "IN", "rockets fired into Moirang, Manipur"),
    "mogadishu-carbomb-0906": ("2024-09-06", "remote_explosive_ied", "SO", "parked car bomb at Hodan tea shop, 7 then 9 killed"),
    "konduga-farmers-0908": ("2024-09-08", "attack_on_civilians", "NG", "farmers killed near Kawuri, Konduga LGA, 11 then 14"),
    "pulka-raid-0908": ("2024-09-08", "attack_on_civilians", "NG", "ISWAP raid on Pulka, Gwoza LGA, same day and state"),
    "bajaur-elder-0909": ("2024-09-09", "remote_explosive_ied", "PK", "bomb kills tribal elder and guards, Mamund tehsil"),
    "elfasher-shelling-0910": ("2024-09-10", "shelling_artillery_missile_attack", "SD", "RSF shells Abu Shouk camp, El Fasher"),
    "metula-drones-0911": ("2024-09-11", "air_drone_strike", "IL", "Hezbollah drones hit army post in Metula"),
    "kfarkila-strike-0911": ("2024-09-11", "air_drone_strike", "LB", "Israeli drone strike on Kfar Kila, same day, sides swapped"),
    "khar-funeral-0911": ("2024-09-11", "suicide_bomb", "PK", "suicide bomber at the elder's funeral in Khar, 9 then 14"),
    "tsafe-abduction-0914": ("2024-09-14", "abduction", "NG", "bandits abduct 31, gunfight with guards"),
    "kyiv-missiles-0915": ("2024-09-15", "shelling_artillery_missile_attack", "UA", "overnight missile attack on Kyiv, 2 then 3"),
    "mamove-adf-0916": ("2024-09-16", "attack_on_civilians", "CD", "ADF raid on Mamove, Beni territory, 15 then 18"),
    "maguindanao-clash-0917": ("2024-09-17", "armed_clash", "PH", "army v BIFF, Datu Hoffer Ampatuan"),
    "adanyabaal-seized-0918": ("2024-09-18", "non_state_actor_overtakes_territory", "SO", "al-Shabaab takes Adan Yabaal"),
    "jilib-airstrike-0918": ("2024-09-18", "air_drone_strike", "SO", "US air strike near Jilib"),
    "balyun-shelling-0918": ("2024-09-18", "shelling_artillery_missile_attack", "SY", "army shelling of Balyun, Jabal al-Zawiya"),
    "quetta-grenade-0919": ("2024-09-19", "grenade", "PK", "grenade thrown at police van in Quetta"),
    "dembecha-drone-0919": ("2024-09-19", "air_drone_strike", "ET", "drone strike on Dembecha market"),
    "belgorod-strike-0920": ("2024-09-20", "air_drone_strike", "RU", "Ukrainian drone strike on Belgorod, called a missile strike"),
    "boni-camp-0921": ("2024-09-21", "armed_clash", "ML", "JNIM assault on Boni army camp, 12, 27, 41 killed"),
    "adanyabaal-retaken-0923": ("2024-09-23", "government_regains_territory", "SO", "army retakes Adan Yabaal"),
    "kani-airstrike-0923": ("2024-09-23", "air_drone_strike", "MM", "junta air raid on a village in Kani township"),
    "zaporizhzhia-bombs-0924": ("2024-09-24", "air_drone_strike", "UA", "guided bombs on Zaporizhzhia, called a missile strike"),
    "omdurman-clash-0926": ("2024-09-26", "armed_clash", "SD", "army and RSF fight in Omdurman, sides in either order"),
    "redsea-intercept-0926": ("2024-09-26", "disrupted_weapons_use", "YE", "US destroyer downs Houthi drones and a missile"),
    "chai-attack-0928": ("2024-09-28", "attack_on_civilians", "MZ", "insurgents kill five in Chai, Macomia district"),
    "tera-clash-0928": ("2024-09-28", "armed_clash", "NE", "army patrol v IS Sahel near Tera (one report)"),
    "kumbo-abduction-0930": ("2024-09-30", "abduction", "CM", "separatists abduct three teachers in Kumbo"),
    "pokrovsk-chemical-1001": ("2024-10-01", "chemical_weapon", "UA", "chloropicrin dropped on positions near Pokrovsk"),
    "kalembe-m23-1002": ("2024-10-02", "non_state_actor_overtakes_territory", "CD", "M23 takes Kalembe"),
    "pontsonde-gang-1003": ("2024-10-03", "attack_on_civilians", "HT", "gang attack on Pont-Sonde, 20 then 70"),
    "sanaba-attack-1003": ("2024-10-03", "attack_on_civilians", "BF", "gunmen kill eight at a water point (one report)"),
    "aguililla-drones-1004": ("2024-10-04", "air_drone_strike", "MX", "cartel drones bomb a hamlet (one report)"),
    "tibu-clash-1005": ("2024-10-05", "armed_clash", "CO", "ELN v FARC dissidents in rural Tibu, sides in either order"),
    "taiz-shelling-1006": ("2024-10-06", "shelling_artillery_missile_attack", "YE", "Houthi shells on a Taiz district (one report)"),
    "mogadishu-carbomb-1008": ("2024-10-08", "remote_explosive_ied", "SO", "car bomb in Mogadishu a month after the first"),
    "bg-teashops-0921": (None, None, None, "feature: Hodan tea shops reopen, recalls the 6 September bomb"),
    "bg-khar-arrests-0926": (None, None, None, "police arrests over the Khar funeral bombing, no new attack"),
    "bg-drills-1007": (None, None, None, "joint amphibious drills, not an incident"),
}

# outlet -> (channel title, house style). The file is `<outlet>.rss.xml`.
OUTLETS = {
    "meridian": ("Meridian Press: World wire", "agency copy, dateline from a capital far from the event"),
    "dispatch": ("The Morning Dispatch: World", "next-morning follow-ups that raise the toll"),
    "globebrief": ("Globe Brief", "two-line roundup, places to the country or province only"),
    "harbourfm": ("Harbour FM News", "broadcaster narrative, scene and witnesses"),
    "frontline": ("Frontline Regional Desk", "regional desk: districts, LGAs, tehsils, villages"),
    "incidentlog": ("Incident Log (open conflict notes)", "terse database notes"),
    "flashline": ("Flashline Alerts", "headline-only teasers"),
    "livedesk": ("Live Desk", "liveblog entries with a local time stamp"),
}

# Outlets whose feeds give pubDate in their own offset rather than UTC.
OFFSETS = {"harbourfm": 1, "dispatch": 1}

# (outlet, published UTC, incident label, title, body, note)
REPORTS = [
    # --- Kabul, Monday 2 September: suicide bombing.
    ("meridian", "2024-09-02T11:20", "kabul-suicide-0902",
     "Suicide bomber kills six on southern edge of Kabul",
     "ISLAMABAD, Sept 2 (Meridian) - A suicide bomber blew himself up in the Qala-e-Bakhtiar area on the southern edge of the Afghan capital on {day}, killing six people and wounding 13, a spokesman for the Taliban-run police said. No group immediately said it was responsible.",
     "dateline Islamabad, event in Kabul"),
    ("harbourfm", "2024-09-02T15:00", "kabul-suicide-0902",
     "Afghanistan: bomber strikes at busy Kabul crossroads",
     "It was mid-morning in Qala-e-Bakhtiar, where the highway to Logar leaves the city, when a man on foot walked towards a group of police and traders and detonated his explosives. Shopkeepers told our correspondent they carried the wounded in handcarts. Six people died, the authorities say, and the Islamic State group's local branch, IS-Khorasan, later said one of its fighters carried out the attack.",
     "narrative, no weekday"),
    ("incidentlog", "2024-09-03T04:00", "kabul-suicide-0902",
     "AFG Kabul: PBIED, Qala-e-Bakhtiar, 02 Sep",
     "AFG | Kabul | Kabul city, Qala-e-Bakhtiar (PD 7 outskirts) | 2024-09-02. Person-borne suicide IED among police and civilians at roadside checkpoint. k=6 w=13 (police). Claim: ISKP via Amaq, 2 Sep evening.",
     "database note"),
    ("dispatch", "2024-09-03T06:30", "kabul-suicide-0902",
     "Islamic State says it was behind Kabul suicide attack",
     "The Afghan branch of Islamic State has said it sent the suicide bomber who killed six people on the outskirts of Kabul on {day}. The group's statement said the target was Taliban security staff at a checkpoint; police said most of the dead were passers-by.",
     "next morning, same toll"),

    # --- Odesa, Tuesday 3 September: drones on the port (first of two days running).
    ("flashline", "2024-09-03T04:50", "odesa-drone-0903",
     "Fire at Odesa port after drone attack",
     "Two dead, officials say. Updates to follow.",
     "teaser: city only in the headline"),
    ("livedesk", "2024-09-03T06:05", "odesa-drone-0903",
     "Ukraine live: two port workers killed as drones hit Odesa",
     "09:05 EEST - Russian Shahed drones struck port facilities in Odesa before dawn on {day}, killing two dock workers and setting fire to a grain store, the regional military administration says. The air force says it shot down most of the drones launched at the south.",
     "liveblog entry"),
    ("meridian", "2024-09-03T08:10", "odesa-drone-0903",
     "Russian drones hit Odesa port, two dead",
     "KYIV, Sept 3 (Meridian) - Russian attack drones hit port infrastructure in the Black Sea city of Odesa early on {day}, killing two workers and damaging a grain warehouse, the regional governor said.",
     "dateline Kyiv"),
    ("globebrief", "2024-09-03T18:00", "odesa-drone-0903",
     "Ukraine: drone attack on southern port kills two",
     "Two people were killed on {day} when Russian drones hit port infrastructure in Ukraine's Odesa region, officials said.",
     "coarse: region"),

    # --- Odesa, Wednesday 4 September: a drone on flats (same type, same city, next day).
    ("meridian", "2024-09-04T18:40", "odesa-drone-0904",
     "Drone hits Odesa apartment block a day after port attack",
     "KYIV, Sept 4 (Meridian) - A Russian drone struck a nine-storey apartment building in Odesa on {day} evening, killing a woman and wounding nine people, Ukrainian officials said, a day after drones hit the city's port and killed two workers.",
     "recalls the previous day's attack"),
    ("harbourfm", "2024-09-04T19:30", "odesa-drone-0904",
     "Odesa hit for a second day: 'the building shook like paper'",
     "For the second day running, Odesa has been under attack. Yesterday it was the port; this evening a single drone flew into the upper floors of a block of flats in the Kyivskyi district. Residents stood in the courtyard in their slippers as firefighters worked. A woman in her sixties was killed and nine people were hurt, among them two children.",
     "narrative, yesterday/this evening"),
    ("dispatch", "2024-09-05T06:00", "odesa-drone-0904",
     "Second death after drone strike on Odesa flats",
     "A man injured when a Russian drone hit a block of flats in Odesa on {day} has died in hospital, bringing the toll to two, the city's military administration said. Nine people were wounded in the strike, which came a day after the port was attacked.",
     "next morning, toll rises"),

    # --- Kirkuk province, Friday 6 September: roadside bomb and a defused second device.
    ("flashline", "2024-09-06T12:40", "kirkuk-ied-0906",
     "Iraqi army defuses bomb near Kirkuk after deadly blast",
     "Second device found on patrol route.",
     "teaser leads with the defused device"),
    ("meridian", "2024-09-06T14:30", "kirkuk-ied-0906",
     "Roadside bomb kills three Iraqi soldiers in Kirkuk province",
     "BAGHDAD, Sept 6 (Meridian) - A roadside bomb killed three Iraqi soldiers and wounded two others in Kirkuk province on {day}, security sources said, blaming Islamic State militants. An army bomb-disposal team later found and defused a second device planted a few hundred metres away.",
     "dateline Baghdad"),
    ("frontline", "2024-09-06T17:00", "kirkuk-ied-0906",
     "Bomb kills three soldiers on Wadi al-Shay track",
     "Three soldiers died when their vehicle struck an improvised explosive device on a dirt track in the Wadi al-Shay valley south of Kirkuk city on {day} morning, an officer in the Kirkuk operations command said. Engineers sweeping the route afterwards found a second bomb, which they made safe. Islamic State remnants have hidden in the valley's orchards and caves for years.",
     "valley name"),
    ("incidentlog", "2024-09-07T03:00", "kirkuk-ied-0906",
     "IRQ Kirkuk: IED v army patrol, Wadi al-Shay, 06 Sep",
     "IRQ | Kirkuk | Wadi al-Shay, S of Kirkuk city | 2024-09-06. IED v Iraqi army patrol vehicle. k=3 w=2 (army). 2nd IED located nearby, rendered safe by EOD. Attrib: IS (no claim).",
     "database note"),

    # --- Moirang, Manipur, Friday 6 September: rockets.
    ("frontline", "2024-09-06T12:00", "moirang-rocket-0906",
     "Rocket from the hills kills elderly man in Moirang",
     "A rocket-type projectile fired from the hills west of Moirang crashed into a house in the town on {day}, killing a man in his seventies and wounding five members of neighbouring families, Bishnupur district police said. Moirang lies on the western shore of Loktak lake; police blamed armed men from the hill areas and said a second projectile fell in an empty field.",
     "district and lake"),
    ("meridian", "2024-09-06T13:30", "moirang-rocket-0906",
     "Rocket attack kills one in India's Manipur",
     "NEW DELHI, Sept 6 (Meridian) - Suspected militants fired rockets into a town in India's strife-torn north-eastern state of Manipur on {day}, killing one man and wounding five people, police said, in an escalation of the ethnic conflict that has gripped the state since last year.",
     "dateline New Delhi, town not named"),
    ("globebrief", "2024-09-06T19:00", "moirang-rocket-0906",
     "India: rocket attack kills one in Manipur",
     "One person was killed and five wounded on {day} when rockets were fired into a populated area of Manipur state, police said.",
     "coarse: state"),

    # --- Mogadishu, Friday 6 September: parked car bomb at a tea shop.
    ("flashline", "2024-09-06T14:20", "mogadishu-carbomb-0906",
     "Car bomb rocks Mogadishu",
     "Casualties near a checkpoint. More soon.",
     "teaser: city only in the headline"),
    ("meridian", "2024-09-06T16:05", "mogadishu-carbomb-0906",
     "Car bomb outside Mogadishu tea shop kills seven",
     "NAIROBI, Sept 6 (Meridian) - A car bomb exploded outside a tea shop near a military checkpoint in Somalia's capital Mogadishu on {day}, killing at least seven people, police said. Al Shabaab, the al Qaeda-aligned insurgency, said on its radio station that it had targeted soldiers drinking tea.",
     "dateline Nairobi"),
    ("globebrief", "2024-09-06T20:00", "mogadishu-carbomb-0906",
     "Somalia: car bomb kills at least seven",
     "A car bomb killed at least seven people in Somalia on {day}, police said. Al-Shabaab said it carried out the attack.",
     "coarse: country"),
    ("dispatch", "2024-09-07T06:10", "mogadishu-carbomb-0906",
     "Mogadishu car bomb toll rises to nine",
     "Two more people have died of their wounds, raising to nine the number killed by {day}'s car bomb outside a tea shop in Mogadishu's Hodan district, a police officer said. Most of the dead were civilians; two were soldiers from the checkpoint opposite.",
     "next morning, toll rises"),
    ("incidentlog", "2024-09-07T08:00", "mogadishu-carbomb-0906",
     "SOM Banadir: parked VBIED, Hodan, 06 Sep",
     "SOM | Banadir | Mogadishu, Hodan district | 2024-09-06. Parked VBIED detonated at tea shop facing SNA checkpoint. k=9 (police, 7 Sep; 7 on 6 Sep) w=14. Claim: al-Shabaab (Radio Andalus).",
     "database note, updated toll"),
    ("harbourfm", "2024-09-07T10:30", "mogadishu-carbomb-0906",
     "'They were just having tea': Mogadishu mourns bomb victims",
     "On the street in Hodan where a car packed with explosives blew up yesterday afternoon, the tea shop is a blackened shell. Its owner, who was at the market when the bomb went off, lost two nephews who worked the stove. Nine people are now known to have died. The militant group al-Shabaab, which has fought the Somali government for more than fifteen years, says it was aiming at the soldiers across the road.",
     "narrative, yesterday"),

    # --- Borno, Sunday 8 September: two attacks, two towns, one state.
    ("frontline", "2024-09-08T19:00", "konduga-farmers-0908",
     "Insurgents kill 11 farmers outside Kawuri, Konduga LGA",
     "Eleven farmers harvesting beans on the outskirts of Kawuri, a village in Konduga local government area about 35 km south-east of Maiduguri, were killed on {day} by fighters who arrived on motorcycles, a Civilian JTF leader told the desk. He blamed the Boko Haram faction known as JAS, which has demanded levies from farmers in the area.",
     "village and LGA"),
    ("meridian", "2024-09-09T09:00", "konduga-farmers-0908",
     "Suspected Boko Haram fighters kill 11 farmers in Nigeria's northeast",
     "LAGOS, Sept 9 (Meridian) - Suspected Boko Haram militants killed 11 farmers working in their fields in Nigeria's north-eastern Borno state on {day}, a local official and a militia leader said. The attack happened near the village of Kawuri in the Konduga area.",
     "dateline Lagos"),
    ("globebrief", "2024-09-09T12:00", "konduga-farmers-0908",
     "Nigeria: jihadists kill 11 farmers in Borno",
     "Jihadists killed 11 farmers in Nigeria's Borno state on {day}, a militia leader said.",
     "coarse: state that had two attacks that day"),
    ("dispatch", "2024-09-10T05:45", "konduga-farmers-0908",
     "Three more bodies found after Borno farm attack",
     "Vigilantes searching the fields around Kawuri found three more bodies, raising to 14 the number of farmers killed in {day:konduga-farmers-0908}'s attack in Borno's Konduga district, a local official said on Monday.",
     "two days on, toll rises"),
    ("frontline", "2024-09-09T07:30", "pulka-raid-0908",
     "Six killed as ISWAP fighters raid Pulka, Gwoza LGA",
     "Fighters of the Islamic State West Africa Province stormed Pulka, a garrison town in Gwoza local government area close to the Cameroon border, on {day} evening, killing six residents and setting fire to shops near the main market, a community leader said. Troops at the barracks on the edge of town exchanged fire with the attackers before they withdrew towards the Mandara hills.",
     "town and LGA, same day as Konduga"),
    ("meridian", "2024-09-09T14:00", "pulka-raid-0908",
     "Islamic State-allied militants kill six in Nigerian border town",
     "LAGOS, Sept 9 (Meridian) - Militants allied to Islamic State killed six people and burned shops in a raid on the town of Pulka in Nigeria's Borno state on {day}, near the border with Cameroon, residents said.",
     "dateline Lagos"),
    ("incidentlog", "2024-09-09T18:00", "pulka-raid-0908",
     "NGA Borno: ISWAP raid on Pulka, 08 Sep",
     "NGA | Borno | Gwoza LGA, Pulka | 2024-09-08. ISWAP raid on town after dark; shops burned; brief exchange with army at barracks. k=6 civ (community leader).",
     "database note"),

    # --- Bajaur, Monday 9 September: a bomb kills a tribal elder.
    ("frontline", "2024-09-09T10:00", "bajaur-elder-0909",
     "Tribal elder, two guards killed in Mamund blast",
     "A remote-controlled bomb hidden in a culvert blew up under the car of Malik Sher Afzal, a tribal elder who sat on the local peace committee, near Damadola in Bajaur's Mamund tehsil on {day} morning. The elder and two of his guards died at the scene, the district police officer said. The elder had received threats from the Pakistani Taliban, relatives said.",
     "tehsil and village"),
    ("meridian", "2024-09-09T11:45", "bajaur-elder-0909",
     "Bomb kills pro-government elder in northwest Pakistan",
     "ISLAMABAD, Sept 9 (Meridian) - A remote-controlled bomb killed a pro-government tribal elder and two of his bodyguards in the Bajaur district of north-western Pakistan on {day}, police said. No one claimed the attack, but the Pakistani Taliban, known as the TTP, have often targeted members of peace committees in the region.",
     "dateline Islamabad"),
    ("globebrief", "2024-09-09T17:00", "bajaur-elder-0909",
     "Pakistan: bomb kills tribal elder in the northwest",
     "A bomb killed a tribal elder and his two guards in Pakistan's Khyber Pakhtunkhwa province on {day}, police said.",
     "coarse: province"),

    # --- El Fasher, Tuesday 10 September: RSF shelling on a camp.
    ("meridian", "2024-09-10T15:00", "elfasher-shelling-0910",
     "RSF shelling hits displaced camp in Sudan's El Fasher, nine dead",
     "CAIRO, Sept 10 (Meridian) - Artillery fire from the paramilitary Rapid Support Forces struck a camp for displaced people on the edge of El Fasher, capital of Sudan's North Darfur state, on {day}, killing nine people, a local volunteer group said.",
     "dateline Cairo"),
    ("frontline", "2024-09-10T18:00", "elfasher-shelling-0910",
     "Shells fall on Abu Shouk camp market",
     "Nine people were killed and more than 20 wounded when shells hit the market and two blocks of Abu Shouk camp, north of El Fasher town in North Darfur, on {day} afternoon, the Abu Shouk emergency response room said. The shells were fired from RSF positions to the north-east, the volunteers said.",
     "camp, town and state"),
    ("harbourfm", "2024-09-10T19:30", "elfasher-shelling-0910",
     "Sudan: 'No safe corner left' in Al-Fashir camp",
     "The shelling began in the afternoon, volunteers in Abu Shouk told us by satellite phone, and the first rounds landed among the stalls where women sell onions and millet. Nine people are dead. Al-Fashir is the last city in Darfur still held by the army and its allies, and the RSF has ringed it for months.",
     "another spelling, no weekday"),
    ("globebrief", "2024-09-11T07:00", "elfasher-shelling-0910",
     "Sudan: RSF shelling kills nine in Darfur",
     "Shelling blamed on the Rapid Support Forces killed nine people at a displacement camp in Darfur on {day}, volunteers said.",
     "coarse: Darfur only"),
    ("incidentlog", "2024-09-11T04:00", "elfasher-shelling-0910",
     "SDN N. Darfur: RSF artillery on Abu Shouk IDP camp, 10 Sep",
     "SDN | North Darfur | El Fasher, Abu Shouk IDP camp | 2024-09-10. RSF artillery into camp market. k=9 w=20+ (ERR Abu Shouk).",
     "database note"),

    # --- Metula and Kfar Kila, Wednesday 11 September: drones one way, then the other.
    ("livedesk", "2024-09-11T08:50", "metula-drones-0911",
     "Middle East live: Hezbollah drones hit army post in Metula",
     "11:50 IDT - Two soldiers were lightly wounded when explosive drones launched from Lebanon struck an army position in Metula, the Israeli military says. Hezbollah says it sent the drones against 'a gathering of enemy soldiers'.",
     "liveblog entry"),
    ("meridian", "2024-09-11T09:30", "metula-drones-0911",
     "Hezbollah drones wound two Israeli soldiers on border",
     "JERUSALEM, Sept 11 (Meridian) - Two Israeli soldiers were wounded on {day} when explosive drones launched from Lebanon hit an army position in the northern border town of Metula, the military said. Hezbollah claimed the attack.",
     "dateline Jerusalem"),
    ("globebrief", "2024-09-11T18:00", "metula-drones-0911",
     "Israel: Hezbollah drones wound two soldiers in the north",
     "Hezbollah drones wounded two Israeli soldiers in northern Israel on {day}, the army said.",
     "coarse: northern Israel"),
    ("livedesk", "2024-09-11T13:20", "kfarkila-strike-0911",
     "Middle East live: Israeli drone strike on Kfar Kila kills two",
     "16:20 IDT - An Israeli drone hit a house in the south Lebanon village of Kfar Kila, just across the fence from Metula, killing two people, Lebanon's state news agency reports. The Israeli military says it struck the Hezbollah cell that launched this morning's drones at Metula.",
     "retaliation, recalls the morning's attack"),
    ("meridian", "2024-09-11T14:10", "kfarkila-strike-0911",
     "Israeli strike kills two Hezbollah members in south Lebanon",
     "BEIRUT, Sept 11 (Meridian) - An Israeli drone strike on a house in the southern Lebanese border village of Kfar Kila killed two Hezbollah fighters on {day}, security sources said, hours after the group's drones wounded two soldiers in Israel.",
     "dateline Beirut, sides swapped"),
    ("harbourfm", "2024-09-11T19:00", "kfarkila-strike-0911",
     "Lebanon: tit-for-tat on the border as drone kills two",
     "In Kfar Kila, a village of olive groves facing the Israeli town of Metula, a house was reduced to rubble this afternoon by what Lebanese officials describe as an Israeli drone. Two men, both members of Hezbollah according to the group's own death notices, were killed. The strike came a few hours after Hezbollah sent drones the other way.",
     "narrative, the other side's attack as background"),
    ("incidentlog", "2024-09-12T03:00", "kfarkila-strike-0911",
     "LBN Nabatieh: UAV strike on house, Kfar Kila, 11 Sep",
     "LBN | Nabatieh | Marjayoun dist., Kfar Kila | 2024-09-11. Israeli UAV strike on house. k=2 (Hezbollah members). Stated as response to Hezbollah UAV attack on Metula same morning.",
     "database note"),

    # --- Khar, Bajaur, Wednesday 11 September: suicide bomber at the elder's funeral.
    ("flashline", "2024-09-11T08:15", "khar-funeral-0911",
     "Suicide blast at funeral in Khar",
     "Many feared dead. Details to follow.",
     "teaser: town only in the headline"),
    ("meridian", "2024-09-11T10:30", "khar-funeral-0911",
     "Suicide bomber kills nine at funeral in northwest Pakistan",
     "ISLAMABAD, Sept 11 (Meridian) - A suicide bomber struck the funeral prayers for a tribal elder in north-western Pakistan on {day}, killing nine mourners and wounding 20, police said. The elder and two guards were killed on {day:bajaur-elder-0909} by a roadside bomb in the same district, Bajaur.",
     "recalls Monday's bomb"),
    ("frontline", "2024-09-11T13:00", "khar-funeral-0911",
     "Bomber strikes funeral prayers in Khar; nine dead",
     "Hundreds had gathered on the ground of the government high school in Khar, headquarters of Bajaur district, for the funeral of Malik Sher Afzal, killed with two guards by a culvert bomb near Damadola two days earlier. As the prayers began, a young man in the front rows detonated a vest, the district police officer said. Nine people died and 20 were taken to the district headquarters hospital.",
     "recalls the first attack at length"),
    ("harbourfm", "2024-09-11T16:00", "khar-funeral-0911",
     "Pakistan: mourners attacked at elder's funeral",
     "They came to bury a man killed by a bomb, and found themselves the target of another. At the funeral in Khar this morning a suicide attacker walked into the rows of men at prayer. Nine were killed, police say. The Pakistani Taliban have told reporters they had nothing to do with it.",
     "narrative, this morning"),
    ("dispatch", "2024-09-12T05:30", "khar-funeral-0911",
     "Toll from Bajaur funeral bombing climbs to 14",
     "Five of those wounded when a suicide bomber attacked a funeral in Pakistan's Bajaur district on {day} have died in hospital, bringing the toll to 14, officials said. Tehreek-e-Taliban Pakistan denied involvement; suspicion has fallen on the regional branch of Islamic State.",
     "next morning, toll rises, full name of TTP"),

    # --- Tsafe, Zamfara, Saturday 14 September: abduction, gunfight with guards.
    ("frontline", "2024-09-14T16:00", "tsafe-abduction-0914",
     "Bandits abduct 31 in Yankuzo, kill four guards",
     "Armed bandits on motorcycles swept into Yankuzo village in Tsafe local government area before dawn on {day}, herding 31 people, most of them women and children, into the bush. Members of the state's Community Protection Guards who gave chase ran into an ambush; four of them were killed in the gunfight, a ward councillor said.",
     "village and LGA"),
    ("meridian", "2024-09-15T10:00", "tsafe-abduction-0914",
     "Gunmen kidnap 31 villagers in northwest Nigeria",
     "LAGOS, Sept 15 (Meridian) - Gunmen kidnapped 31 people in a raid on a village in Nigeria's north-western Zamfara state on {day} and killed four members of a local security force who tried to stop them, police said on Sunday.",
     "dateline Lagos"),
    ("incidentlog", "2024-09-15T12:00", "tsafe-abduction-0914",
     "NGA Zamfara: CPG v bandits, Tsafe LGA, 14 Sep",
     "NGA | Zamfara | Tsafe LGA, Yankuzo | 2024-09-14. Armed clash: Community Protection Guards v bandit group during raid on village; CPG k=4. Abducted: c. 31 civ (councillor).",
     "logged as a clash"),
    ("harbourfm", "2024-09-15T18:00", "tsafe-abduction-0914",
     "Nigeria: Zamfara families wait for ransom call",
     "In Yankuzo, the fathers of the kidnapped sit under a neem tree with their phones in front of them, waiting for the call that usually comes a few days after a raid, naming a price. Thirty-one people were taken yesterday morning. Four local guards who went after the kidnappers were shot dead.",
     "narrative, yesterday"),

    # --- Kyiv, night of Saturday 14 to Sunday 15 September: missiles.
    ("livedesk", "2024-09-15T03:40", "kyiv-missiles-0915",
     "Ukraine live: Kyiv attacked overnight, two dead",
     "06:40 EEST - Russia fired ballistic and cruise missiles at Kyiv overnight, the city military administration says. Falling debris killed two people in the Sviatoshynskyi district and set fire to the upper floors of a high-rise.",
     "overnight, no weekday"),
    ("globebrief", "2024-09-15T09:00", "kyiv-missiles-0915",
     "Ukraine: Russian missiles kill two overnight",
     "Two people were killed in an overnight Russian missile attack on Ukraine, officials said on Sunday.",
     "coarse: country, overnight"),
    ("harbourfm", "2024-09-15T12:30", "kyiv-missiles-0915",
     "Kyiv: 'We ran to the metro with the children'",
     "The sirens went at about three in the morning, and within minutes the first explosions were heard over western Kyiv. Residents of Sviatoshynskyi spent the rest of the night in a metro station. When they came up, a tower block on their street was burning, hit by the wreckage of a missile shot down above it. Two neighbours were dead.",
     "narrative, early hours"),
    ("incidentlog", "2024-09-16T04:00", "kyiv-missiles-0915",
     "UKR Kyiv: missile attack, Sviatoshynskyi, night 14/15 Sep",
     "UKR | Kyiv city | Sviatoshynskyi dist. | night 14-15 Sep 2024. Ballistic and cruise missiles; casualties from debris of intercepted missiles. k=3 w=8 (KCMA, 16 Sep).",
     "the night across two dates"),
    ("dispatch", "2024-09-16T06:00", "kyiv-missiles-0915",
     "Third death after Russian strike on Kyiv",
     "A woman pulled from a burning tower block in western Kyiv after {eve} night's Russian missile attack has died, the city's mayor said, bringing the toll to three.",
     "Saturday night, toll rises"),

    # --- Mamove, Beni territory, Monday 16 September: ADF massacre.
    ("frontline", "2024-09-16T17:00", "mamove-adf-0916",
     "ADF rebels kill 15 in Mamove, Beni territory",
     "Fighters of the Allied Democratic Forces attacked Mamove, a farming village in Beni territory in North Kivu, on {day} afternoon, killing 15 people with guns and machetes, a civil society coordinator in Mamove told the desk. Several houses and a health post were burned.",
     "village, territory, province"),
    ("meridian", "2024-09-17T08:00", "mamove-adf-0916",
     "Islamic State-linked rebels kill 15 in eastern Congo",
     "KINSHASA, Sept 17 (Meridian) - Rebels linked to Islamic State killed at least 15 villagers in an attack in eastern Democratic Republic of Congo on {day}, local officials said.",
     "dateline Kinshasa, village not named"),
    ("globebrief", "2024-09-17T12:00", "mamove-adf-0916",
     "DR Congo: ISCAP fighters kill 15 in North Kivu",
     "Fighters of Islamic State Central Africa Province killed 15 civilians in North Kivu province on {day}, officials said.",
     "coarse: province, another name"),
    ("harbourfm", "2024-09-17T16:00", "mamove-adf-0916",
     "Congo: survivors of Mamove raid bury their dead",
     "The attackers came out of the forest in the middle of the afternoon, while people were in their fields. Survivors in Mamove say they heard shooting first, then screaming. Fifteen bodies have been buried. The Allied Democratic Forces, a Ugandan-born group that pledged allegiance to Islamic State, have killed thousands of people in this part of Congo.",
     "narrative"),
    ("dispatch", "2024-09-18T05:30", "mamove-adf-0916",
     "Congo village massacre toll rises to 18",
     "Three more bodies have been found in the bush around Mamove, raising to 18 the number of people killed in {day}'s ADF attack on the village, local officials said on Tuesday.",
     "two days on, toll rises"),

    # --- Datu Hoffer Ampatuan, Tuesday 17 September: army v BIFF.
    ("meridian", "2024-09-17T09:00", "maguindanao-clash-0917",
     "Philippine troops kill five militants in south",
     "MANILA, Sept 17 (Meridian) - Philippine soldiers killed five Islamist militants in a gunbattle in the southern province of Maguindanao on {day}, the army said. Two soldiers were wounded.",
     "dateline Manila, old province"),
    ("frontline", "2024-09-17T11:00", "maguindanao-clash-0917",
     "Five BIFF gunmen dead in Datu Hoffer clash",
     "Troops of the army's 6th Infantry Division fought about 20 members of the Bangsamoro Islamic Freedom Fighters for two hours on the edge of the marsh in Datu Hoffer Ampatuan, Maguindanao del Sur, on {day} morning, the brigade commander said. Five gunmen were killed and two soldiers hurt.",
     "town, new province"),
    ("incidentlog", "2024-09-17T15:00", "maguindanao-clash-0917",
     "PHL Maguindanao: army v BIFF, Datu Hoffer Ampatuan, 17 Sep",
     "PHL | BARMM, Maguindanao | Datu Hoffer Ampatuan | 2024-09-17. Philippine army (6ID) v BIFF (IS-aligned faction). Militants k=5; soldiers w=2.",
     "database note, old province"),
    ("globebrief", "2024-09-17T18:00", "maguindanao-clash-0917",
     "Philippines: troops kill five militants on Mindanao",
     "Soldiers killed five Islamist militants in a clash on the southern island of Mindanao on {day}, the army said.",
     "coarse: island"),

    # --- Somalia, Wednesday 18 September: al-Shabaab takes Adan Yabaal; US strike near Jilib.
    ("meridian", "2024-09-18T13:00", "adanyabaal-seized-0918",
     "Al Shabaab seizes central Somali town after troops pull out",
     "NAIROBI, Sept 18 (Meridian) - Al Shabaab militants captured the town of Adan Yabaal in central Somalia on {day} after government forces withdrew following a night of fighting, residents and a spokesman for the group said.",
     "dateline Nairobi"),
    ("frontline", "2024-09-18T16:00", "adanyabaal-seized-0918",
     "Al-Shabaab raises its flag over Adan Yabaal",
     "Al-Shabaab fighters drove into Adan Yabaal, the district seat in Middle Shabelle that the army took from them in late 2022, on {day} morning, hours after government troops and allied ma'awisley militia left their bases, elders in the town said.",
     "district seat and region"),
    ("globebrief", "2024-09-18T19:00", "adanyabaal-seized-0918",
     "Somalia: al-Shabaab takes town; US strike in the south",
     "Al-Shabaab fighters took control of a town in Somalia's Middle Shabelle region on {day} after government troops pulled out, residents said. Separately, the US military said it had carried out an air strike against the group in the Middle Juba region, killing three fighters.",
     "two incidents in one item: also jilib-airstrike-0918"),
    ("incidentlog", "2024-09-19T04:00", "adanyabaal-seized-0918",
     "SOM M. Shabelle: AS takes Adan Yabaal, 18 Sep",
     "SOM | Middle Shabelle | Adan Yabaal | 2024-09-18. Al-Shabaab occupies town after SNA/ma'awisley withdrawal. No casualty figure.",
     "database note"),
    ("incidentlog", "2024-09-19T05:00", "jilib-airstrike-0918",
     "SOM M. Juba: US air strike nr Jilib, 18 Sep",
     "SOM | Middle Juba | nr Jilib | 2024-09-18. US (AFRICOM) air strike v al-Shabaab, in coordination with FGS. AS k=3 (AFRICOM); no civilian casualties assessed.",
     "database note"),
    ("meridian", "2024-09-19T07:00", "jilib-airstrike-0918",
     "U.S. says air strike killed three al Shabaab fighters in Somalia",
     "NAIROBI, Sept 19 (Meridian) - U.S. Africa Command said it carried out an air strike against al Shabaab near Jilib in southern Somalia on {day}, killing three militants. It said no civilians were hurt.",
     "dateline Nairobi, next day"),

    # --- Balyun, Idlib, Wednesday 18 September: government shelling.
    ("frontline", "2024-09-18T14:00", "balyun-shelling-0918",
     "Regime shelling kills four in Balyun, Jabal al-Zawiya",
     "Government artillery shells hit houses in Balyun, a village in the Jabal al-Zawiya hills south of Idlib city, on {day} morning, killing four civilians, two of them children, the Syrian Civil Defence said. Rescuers pulled six wounded from the rubble.",
     "village and hills"),
    ("meridian", "2024-09-18T15:30", "balyun-shelling-0918",
     "Syrian army shelling kills four civilians in Idlib",
     "BEIRUT, Sept 18 (Meridian) - Syrian government forces shelled a village in the rebel-held north-west on {day}, killing four civilians including two children, rescue workers said.",
     "dateline Beirut"),
    ("harbourfm", "2024-09-18T20:00", "balyun-shelling-0918",
     "Syria: children among dead in Idlib shelling",
     "The White Helmets' footage shows men digging with their hands in the grey dust of a collapsed house in Balyun. Two of the four dead were children, brother and sister. The village sits a few kilometres from the front line that has divided Idlib province since 2020.",
     "narrative"),
    ("incidentlog", "2024-09-19T06:00", "balyun-shelling-0918",
     "SYR Idlib: SAA artillery on Balyun, 18 Sep",
     "SYR | Idlib | Ariha dist., Balyun (Jabal al-Zawiya) | 2024-09-18. Syrian army artillery on village. k=4 civ (2 children) w=6 (SCD).",
     "database note"),

    # --- Quetta, Thursday 19 September: grenade on a police van.
    ("flashline", "2024-09-19T12:10", "quetta-grenade-0919",
     "Grenade attack in Quetta",
     "Five hurt, police say.",
     "teaser: city only in the headline"),
    ("meridian", "2024-09-19T14:00", "quetta-grenade-0919",
     "Grenade thrown at police van in Pakistan's Balochistan",
     "KARACHI, Sept 19 (Meridian) - Attackers on a motorcycle threw a hand grenade at a police van parked near a busy market in Quetta, capital of Pakistan's Balochistan province, on {day}, wounding five people including two policemen, officials said.",
     "dateline Karachi"),
    ("incidentlog", "2024-09-20T04:00", "quetta-grenade-0919",
     "PAK Balochistan: grenade on police van, Quetta, 19 Sep",
     "PAK | Balochistan | Quetta | 2024-09-19. Hand grenade thrown from motorcycle at police van near market. w=5 (2 police). No claim.",
     "database note"),

    # --- Dembecha, Amhara, Thursday 19 September: drone strike on a market.
    ("frontline", "2024-09-20T09:00", "dembecha-drone-0919",
     "Drone strike on Dembecha market kills 11, residents say",
     "A drone struck the weekly market in Dembecha, a town in the West Gojjam zone, on {day} around noon, killing 11 people, two residents and a health worker at the town's health centre told the desk. Fano militiamen had passed through the town the day before, residents said.",
     "town and zone"),
    ("meridian", "2024-09-20T11:00", "dembecha-drone-0919",
     "Drone strike kills 11 at market in Ethiopia's Amhara",
     "NAIROBI, Sept 20 (Meridian) - A drone strike on a market in Ethiopia's Amhara region killed 11 civilians on {day}, residents and a health worker said, in an area where the federal army has been fighting Fano militiamen for more than a year. The military did not respond to requests for comment.",
     "dateline Nairobi"),
    ("globebrief", "2024-09-20T18:00", "dembecha-drone-0919",
     "Ethiopia: drone strike kills 11 in Amhara",
     "A drone strike killed 11 civilians at a market in Ethiopia's Amhara region on {day}, residents said.",
     "coarse: region"),
    ("harbourfm", "2024-09-21T09:30", "dembecha-drone-0919",
     "Ethiopia: 'The sound came first, then the fire'",
     "Market day in Dembecha draws farmers from villages across the highlands of West Gojjam. On {day}, a trader told us by phone, there was a buzzing overhead and then an explosion among the grain sellers. Eleven people died. The government has used armed drones widely in its war with the Fano militia, and rarely comments on individual strikes.",
     "narrative, weekday in the text"),

    # --- Belgorod, Friday 20 September: a drone strike, called a missile strike by some.
    ("flashline", "2024-09-20T09:55", "belgorod-strike-0920",
     "Ukrainian missiles hit Belgorod",
     "Two dead - governor.",
     "teaser calls it a missile strike"),
    ("livedesk", "2024-09-20T10:30", "belgorod-strike-0920",
     "Ukraine live: Russia says two killed in Belgorod missile strike",
     "13:30 MSK - The governor of Russia's Belgorod region says two people were killed when a Ukrainian missile strike hit a car in Belgorod. Russia's defence ministry says air defences shot down several missiles over the region.",
     "liveblog calls it a missile strike"),
    ("meridian", "2024-09-20T12:00", "belgorod-strike-0920",
     "Ukrainian drone kills two in Russia's Belgorod, governor says",
     "MOSCOW, Sept 20 (Meridian) - A Ukrainian drone struck a car in the Russian border city of Belgorod on {day}, killing a man and a woman, the regional governor said, correcting earlier reports of a missile attack.",
     "dateline Moscow, drone"),
    ("incidentlog", "2024-09-21T05:00", "belgorod-strike-0920",
     "RUS Belgorod: UAV strike on car, Belgorod city, 20 Sep",
     "RUS | Belgorod obl. | Belgorod city | 2024-09-20. Ukrainian UAV (loitering munition) hit civilian car. k=2. Early reports said missile; governor later said drone.",
     "database note"),

    # --- Boni, Saturday 21 September: JNIM assault on an army camp; toll over three days.
    ("meridian", "2024-09-21T18:30", "boni-camp-0921",
     "Jihadists attack army camp in central Mali, at least 12 soldiers killed",
     "DAKAR, Sept 21 (Meridian) - Militants of Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's Sahel affiliate, attacked an army camp in the central Malian town of Boni on {day}, killing at least 12 soldiers, two security sources said. The army said it had repelled the assault. Boni lies on the road between Douentza and Hombori in the Mopti region.",
     "dateline Dakar, day one: 12, old region"),
    ("globebrief", "2024-09-21T21:00", "boni-camp-0921",
     "Mali: al-Qaeda-linked militants kill 12 soldiers",
     "Al-Qaeda-linked militants killed at least 12 soldiers in an attack on an army base in central Mali on {day}, security sources said.",
     "coarse, another name"),
    ("dispatch", "2024-09-22T06:00", "boni-camp-0921",
     "Mali camp attack toll rises to 27",
     "At least 27 soldiers were killed in {day}'s jihadist assault on the army camp at Boni in central Mali, two officers said, more than twice the first count. The attackers held part of the camp for several hours before withdrawing with vehicles and weapons.",
     "day two: 27"),
    ("harbourfm", "2024-09-22T14:00", "boni-camp-0921",
     "Mali: militants strike army base on Hombori road",
     "The attack began at first light on {day}, with motorbikes and pick-ups coming at the Boni camp from two sides. Relatives of soldiers in Sevare say they are still waiting for names. Mali's military government has said little; the militants' own messages speak of dozens of soldiers killed.",
     "narrative"),
    ("frontline", "2024-09-23T10:00", "boni-camp-0921",
     "Boni attack: officials put military toll at 41",
     "Forty-one soldiers were killed in the GSIM assault on the Boni camp, in the Douentza region, which was part of Mopti region until the recent administrative reform, local officials and a health worker at Douentza hospital told the desk on Monday. The group, known in English as JNIM, published photographs of seized armoured vehicles.",
     "day three: 41, new region, French acronym"),
    ("incidentlog", "2024-09-23T12:00", "boni-camp-0921",
     "MLI Douentza: GSIM attack on FAMa camp, Boni, 21 Sep",
     "MLI | Douentza (ex-Mopti) | Boni | 2024-09-21. GSIM/JNIM assault on FAMa camp; camp partly overrun, attackers withdrew. FAMa k=41 (local officials, 23 Sep; 12 on 21 Sep, 27 on 22 Sep).",
     "database note with the three counts"),

    # --- Adan Yabaal, Monday 23 September: the army takes it back.
    ("flashline", "2024-09-23T12:00", "adanyabaal-retaken-0923",
     "Somali army says it has recaptured Adan Yabaal",
     "Militants withdrew, ministry says.",
     "teaser"),
    ("meridian", "2024-09-23T14:00", "adanyabaal-retaken-0923",
     "Somali forces retake town from al Shabaab",
     "NAIROBI, Sept 23 (Meridian) - Somali government troops and allied clan militias recaptured the town of Adan Yabaal from al Shabaab on {day}, five days after the insurgents seized it, the defence ministry said.",
     "dateline Nairobi, recalls the seizure"),
    ("frontline", "2024-09-23T16:00", "adanyabaal-retaken-0923",
     "Army and ma'awisley back in Adan Yabaal",
     "Government soldiers and ma'awisley clan fighters re-entered Adan Yabaal in Middle Shabelle on {day} after al-Shabaab pulled out overnight, elders said. There was a brief exchange of fire on the road from Mahas.",
     "town and region"),
    ("globebrief", "2024-09-23T20:00", "adanyabaal-retaken-0923",
     "Somalia: army retakes town from al-Shabaab",
     "Government forces retook a town in Somalia's Middle Shabelle region from al-Shabaab on {day}, the defence ministry said.",
     "coarse: region"),

    # --- Kani township, Sagaing, Monday 23 September: air raid on a village.
    ("frontline", "2024-09-23T15:00", "kani-airstrike-0923",
     "Junta air raid kills 20 in Ywathit village, Kani township",
     "Two military jets dropped bombs on Ywathit village in Kani township, Sagaing region, at about 11am on {day}, killing 20 people, among them eight children, a local People's Defence Force member and a village administrator told the desk.",
     "village and township"),
    ("meridian", "2024-09-24T08:00", "kani-airstrike-0923",
     "Myanmar air strike kills 20 in village, resistance group says",
     "BANGKOK, Sept 24 (Meridian) - Myanmar military aircraft bombed a village in the central Sagaing region on {day}, killing at least 20 people, most of them women and children, a resistance group and residents said. A spokesman for the junta could not be reached.",
     "dateline Bangkok"),
    ("harbourfm", "2024-09-24T12:00", "kani-airstrike-0923",
     "Myanmar: villagers describe jet attack in Sagaing",
     "Villagers in Kani township say the jets came in low twice over Ywathit. Most of the men were in the paddy fields; the bombs fell on houses where women and children were. Twenty people are reported dead. Sagaing has become the heartland of the armed resistance since the 2021 coup.",
     "narrative"),
    ("globebrief", "2024-09-24T18:00", "kani-airstrike-0923",
     "Myanmar: air strike kills 20 in Sagaing",
     "A military air strike killed 20 people in Myanmar's Sagaing region on {day}, residents said.",
     "coarse: region"),

    # --- Zaporizhzhia, Tuesday 24 September: guided bombs, called a missile strike first.
    ("flashline", "2024-09-24T13:30", "zaporizhzhia-bombs-0924",
     "Zaporizhzhia hit by guided bombs",
     "At least 10 hurt.",
     "teaser"),
    ("livedesk", "2024-09-24T14:10", "zaporizhzhia-bombs-0924",
     "Ukraine live: one dead in Zaporizhzhia missile strike",
     "17:10 EEST - A Russian missile strike on Zaporizhzhia has killed one person and wounded 15, the regional governor says. Update: the governor now says the city was hit by guided aerial bombs, not missiles.",
     "liveblog, missile then bombs"),
    ("meridian", "2024-09-24T16:00", "zaporizhzhia-bombs-0924",
     "Russian glide bombs kill one in Zaporizhzhia",
     "KYIV, Sept 24 (Meridian) - Russian aircraft dropped guided bombs on the southern Ukrainian city of Zaporizhzhia on {day}, killing one person and wounding 15, the regional governor said.",
     "dateline Kyiv"),

    # --- Omdurman, Thursday 26 September: army and RSF, sides in either order.
    ("livedesk", "2024-09-26T10:00", "omdurman-clash-0926",
     "Sudan live: RSF and army clash in Omdurman",
     "12:00 CAT - The Rapid Support Forces say their fighters are battling army units in the Umbadda area of western Omdurman. Residents report heavy gunfire and artillery since dawn.",
     "RSF first"),
    ("meridian", "2024-09-26T13:00", "omdurman-clash-0926",
     "Sudan's army and paramilitaries fight in Omdurman",
     "CAIRO, Sept 26 (Meridian) - Sudan's army fought the paramilitary Rapid Support Forces in western Omdurman on {day}, residents said, in some of the heaviest fighting in the city for months. Neither side gave casualty figures.",
     "army first"),
    ("globebrief", "2024-09-26T19:00", "omdurman-clash-0926",
     "Sudan: army, RSF battle in Khartoum state",
     "Sudan's army and the RSF fought in Khartoum state on {day}, residents said.",
     "coarse: state"),
    ("incidentlog", "2024-09-27T05:00", "omdurman-clash-0926",
     "SDN Khartoum: RSF v SAF, Umbadda, 26 Sep",
     "SDN | Khartoum | Omdurman, Umbadda | 2024-09-26. RSF v SAF ground fighting with artillery. Casualties unknown.",
     "RSF first"),

    # --- Red Sea off Hodeidah, Thursday 26 September: interceptions.
    ("flashline", "2024-09-26T18:30", "redsea-intercept-0926",
     "US warship downs Houthi drones in Red Sea",
     "No damage, CENTCOM says.",
     "teaser"),
    ("livedesk", "2024-09-26T20:45", "redsea-intercept-0926",
     "Middle East live: US destroyer shoots down Houthi drones and missile",
     "23:45 AST - US Central Command says one of its destroyers shot down three Houthi drones and an anti-ship cruise missile over the Red Sea off Hodeidah. No ships were hit.",
     "liveblog entry"),
    ("meridian", "2024-09-26T19:40", "redsea-intercept-0926",
     "U.S. destroyer shoots down Houthi drones, missile over Red Sea",
     "DUBAI, Sept 26 (Meridian) - A U.S. Navy destroyer shot down three drones and an anti-ship cruise missile launched by Yemen's Houthis over the Red Sea on {day}, U.S. Central Command said. No ships were damaged.",
     "dateline Dubai"),
    ("incidentlog", "2024-09-27T06:00", "redsea-intercept-0926",
     "YEM Red Sea: Houthi UAVs and ASCM intercepted, 26 Sep",
     "YEM | Red Sea, off Hodeidah | 2024-09-26. 3 Houthi UAVs and 1 ASCM engaged and destroyed by USN destroyer (CENTCOM). No damage.",
     "database note"),

    # --- Chai, Macomia, Saturday 28 September: insurgents kill five.
    ("frontline", "2024-09-29T09:00", "chai-attack-0928",
     "Insurgents kill five in Chai, Macomia district",
     "Insurgents known locally as al-Shabaab, though they have no link to the Somali group, beheaded five men in Chai, in Macomia district, on {day}, a community leader said. Families who had returned to Chai this year fled again towards Macomia town.",
     "village and district, local name"),
    ("meridian", "2024-09-29T12:00", "chai-attack-0928",
     "Islamic State-linked insurgents kill five in northern Mozambique",
     "JOHANNESBURG, Sept 29 (Meridian) - Islamic State-linked insurgents killed five civilians in an attack on a village in Mozambique's northern Cabo Delgado province on {day}, a local leader said.",
     "dateline Johannesburg"),
    ("globebrief", "2024-09-29T18:00", "chai-attack-0928",
     "Mozambique: jihadists kill five in Cabo Delgado",
     "Jihadists killed five civilians in Mozambique's Cabo Delgado province on {day}, a local leader said.",
     "coarse: province"),

    # --- Tera, Niger, Saturday 28 September: one report only.
    ("incidentlog", "2024-09-30T07:00", "tera-clash-0928",
     "NER Tillaberi: FAN patrol v IS Sahel, Tera dept., 28 Sep",
     "NER | Tillaberi | Tera dept. | 2024-09-28. Niger armed forces patrol ambushed by IS Sahel fighters, firefight. FAN k=3; 'several' militants k (MoD communique 29 Sep).",
     "single report"),

    # --- Kumbo, Monday 30 September: separatists abduct teachers.
    ("frontline", "2024-09-30T15:00", "kumbo-abduction-0930",
     "Separatist fighters seize three teachers in Kumbo",
     "Three teachers at a government secondary school in Kumbo, the main town of Bui division, were taken from their homes on {day} morning by armed men who said they were enforcing the separatists' school boycott, a school official said. Residents blamed 'Amba boys' active in the hills around Kumbo.",
     "town and division"),
    ("meridian", "2024-10-01T09:00", "kumbo-abduction-0930",
     "Separatists kidnap three teachers in Cameroon's North-West",
     "YAOUNDE, Oct 1 (Meridian) - Armed separatists kidnapped three teachers in Cameroon's English-speaking North-West region on {day}, a school official said.",
     "dateline Yaounde"),
    ("incidentlog", "2024-10-01T12:00", "kumbo-abduction-0930",
     "CMR North-West: abduction of 3 teachers, Kumbo, 30 Sep",
     "CMR | North-West | Bui, Kumbo | 2024-09-30. Abduction of 3 teachers by Ambazonian separatists (ADF, Ambazonia Defence Forces, suspected). Linked to school boycott.",
     "ADF: another group of that acronym"),

    # --- Pokrovsk, Tuesday 1 October: chloropicrin.
    ("meridian", "2024-10-01T15:00", "pokrovsk-chemical-1001",
     "Ukraine accuses Russia of chemical attack near Pokrovsk",
     "KYIV, Oct 1 (Meridian) - Ukraine's military accused Russian forces on {day} of dropping grenades filled with chloropicrin, a choking agent, from drones onto Ukrainian positions near Pokrovsk in the eastern Donetsk region. It said four soldiers were treated for poisoning.",
     "dateline Kyiv"),
    ("globebrief", "2024-10-01T19:00", "pokrovsk-chemical-1001",
     "Ukraine: Kyiv says Russia used choking agent in the east",
     "Ukraine said Russian troops used munitions containing chloropicrin against its soldiers in the Donetsk region on {day}.",
     "coarse: province"),
    ("incidentlog", "2024-10-02T05:00", "pokrovsk-chemical-1001",
     "UKR Donetsk: chloropicrin munitions, Pokrovsk axis, 01 Oct",
     "UKR | Donetsk obl. | Pokrovsk axis | 2024-10-01. RU forces dropped munitions with chloropicrin from UAVs on UA positions (UA General Staff). 4 UA soldiers treated for poisoning.",
     "database note"),

    # --- Kalembe, Wednesday 2 October: M23 takes the town.
    ("meridian", "2024-10-02T16:00", "kalembe-m23-1002",
     "M23 rebels seize town in eastern Congo",
     "KINSHASA, Oct 2 (Meridian) - M23 rebels seized the town of Kalembe in eastern Democratic Republic of Congo on {day} after fighting with pro-government militias, local sources said.",
     "dateline Kinshasa"),
    ("frontline", "2024-10-02T18:00", "kalembe-m23-1002",
     "AFC/M23 takes Kalembe on the Masisi-Walikale line",
     "Fighters of the AFC/M23 entered Kalembe, a trading town on the border between Masisi and Walikale territories, on {day} afternoon after Wazalendo militias gave way, civil society leaders said. Many residents fled west towards Pinga.",
     "town and territories, the coalition's name"),
    ("globebrief", "2024-10-03T07:00", "kalembe-m23-1002",
     "DR Congo: Rwanda-backed rebels seize town in North Kivu",
     "Rwanda-backed rebels took a town in Congo's North Kivu province on {day}, local sources said.",
     "coarse: province, another name"),
    ("incidentlog", "2024-10-03T06:00", "kalembe-m23-1002",
     "COD N. Kivu: AFC/M23 takes Kalembe, 02 Oct",
     "COD | North Kivu | Walikale terr., Kalembe | 2024-10-02. AFC/M23 takes control of locality after fighting with Wazalendo. Casualties unknown.",
     "database note, one territory only"),

    # --- Pont-Sonde, Thursday 3 October: gang attack, toll rises.
    ("meridian", "2024-10-03T20:00", "pontsonde-gang-1003",
     "Gang attack kills at least 20 in central Haiti",
     "SANTO DOMINGO, Oct 3 (Meridian) - Gang members armed with automatic rifles attacked the town of Pont-Sonde in Haiti's Artibonite department on {day}, killing at least 20 people and setting homes on fire, local officials said.",
     "dateline Santo Domingo"),
    ("globebrief", "2024-10-04T08:00", "pontsonde-gang-1003",
     "Haiti: gang kills dozens in Artibonite",
     "Gang members killed dozens of people in an attack in Haiti's Artibonite department on {day}, officials said.",
     "coarse, dozens"),
    ("harbourfm", "2024-10-04T14:00", "pontsonde-gang-1003",
     "Haiti: survivors flee Pont-Sonde after gang massacre",
     "Survivors arriving in Saint-Marc describe gunmen from the Gran Grif gang going from house to house in Pont-Sonde in the early hours, shooting people in their beds. Officials now speak of more than 50 dead. Gran Grif controls much of the lower Artibonite valley.",
     "narrative"),
    ("dispatch", "2024-10-05T06:00", "pontsonde-gang-1003",
     "Haiti massacre toll rises to 70, UN says",
     "At least 70 people were killed in {day}'s gang attack on Pont-Sonde, including ten women and three babies, the UN human rights office said.",
     "two days on, toll rises"),

    # --- Sanaba, Banwa, Thursday 3 October: one report only.
    ("frontline", "2024-10-04T11:00", "sanaba-attack-1003",
     "Gunmen kill eight at water point near Sanaba",
     "Armed men killed eight civilians queuing at a borehole outside Sanaba, in Banwa province, on {day} afternoon, a member of the local VDP volunteer force told the desk. The attackers took the victims' donkeys and carts.",
     "single report"),

    # --- Aguililla, Michoacan, Friday 4 October: one report only.
    ("frontline", "2024-10-05T16:00", "aguililla-drones-1004",
     "Cartel drones bomb hamlet in Aguililla municipality",
     "Drones carrying explosives attacked El Aguaje, a hamlet in Aguililla municipality in Michoacan's Tierra Caliente, on {day} night, killing two farmworkers, residents said. They blamed the Jalisco New Generation Cartel, which has fought local groups for the area for years.",
     "single report"),

    # --- Tibu, Saturday 5 October: ELN and FARC dissidents, sides in either order.
    ("meridian", "2024-10-06T02:00", "tibu-clash-1005",
     "Guerrilla infighting kills six in Colombia's Catatumbo",
     "BOGOTA, Oct 5 (Meridian) - Fighting between the ELN guerrilla group and dissidents of the former FARC rebels killed six people in Colombia's Catatumbo region near the Venezuelan border on {day}, the ombudsman's office said.",
     "dateline Bogota, ELN first, published after midnight UTC"),
    ("frontline", "2024-10-06T15:00", "tibu-clash-1005",
     "FARC dissidents and ELN clash in rural Tibu; six dead",
     "Dissidents of the FARC's 33rd Front clashed with ELN fighters near Campo Dos, in rural Tibu, Norte de Santander, on {day}, leaving six dead, among them a farmer caught in the crossfire, community leaders said. Dozens of families left their farms for the town centre.",
     "dissidents first"),
    ("globebrief", "2024-10-06T18:00", "tibu-clash-1005",
     "Colombia: ELN, FARC dissidents clash in Norte de Santander",
     "The ELN and FARC dissidents fought in Colombia's Norte de Santander department on {day}, killing six people, the ombudsman said.",
     "coarse: department"),
    ("incidentlog", "2024-10-07T04:00", "tibu-clash-1005",
     "COL N. Santander: Frente 33 v ELN, Tibu, 05 Oct",
     "COL | Norte de Santander | Tibu, Campo Dos | 2024-10-05. FARC dissidents (EMBF, Frente 33) v ELN. k=6 (incl. 1 civ).",
     "dissidents first"),

    # --- Taiz, Sunday 6 October: one report only.
    ("frontline", "2024-10-06T16:00", "taiz-shelling-1006",
     "Houthi shells kill two children in Taiz's al-Rawdah",
     "Two children were killed and three people wounded when shells fired from Houthi positions east of the city hit a street in Taiz's al-Rawdah neighbourhood on {day} afternoon, a doctor at al-Thawra hospital said.",
     "single report"),

    # --- Mogadishu again, Tuesday 8 October: same type, same city, a month on.
    ("flashline", "2024-10-08T11:00", "mogadishu-carbomb-1008",
     "Blast near police station in Mogadishu",
     "Casualties feared.",
     "teaser: city only in the headline"),
    ("meridian", "2024-10-08T13:00", "mogadishu-carbomb-1008",
     "Car bomb near Mogadishu police station kills five",
     "NAIROBI, Oct 8 (Meridian) - A car bomb exploded near a police station in Mogadishu's Wadajir district on {day}, killing five people, police said. The blast came a month after a car bomb outside a tea shop in the capital's Hodan district killed nine.",
     "recalls last month's bombing"),
    ("globebrief", "2024-10-08T19:00", "mogadishu-carbomb-1008",
     "Somalia: car bomb kills five",
     "A car bomb killed five people in Somalia on {day}, police said.",
     "coarse: country"),
    ("incidentlog", "2024-10-09T04:00", "mogadishu-carbomb-1008",
     "SOM Banadir: VBIED at police station, Wadajir, 08 Oct",
     "SOM | Banadir | Mogadishu, Wadajir district | 2024-10-08. Parked VBIED near police station. k=5 w=11 (police). Claim: al-Shabaab. Cf. Hodan VBIED 6 Sep.",
     "database note, cross-reference"),

    # --- Reports of no new incident.
    ("harbourfm", "2024-09-21T11:00", "bg-teashops-0921",
     "Mogadishu's tea shops reopen behind sandbags",
     "Two weeks after a car bomb killed nine people outside a tea shop in Hodan, the stoves on that street are lit again. Owners have stacked sandbags along the pavement and moved their benches indoors. 'If we close, they have won,' one owner said. Al-Shabaab said at the time that it had been aiming at soldiers from a checkpoint.",
     "background only: recalls mogadishu-carbomb-0906"),
    ("dispatch", "2024-09-26T05:30", "bg-khar-arrests-0926",
     "Police arrest three over Bajaur funeral bombing",
     "Counter-terrorism police in Khyber Pakhtunkhwa said they had arrested three men suspected of helping the suicide bomber who killed 14 people at a funeral in Bajaur this month. The men were detained in raids in Khar and Mamund.",
     "background only: recalls khar-funeral-0911"),
    ("globebrief", "2024-10-07T18:00", "bg-drills-1007",
     "Philippines: US and Philippine marines hold beach landing drills",
     "Philippine and US marines practised amphibious landings on a beach in Zambales province on Monday as part of annual exercises.",
     "not an incident: exercise"),
]

# Hard case of SPEC.md -> labels (or label pairs) that hold it. Checked against INCIDENTS.
HARD_CASES = {
    "same type, same city, consecutive days": ["odesa-drone-0903", "odesa-drone-0904"],
    "two attacks in one province on one day, different towns": ["konduga-farmers-0908", "pulka-raid-0908"],
    "attack on the funeral of an earlier attack's victims, recalling it": ["bajaur-elder-0909", "khar-funeral-0911"],
    "same-day retaliation, sides swapped": ["metula-drones-0911", "kfarkila-strike-0911"],
    "background mention of an earlier incident in a new report": ["mogadishu-carbomb-1008", "khar-funeral-0911", "odesa-drone-0904", "bg-teashops-0921", "bg-khar-arrests-0926"],
    "overnight report with a date of either of two days": ["kyiv-missiles-0915"],
    "teaser naming the city only in its headline": ["mogadishu-carbomb-0906", "quetta-grenade-0919", "khar-funeral-0911", "odesa-drone-0903", "mogadishu-carbomb-1008"],
    "toll rising over three days of reports": ["boni-camp-0921", "konduga-farmers-0908", "mamove-adf-0916", "pontsonde-gang-1003"],
    "names of one party that differ between outlets": ["boni-camp-0921", "mamove-adf-0916", "kalembe-m23-1002", "chai-attack-0928", "khar-funeral-0911"],
    "places at different levels or named differently": ["elfasher-shelling-0910", "maguindanao-clash-0917", "boni-camp-0921", "mamove-adf-0916", "kalembe-m23-1002"],
    "types outlets confuse for one act": ["kirkuk-ied-0906", "tsafe-abduction-0914", "belgorod-strike-0920", "zaporizhzhia-bombs-0924"],
    "an article that reports two incidents": ["adanyabaal-seized-0918", "jilib-airstrike-0918"],
    "two-sided clash with the sides in either order": ["omdurman-clash-0926", "tibu-clash-1005"],
}

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HERE = Path(__file__).resolve().parent


def weekday(label):
    day = INCIDENTS[label][0]
    if day is None:
        raise ValueError(f"{label} has no date, so no weekday")
    return WEEKDAYS[date.fromisoformat(day).weekday()]


def fill(text, own_label):
    """Puts weekday names for `{day}`, `{day:LABEL}` and `{eve}` (the day before)."""

    def replace(match):
        return weekday(match.group(1) or own_label)

    text = re.sub(r"\{day(?::([a-z0-9-]+))?\}", replace, text)
    if "{eve}" in text:
        eve = date.fromisoformat(INCIDENTS[own_label][0]) - timedelta(days=1)
        text = text.replace("{eve}", WEEKDAYS[eve.weekday()])
    return text


def stray_weekdays(built):
    """Weekday names typed by hand (not from a placeholder) that are neither within a
    day of the report's incident nor of its publication: a slip."""
    found = []
    for (_, _, _, title, body, _), (_, when, label, *_, link) in zip(REPORTS, built):
        near = set()
        anchors = [when.date()]
        if INCIDENTS[label][0] is not None:
            anchors.append(date.fromisoformat(INCIDENTS[label][0]))
        for anchor in anchors:
            for shift in (-1, 0, 1):
                near.add(WEEKDAYS[(anchor + timedelta(days=shift)).weekday()])
        for name in re.findall(r"\b(" + "|".join(WEEKDAYS) + r")\b", title + " " + body):
            if name not in near:
                found.append(f"{name} in {link}")
    return found


def build():
    """Returns [(outlet, published, label, title, body, note, link)] in REPORTS order."""
    built = []
    for outlet, published, label, title, body, note in REPORTS:
        when = datetime.fromisoformat(published).replace(tzinfo=timezone.utc)
        title, body = fill(title, label), fill(body, label)
        # Opaque paths: `sitrep eval` lists the links of wrongly paired reports, and a
        # headline in the path would show blind text to whoever reads those figures.
        digest = hashlib.sha256(f"{outlet}|{published}|{title}".encode()).hexdigest()[:10]
        link = f"https://{outlet}.example/{when:%Y/%m/%d}/{digest}"
        built.append((outlet, when, label, title, body, note, link))
    return built


def check(built):
    problems = []
    used = {label for _, _, label, *_ in built}
    problems += [f"label {l} has no report" for l in INCIDENTS if l not in used]
    problems += [f"label {l} is not in INCIDENTS" for l in used if l not in INCIDENTS]
    links = [b[6] for b in built]
    problems += [f"link {l} twice" for l in {l for l in links if links.count(l) > 1}]
    problems += [f"unknown outlet {b[0]}" for b in built if b[0] not in OUTLETS]
    for b in built:
        if "{" in b[3] + b[4] or "}" in b[3] + b[4]:
            problems.append(f"unfilled placeholder in {b[6]}")
    outlets_of = defaultdict(set)
    reports_of = defaultdict(int)
    for outlet, _, label, *_ in built:
        outlets_of[label].add(outlet)
        reports_of[label] += 1
    for label, count in reports_of.items():
        if count != len(outlets_of[label]):
            problems.append(f"{label} has two reports from one outlet")
        if len(outlets_of[label]) > 6:
            problems.append(f"{label} has more than six outlets")
    for case, labels in HARD_CASES.items():
        problems += [f"hard case {case!r}: no label {l}" for l in labels if l not in INCIDENTS]
    incidents = {l: v for l, v in INCIDENTS.items() if v[0] is not None}
    types = {v[1] for v in incidents.values()}
    countries = {v[2] for v in incidents.values()}
    times = [b[1] for b in built]
    span = max(times) - min(times)
    if len(incidents) < 35:
        problems.append(f"only {len(incidents)} incidents")
    if len(built) < 110:
        problems.append(f"only {len(built)} reports")
    if len(types) != 12:
        problems.append(f"{len(types)} event types")
    if len(countries) < 15:
        problems.append(f"{len(countries)} countries")
    if span <= timedelta(days=28):
        problems.append(f"span {span}")
    problems += stray_weekdays(built)
    if problems:
        sys.exit("make_corpus.py: " + "; ".join(problems))
    singles = sorted(l for l in incidents if reports_of[l] == 1)
    return {
        "incidents": len(incidents),
        "other labels": len(INCIDENTS) - len(incidents),
        "reports": len(built),
        "outlets": len({b[0] for b in built}),
        "types": len(types),
        "countries": len(countries),
        "country codes": " ".join(sorted(countries)),
        "first": min(times).isoformat(),
        "last": max(times).isoformat(),
        "reported once": len(singles),
        "outlets per incident": f"{min(len(outlets_of[l]) for l in incidents)}-{max(len(outlets_of[l]) for l in incidents)}",
    }


def pub_date(outlet, when):
    hours = OFFSETS.get(outlet)
    if hours is None:
        return format_datetime(when)
    return format_datetime(when.astimezone(timezone(timedelta(hours=hours))))


def write_feeds(built):
    for outlet, (channel, style) in OUTLETS.items():
        items = sorted((b for b in built if b[0] == outlet), key=lambda b: b[1], reverse=True)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "<channel>",
            f"<title>{escape(channel)}</title>",
            f"<link>https://{outlet}.example/</link>",
            f"<description>{escape(channel)} ({escape(style)})</description>",
            "<language>en</language>",
        ]
        for _, when, _, title, body, _, link in items:
            lines += [
                "<item>",
                f"<title>{escape(title)}</title>",
                f"<link>{escape(link)}</link>",
                f'<guid isPermaLink="true">{escape(link)}</guid>',
                f"<pubDate>{pub_date(outlet, when)}</pubDate>",
                f"<description>{escape(body)}</description>",
                "</item>",
            ]
        lines += ["</channel>", "</rss>", ""]
        (HERE / f"{outlet}.rss.xml").write_text("\n".join(lines), encoding="utf-8")


def write_clusters(built):
    with open(HERE / "clusters.jsonl", "w", encoding="utf-8") as out:
        for _, _, label, _, _, note, link in built:
            out.write(json.dumps({"link": link, "incident": label, "note": note}, ensure_ascii=False) + "\n")


def main():
    built = build()
    counts = check(built)
    write_feeds(built)
    write_clusters(built)
    for key, value in counts.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
