from common import *

# Event-database notes written by helper places7 (issue 14, places), without reading the
# blind split: towns named with their district, province or state only, where the
# district's or the region's name is shared with another country or level (Niger State and
# Niger, Punjab of India and of Pakistan, Hyderabad, Bolivar, Cordoba, Tripoli, Georgia,
# Savanes, Plateau, Red Sea), events at sea near a named port, a people's name only, and a
# foreign force's strike across a border. The team's own words; places are real, events
# invented or simplified.
FEED = ("dev/places7-notes.rss.xml", "rss", "https://coderlog7.example.org/notes", "Coder Log Seven")
REGISTER = "notes"

ITEMS = [
("ng-mashegu-bandits", "2025-05-06 08:00", "",
"""On 3 May 2025, bandits attacked Mashegu (Mashegu, Niger) and abducted 14 residents, including women. No fatalities reported.""",
[(ABD, "NG", "Mashegu", 0, "2025-05-03", "bandits", "civilians")],
"notes: Niger is the state of Nigeria here, known by the LGA's town"),

("ne-ayorou-jnim", "2025-04-14 08:00", "",
"""On 11 April 2025, suspected ISSP fighters attacked a military post near Ayorou (Tillaberi, Niger). 6 soldiers killed. Fatalities: 6.""",
[(CL, "NE", "Ayorou", 6, "2025-04-11", "Islamic State Sahel Province", "Niger")],
"notes: the country Niger closes the list after its region"),

("pk-kasur-police-ambush", "2025-02-18 08:00", "",
"""On 16 February 2025, unidentified gunmen ambushed a police van near Kasur (Kasur, Punjab). 2 policemen killed. Fatalities: 2.""",
[(CL, "PK", "Kasur", 2, "2025-02-16", "gunmen", "Pakistan")],
"notes: Punjab of Pakistan, told by Kasur"),

("in-gurdaspur-grenade", "2025-01-09 08:00", "",
"""On 7 January 2025, unidentified men threw a grenade at a police post in Gurdaspur (Gurdaspur, Punjab). No fatalities reported.""",
[(GRE, "IN", "Gurdaspur", 0, "2025-01-07", "unidentified men", "India")],
"notes: Punjab of India, told by Gurdaspur"),

("pk-hyderabad-sindh-ied", "2024-11-12 08:00", "",
"""On 10 November 2024, an IED planted on a motorcycle exploded near a Rangers vehicle in Hyderabad (Hyderabad, Sindh). 1 Ranger killed, 3 injured. Fatalities: 1.""",
[(IED, "PK", "Hyderabad", 1, "2024-11-10", None, "Pakistan")],
"notes: Hyderabad of Sindh, not of Telangana"),

("co-tierralta-agc", "2025-03-04 08:00", "",
"""On 1 March 2025, AGC gunmen shot dead 2 farmers in Tierralta (Cordoba). Fatalities: 2.""",
[(CIV, "CO", "Tierralta", 2, "2025-03-01", "Clan del Golfo", "civilians")],
"notes: Cordoba department of Colombia, not the Argentine province"),

("co-santa-rosa-eln", "2025-06-10 08:00", "",
"""On 8 June 2025, ELN and AGC fighters clashed in rural Santa Rosa del Sur (Bolivar). At least 5 combatants killed. Fatalities: 5.""",
[(CL, "CO", "Santa Rosa del Sur", 5, "2025-06-08", "ELN", "Clan del Golfo")],
"notes: Bolivar department of Colombia, not Venezuela's state"),

("ve-el-callao-mine-gunmen", "2024-10-22 08:00", "",
"""On 19 October 2024, an armed gang attacked miners at a camp near El Callao (Bolivar). 4 miners killed. Fatalities: 4.""",
[(CIV, "VE", "El Callao", 4, "2024-10-19", "armed gang", "civilians")],
"notes: Bolivar state of Venezuela; El Callao is also a Peruvian region"),

("ly-tripoli-abu-salim-clash", "2025-05-14 08:00", "LBY: Tripoli",
"""On 12 May 2025, fighting broke out between the Stability Support Apparatus and the 444th Brigade in Abu Salim (Tripoli). 6 fighters killed. Fatalities: 6.""",
[(CL, "LY", "Abu Salim", 6, "2025-05-12", "Stability Support Apparatus", "444th Brigade")],
"notes: Tripoli of Libya, by the country code in the headline"),

("lb-tripoli-tabbaneh-clash", "2024-06-03 08:00", "",
"""On 1 June 2024, gunmen from Bab al-Tabbaneh and Jabal Mohsen exchanged fire in Tripoli (Tripoli, North Lebanon). 1 resident killed. Fatalities: 1.""",
[(CL, "LB", "Tripoli", 1, "2024-06-01", "gunmen", "gunmen")],
"notes: Tripoli of Lebanon, by North Lebanon"),

("ge-khurvaleti-detained", "2024-09-17 08:00", "",
"""On 15 September 2024, Russian border guards abducted a farmer near Khurvaleti (Gori, Shida Kartli) along the administrative boundary line. No fatalities.""",
[(ABD, "GE", "Khurvaleti", 0, "2024-09-15", "Russia", "civilians")],
"notes: Georgia the country, never named; Shida Kartli"),

("tg-savanes-jnim", "2025-04-21 08:00", "",
"""On 18 April 2025, JNIM militants attacked an army post near Dapaong (Tone, Savanes). 8 soldiers killed. Fatalities: 8.""",
[(CL, "TG", "Dapaong", 8, "2025-04-18", "JNIM", "Togo")],
"notes: Savanes of Togo, not the Ivorian district"),

("bj-alibori-park-attack", "2025-01-13 08:00", "",
"""On 8 January 2025, JNIM fighters attacked a Beninese army position near Point Triple (Karimama, Alibori). 28 soldiers killed. Fatalities: 28.""",
[(CL, "BJ", "Point Triple", 28, "2025-01-08", "JNIM", "Benin")],
"notes: Alibori department of Benin; a people's adjective and an unknown place"),

("ye-red-sea-hodeidah-ship", "2024-06-14 08:00", "YEM: Red Sea",
"""On 12 June 2024, a Houthi uncrewed surface vessel struck the bulk carrier Tutor in the Red Sea, about 68 nautical miles south-west of Hodeidah. 1 crew member killed. Fatalities: 1.""",
[(SHL, None, "Red Sea", 1, "2024-06-12", "Houthis", "civilians")],
"notes: at sea, a port only as the distance reference"),

("so-eyl-hijack", "2024-03-15 08:00", "",
"""On 12 March 2024, armed pirates boarded and seized the bulk carrier Abdullah in the Indian Ocean, some 600 nautical miles east of Mogadishu. No fatalities reported.""",
[(ABD, None, "Indian Ocean", 0, "2024-03-12", "pirates", "civilians")],
"notes: at sea; the capital only as the distance reference"),

("iq-sidakan-turkish-drone", "2024-08-07 08:00", "",
"""On 5 August 2024, a Turkish drone struck a vehicle near Sidakan (Soran, Erbil). 2 PKK members killed. Fatalities: 2.""",
[(AIR, "IQ", "Sidakan", 2, "2024-08-05", "Turkey", "PKK")],
"notes: a foreign state's strike; the district and governorate of Iraq"),

("af-barmal-pakistani-jets", "2024-12-27 08:00", "",
"""On 24 December 2024, Military Forces of Pakistan jets bombed several villages in Barmal (Paktika). 46 people killed, mostly civilians, per Taliban officials. Fatalities: 46.""",
[(AIR, "AF", "Barmal", 46, "2024-12-24", "Pakistan", "civilians")],
"notes: Pakistan's strike in Afghanistan; Paktika province"),

("bf-barsalogho-trenches", "2024-08-26 08:00", "",
"""On 24 August 2024, JNIM militants attacked villagers digging trenches around Barsalogho (Sanmatenga, Centre-Nord). Dozens of civilians killed. Fatalities: unknown.""",
[(CIV, "BF", "Barsalogho", None, "2024-08-24", "JNIM", "civilians")],
"notes: Centre-Nord region of Burkina Faso"),

("ss-upper-nile-nasir", "2025-03-09 08:00", "",
"""On 7 March 2025, White Army fighters overran the SSPDF garrison at Nasir (Nasir, Upper Nile). Several soldiers killed. Fatalities: unknown.""",
[(NSA, "SS", "Nasir", None, "2025-03-07", "White Army", "South Sudan")],
"notes: Upper Nile state of South Sudan"),

("mm-kachin-bhamo-clash", "2025-01-20 08:00", "",
"""On 17 January 2025, KIA fighters and junta troops fought inside Bhamo (Bhamo, Kachin). Fatalities: unknown.""",
[(CL, "MM", "Bhamo", None, "2025-01-17", "Kachin Independence Army", "Myanmar")],
"notes: Kachin State of Myanmar, no state noun"),

("ph-cordoba-cebu-negative", "2025-02-11 08:00", "",
"""On 9 February 2025, police in Cordoba (Cebu) arrested 3 men for illegal possession of firearms during a checkpoint. No fatalities. Not a political violence event.""",
[],
"notes: negative; Cordoba of Cebu, an arrest"),

("az-tartar-shelling-notes", "2023-05-12 08:00", "",
"""On 11 May 2023, Armenian forces shelled positions of the Azerbaijani army near Sugovushan (Tartar). 1 soldier killed. Fatalities: 1.""",
[(SHL, "AZ", "Sugovushan", 1, "2023-05-11", "Armenia", "Azerbaijan")],
"notes: Tartar district of Azerbaijan; the acting side's demonym"),

("xk-zvecan-grenade", "2023-05-31 08:00", "",
"""On 29 May 2023, protesters threw an improvised explosive device at KFOR soldiers in Zvecan (Mitrovica). Over 30 soldiers injured. No fatalities.""",
[(IED, "XK", "Zvecan", 0, "2023-05-29", "protesters", "KFOR")],
"notes: Mitrovica district of Kosovo; no country named"),

("cd-lubero-adf", "2025-02-20 08:00", "",
"""On 17 February 2025, ADF rebels killed 11 villagers with machetes in Mayba (Lubero, Nord-Kivu). Fatalities: 11.""",
[(CIV, "CD", "Mayba", 11, "2025-02-17", "Allied Democratic Forces", "civilians")],
"notes: the French spelling of North Kivu"),

("sd-kordofan-el-obeid-drone", "2025-05-19 08:00", "",
"""On 16 May 2025, an RSF drone struck a fuel depot in El Obeid (Sheikan, North Kordofan). No fatalities reported.""",
[(AIR, "SD", "El Obeid", 0, "2025-05-16", "Rapid Support Forces", None)],
"notes: North Kordofan of Sudan"),
]
