from common import *

FEED = ("blind/statement-c3.feed.json", "json", "https://communiques.example.org/c3", "Communiqué Tracker")
REGISTER = "statement"

ITEMS = [
# ---- positives ----
("ohk-wajiroko-fob-attack-repelled", "2024-06-18 16:30", "Troops repel terrorists' attack on FOB Wajiroko",
"""PRESS RELEASE

Troops of Operation HADIN KAI deployed at Forward Operating Base Wajiroko, Damboa Local Government Area of Borno State, in the early hours of {d0} repelled an attack by Islamic State West Africa Province terrorists who came in gun trucks and on motorcycles.

In the ensuing firefight our gallant troops, supported by the Air Component, overwhelmed the terrorists with superior fire, neutralising several of them and forcing others to flee with gunshot wounds. Two gun trucks were destroyed and seven AK-47 rifles recovered. No casualty was recorded on our side.

The Theatre Commander commends the troops and urges the public to report suspicious movements.""",
[(CL, "NG", "Wajiroko", None, "d0", "Islamic State West Africa Province", "Nigeria")],
"an attack repelled: clash, attacker as initiator; 'neutralising several' and a one-sided zero -> null"),

("naf-tumbun-rago-interdiction", "2024-09-03 18:00", "Air Component destroys ISWAP logistics hub at Tumbun Rago",
"""The Air Component of Operation HADIN KAI has conducted air interdiction on a terrorist logistics hub at Tumbun Rago on the fringes of Lake Chad, Borno State, on {d-1}.

The mission followed credible intelligence that ISWAP commanders had gathered at the location to distribute fuel and arms to fighters ahead of planned attacks on troops' locations. Battle damage assessment revealed that over 20 terrorists were killed and several structures and logistics vehicles destroyed.

The Air Component remains committed to denying the terrorists freedom of action in the North East.""",
[(AIR, "NG", "Tumbun Rago", 20, "d-1", "Nigeria", "Islamic State West Africa Province")],
"air interdiction; 'over 20 killed' = 20; planned attacks are no event"),

("idf-yemen-missile-intercepted", "2025-05-28 03:10", "Missile launched from Yemen intercepted",
"""Following the sirens that sounded a short while ago in the Tel Aviv area and in several areas of central Israel, a missile launched from Yemen was intercepted by the Israeli Air Force. No injuries were reported.

The Houthi terrorist regime continues to fire at the State of Israel and its civilians. The IDF will continue to operate with force against any threat, wherever necessary.""",
[(DIS, "IL", "Tel Aviv", 0, "d0", "Israel", "Houthis")],
"interception in the disrupter's own statement; the Houthis named as the firing side; a threat is no event"),

("ua-air-force-shaheds-poltava-sumy", "2025-03-08 07:45", "Air Force: 94 attack drones shot down overnight",
"""On the night of 8 March the enemy attacked with 145 attack UAVs of the Shahed type and imitator drones, launched from the directions of Kursk, Bryansk and Primorsko-Akhtarsk.

As of 09:00, 94 drones were shot down in the Poltava, Sumy, Kharkiv, Chernihiv and Kyiv regions, most of them over Poltava region. 42 imitator drones were lost from location without negative consequences.

Hits of attack drones were recorded in the Sumy region, where a residential building and a garage cooperative in Shostka were damaged. According to the regional administration, two people were injured.

The Air Force of the Armed Forces of Ukraine calls on citizens not to ignore air raid alerts.""",
[(DIS, "UA", "Poltava region", None, "d0", "Ukraine", "Russia"),
 (AIR, "UA", "Shostka", None, "d0", "Russia", "civilians")],
"night tied to the publication day; interceptions and hits of one wave are two events; injuries only -> null"),

("sna-moqokori-liberated", "2023-10-04 15:00", "Ministry of Defence: Moqokori liberated from the Khawarij",
"""The Somali National Army, together with the local ma'awisley forces, has this morning liberated the town of Moqokori in Hiiraan region after a fierce battle with the Khawarij.

Dozens of Khawarij were killed in the fighting and their remnants fled towards the Middle Shabelle border. Our forces have taken control of the town's police station and the district headquarters and are clearing the surrounding villages.

The Ministry of Defence calls on the people of Moqokori to cooperate with the forces. The operation to liberate the country from the Khawarij will continue.""",
[(GOV, "SO", "Moqokori", None, "d0", "Somalia", "Al-Shabaab")],
"a state retakes a town with allied militia; 'Khawarij' is the state's name for al-Shabaab; 'dozens' -> null"),

("chinar-corps-kulgam-op", "2024-05-07 09:15", "Op Redwani Payeen, Kulgam",
"""On specific intelligence inputs regarding the presence of terrorists, a joint operation was launched by the Indian Army, J&K Police and CRPF in the general area of Redwani Payeen, Kulgam, on the night of 6 May.

Contact was established and the terrorists opened fire on the cordon. In the ensuing exchange of fire, bodies of two terrorists have been recovered along with weapons and warlike stores. One soldier was critically injured and later made the supreme sacrifice in the line of duty.

The operation is in progress. Chinar Corps salutes the supreme sacrifice of the braveheart and stands with the bereaved family.""",
[(CL, "IN", "Redwani Payeen", 3, "2024-05-06", "India", "militants")],
"encounter in Kashmir: 2 + 1 = 3; 'made the supreme sacrifice'; an explicit night date"),

("rtarf-kantharalak-rockets", "2025-07-24 14:20", "Royal Thai Army statement on Cambodian rocket fire on civilian areas",
"""At approximately 11.00 hrs today, Cambodian forces fired BM-21 rockets into civilian areas of Kantharalak district, Sisaket province. One round hit a PTT petrol station, causing a fire.

According to the initial report, six civilians were killed, including a child, and ten others were wounded. Rockets also fell near Ban Phue hospital.

The Royal Thai Army strongly condemns the deliberate targeting of civilians, which violates international humanitarian law. The Thai side reserves the right to respond in self-defence and calls on Cambodia to cease fire immediately.""",
[(SHL, "TH", "Kantharalak", 6, "d0", "Cambodia", "civilians")],
"rocket fire across a border: the country hit, not the attacker; a reserved right to respond is no event"),

("islamic-resistance-metula-rockets", "2024-03-11 13:15", "Statement of the Islamic Resistance",
"""In the name of God, the Most Gracious, the Most Merciful.

In support of our steadfast Palestinian people in the Gaza Strip and their valiant resistance, the fighters of the Islamic Resistance targeted at 14:30 on {d-1} a gathering of soldiers of the Israeli enemy in the Metula settlement with a salvo of Katyusha rockets, and achieved direct hits.

The Islamic Resistance affirms that its operations will continue as long as the aggression on Gaza continues. Victory comes only from God.""",
[(SHL, "IL", "Metula", None, "d-1", "Hezbollah", "Israel")],
"an armed group's own claim of a rocket attack; a pledge to continue is no event"),

("fama-diabaly-aerial-strikes", "2024-11-12 20:00", "Communiqué of the General Staff of the Armies",
"""The General Staff of the Armies informs the public that on {d-1}, the aerial vectors of the FAMa, following surveillance and reconnaissance missions, carried out strikes on a gathering of terrorists in the zone of Diabaly, circle of Niono.

The strikes made it possible to neutralise several terrorists and to destroy about fifteen motorcycles and logistics. The FAMa remain mobilised for the security of people and their goods.""",
[(AIR, "ML", "Diabaly", None, "d-1", "Mali", "militants")],
"air strikes in the army's words; 'neutralise several' is no toll"),

("crpf-aranpur-ied-defused", "2023-04-28 12:30", "Pressure IED recovered and defused on Aranpur road",
"""A pressure IED weighing approximately 5 kg, planted by Maoists under the Aranpur–Jagargunda road in Dantewada district, was detected by a road opening party of 231 Bn CRPF this morning.

The Bomb Disposal Squad defused the device on the spot. The road was reopened for traffic by noon.

It may be recalled that ten DRG jawans and a driver lost their lives when Maoists blew up their vehicle on the same road two days ago. Search operations have been intensified in the area.""",
[(DIS, "IN", "Aranpur", None, "d0", "India", "CPI (Maoist)")],
"a device found and defused; the deadly blast two days ago is background, not this event's toll"),

("ua-brigade-kupiansk-cs-grenades", "2025-01-14 17:00", "Brigade statement: occupiers again use chemical munitions",
"""In the Kupiansk direction, near Holubivka, enemy drones dropped K-51 grenades filled with CS on the positions of our unit this afternoon. Thanks to the timely use of gas masks, our soldiers suffered no losses.

We remind that the use of riot control agents as a method of warfare is prohibited by the Chemical Weapons Convention, to which Russia is a party. Every such case is recorded and passed to the relevant authorities.""",
[(CHEM, "UA", "Holubivka", 0, "d0", "Russia", "Ukraine")],
"chemical munitions dropped from drones; 'no losses' = 0"),

("jkp-sopore-grenade", "2023-11-20 19:30", "J&K Police: terrorists lob grenade at police party in Sopore",
"""At about 1745 hours today, terrorists lobbed a hand grenade towards a police party deployed for traffic regulation at Main Chowk Sopore. The grenade exploded on the roadside.

Three civilians and one police constable sustained minor splinter injuries and were shifted to the Sub-District Hospital Sopore, where their condition is stated to be stable.

The area has been cordoned off and a case registered at Police Station Sopore. Search for the attackers is on.""",
[(GRE, "IN", "Sopore", None, "d0", "militants", "India")],
"grenade; injuries only -> null"),

("kaduna-police-katari-abduction", "2024-08-05 13:00", "Police rescue efforts on after bandits abduct passengers near Katari",
"""The Kaduna State Police Command wishes to inform the public that on {d-1} at about 1900hrs, armed bandits blocked a section of the Abuja-Kaduna expressway near Katari village in Kachia LGA and abducted seven passengers travelling in a commercial bus.

The driver escaped and raised the alarm. Tactical teams and the military have been deployed to the forests around the area to rescue the victims unhurt and arrest the perpetrators.

The Commissioner of Police assures road users that patrols along the corridor have been strengthened.""",
[(ABD, "NG", "Katari", None, "d-1", "bandits", "civilians")],
"abduction of passengers, nobody killed; 'rescue unhurt' is a hope, not a stated zero"),

("afc-m23-walikale-centre", "2025-03-19 22:00", "Communiqué of the Alliance Fleuve Congo",
"""Following repeated attacks by the Kinshasa regime's coalition, composed of the FARDC, the FDLR, mercenaries and the Wazalendo, on our positions and on the populations of Walikale territory, the revolutionary forces of the AFC/M23 have today taken control of the centre of Walikale.

The AFC/M23 assures the population of Walikale of its protection and invites displaced people to return home. We remain committed to the peace process.""",
[(NSA, "CD", "Walikale", None, "d0", "M23", "DR Congo")],
"a rebel group's own statement of taking a town; its grievances are no event"),

("ispr-daraban-suicide-vehicle", "2023-12-12 11:40", "ISPR: terrorists' attack on Daraban post foiled, six khwarij sent to hell",
"""In the early hours of {d0}, a group of six terrorists of Fitna al Khawarij attacked a security forces post in Daraban, Dera Ismail Khan District.

The attack was effectively thwarted at the entry point by our troops, which forced the khwarij to ram an explosive-laden vehicle into the post's boundary wall, followed by a suicide bombing. In the ensuing clearance operation, all six khwarij, including the suicide bombers, were sent to hell. The collapse of the building resulted in the shahadat of five brave sons of soil.

Our security forces remain determined to eliminate the menace of terrorism.""",
[(SUI, "PK", "Daraban", 11, "d0", "Tehreek-e-Taliban Pakistan", "Pakistan")],
"suicide vehicle bomb and the fighting after it are one suicide_bomb; 'sent to hell' = killed; the count includes the bombers; 'khwarij' is the state's name for the TTP"),

# ---- negatives ----
("cobra-gold-opening-ceremony", "2025-02-25 08:00", "Opening ceremony of Exercise Cobra Gold 2025",
"""The Royal Thai Armed Forces Headquarters announces that the opening ceremony of Exercise Cobra Gold 2025 was held today at the U-Tapao airfield in Rayong province.

More than 8,000 personnel from 30 countries take part this year. The exercise includes an amphibious assault landing at Hat Yao beach, a live-fire exercise with HIMARS and a combined arms attack rehearsal, as well as humanitarian civic assistance projects in Chanthaburi.""",
[], "exercise with assault, live fire and attack rehearsal"),

("mon-k2-second-executive-contract", "2025-08-01 12:00", "Ministry of National Defence signs second executive contract for K2 tanks",
"""Today the Armament Agency signed the second executive contract for the delivery of 180 K2 tanks, including 64 in the K2PL version to be produced in Poland, together with support vehicles, ammunition and training.

The contract, worth about 6.5 billion dollars, is the largest in the history of the Polish defence industry, the minister said. Deliveries will run from 2026 to 2030.""",
[], "arms contract"),

("idf-war-summary-targets", "2024-10-07 06:00", "One year of war: IDF summary of operations",
"""Over the past year, since the murderous attack of October 7, the IDF has struck more than 40,300 terror targets in the Gaza Strip and about 4,900 in Lebanon. Some 13,200 rockets were launched at Israel from Gaza, 12,400 from Lebanon, 60 from Syria, 180 from Yemen and 400 from Iran.

726 IDF soldiers have fallen since the start of the war. The IDF will continue to fight for the return of all the hostages.""",
[], "aggregate figures and history, no single new act"),

("updf-dismisses-attack-reports", "2024-03-15 14:00", "UPDF dismisses reports of attack on its base",
"""The attention of the UPDF has been drawn to reports circulating on social media alleging that our base in the Democratic Republic of Congo was attacked and soldiers killed. These reports are false and malicious.

No UPDF position has been attacked and no soldier has been harmed. Joint operations with the FARDC against the ADF continue as planned. We urge the public to rely on official channels.""",
[], "a pure denial of an attack"),

("dci-gang-shop-robberies-arrested", "2024-07-22 10:30", "DCI detectives arrest gang behind shop robberies",
"""Detectives from the Directorate of Criminal Investigations have arrested four suspects believed to be behind a series of violent robberies targeting mobile money shops in Nairobi's Eastlands.

A pistol with six rounds of ammunition, a motorcycle and several mobile phones were recovered from their hideout in Kayole. The suspects will be arraigned on Monday.

Members of the public are urged to share information on any crime through our toll-free hotline, anonymously if they wish.""",
[], "robbery gang, arrests and a pistol recovered"),

("garda-suspicious-device-hoax", "2024-11-04 18:00", "Garda statement on suspicious device, Limerick",
"""Gardaí attended the scene of a suspicious object found outside a premises in Limerick city this afternoon. A cordon was put in place and several homes evacuated as a precaution.

The Defence Forces Explosive Ordnance Disposal team examined the object and carried out a controlled explosion. It was subsequently declared a hoax and the cordon was lifted. Investigations are ongoing.""",
[], "controlled explosion of a hoax"),

("rdf-car-battalion-rotation", "2024-07-02 09:00", "RDF deploys battalion to the Central African Republic",
"""A battalion of the Rwanda Defence Force left Kigali today for the Central African Republic, where it will serve with MINUSCA and under the bilateral agreement between the two countries.

The deployment follows repeated attacks by armed groups on convoys and civilians in the centre of the country. The troops will secure the main supply route from Bangui to the border with Cameroon.""",
[], "peacekeepers deployed because of attacks"),

("arakan-army-talks-statement", "2025-01-10 16:00", "Arakan Army statement on talks",
"""The Arakan Army welcomes the efforts of the People's Republic of China and is ready to solve political problems through political means. Our delegation will attend the talks to be held in Kunming.

However, if the military council continues air strikes and attacks on the civilian population, we will respond with all necessary means to defend the people of Arakan.""",
[], "talks and a conditional threat"),

("army-aviation-hard-landing", "2024-04-30 21:00", "Army helicopter makes hard landing during training",
"""An Army Aviation helicopter made a hard landing this afternoon during a routine training sortie near Tarbela. Both pilots sustained minor injuries and were evacuated to CMH Rawalpindi.

A board of inquiry has been ordered to ascertain the cause of the incident. Technical malfunction is suspected.

The aircraft has been recovered to its base. Flying operations of Army Aviation continue as scheduled.""",
[], "training accident"),

("msb-tayfun-test-firing", "2025-02-03 10:00", "Successful test firing of the Tayfun ballistic missile",
"""The Tayfun short-range ballistic missile, developed by our national defence industry, was successfully test-fired from Rize-Artvin Airport.

The missile hit its target at sea with pinpoint accuracy after a flight of more than 560 kilometres. We congratulate everyone who contributed to this achievement.

The Tayfun adds to the long-range strike capability of our Armed Forces. Serial production is expected to begin next year.""",
[], "missile test hitting a target"),
]
