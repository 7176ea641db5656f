from common import *

# Wire copy written by helper falsealarms for issue 14 (session of 2026-12-07), in our
# own words and without reading the blind items: genre false friends (a verdict about
# an old attack, a budget debate, a film about a siege, a dig at an old battlefield, a
# derby and a market story) and true reports with a background paragraph, a denial or
# a counter-accusation beside the new act.
FEED = ("dev/cls-fa-wire.rss.xml", "rss", "https://falsealarm-desk.example.org/world", "False Alarm Desk: World")
REGISTER = "wire"

ITEMS = [
("pk-peshawar-school-sentences", "2024-11-19 10:15", "Pakistani court sentences four over 2014 Peshawar school massacre",
"""An anti-terrorism court in Peshawar on {d0} handed death sentences to four men convicted of sheltering the gunmen who stormed the Army Public School in December 2014 and killed 147 people, most of them pupils.

Defence lawyers said they would appeal. Parents of the children who died gathered outside the court and said the ruling had come too late.""",
[],
"a court sentence for an attack ten years old: no event"),

("ng-defence-budget-vote", "2025-01-29 16:40", "Nigerian senate backs bigger defence budget to fight insurgents",
"""Nigeria's Senate on {d0} approved a defence budget of 3.2 trillion naira, a rise of a fifth, with most of the increase going to aircraft, armed drones and armoured vehicles for the war against jihadists in the northeast and bandits in the northwest.

The defence minister told senators that air strikes and ground offensives had pushed Boko Haram out of much of Borno State, but that the armed forces needed more helicopters to reach remote camps.""",
[],
"a budget vote with the war told as a summary of its course: no event"),

("ph-marawi-siege-film", "2024-12-27 09:30", "Drama about the siege of Marawi opens Manila film festival",
"""A war drama about the five-month battle for Marawi, when fighters loyal to Islamic State held parts of the city in 2017, opened the Metro Manila Film Festival on {d-1}.

Its director said he had spent two years talking to soldiers and residents who lived through the bombardment of the city centre. Critics praised the battle scenes but called the script thin.""",
[],
"a film about a siege seven years old, with its battle and bombardment: no event"),

("be-waterloo-soldiers-dig", "2025-06-10 11:00", "Skeletons of soldiers from 1815 battle found under Belgian farm",
"""Researchers digging beside a farmhouse south of Brussels have found the remains of at least four soldiers who fell in the battle of Waterloo, along with musket balls and a cavalry sabre, the regional heritage agency said on {d0}.

The battle of June 1815, in which some 50,000 men were killed or wounded, ended Napoleon's rule. The bones will be studied at a university in Liege before being reburied.""",
[],
"a dig at a battlefield of 1815 with its toll: no event"),

("eg-cairo-derby", "2025-03-15 22:10", "Al Ahly edge Zamalek in fierce Cairo derby",
"""Al Ahly beat Zamalek 2-1 at Cairo International Stadium on {d0}, a late strike from their captain settling a bruising battle between the two old rivals.

Zamalek's coach said his side had been hit by injuries and that the referee had missed a foul before the winning goal.""",
[],
"a football derby told as a battle with a strike: no event"),

("ye-marib-drone-car", "2024-09-12 13:20", "Drone strike kills three in car near Yemen's Marib",
"""A drone struck a car on the road west of Marib on {d-1}, killing three men inside, local officials said. No one claimed the strike.

Last year a strike on the same road killed a tribal commander, and Houthi forces shelled the city's western districts for months before the truce of 2022.""",
[(AIR, "YE", "Marib", 3, "d-1", None, None)],
"a drone strike, with an earlier strike and months of shelling as background: one event"),

("sd-el-fasher-market-shells", "2024-06-21 18:05", "Shelling of El Fasher market kills nine, Sudan army says",
"""Shells fired by the Rapid Support Forces hit the main market in El Fasher on {d0}, killing nine people and wounding more than 20, the Sudanese army said.

The RSF denied shelling the market and accused the army of bombing villages west of the city, a charge the army rejected. The United Nations has warned that an all-out assault on the city would put 800,000 people at risk.""",
[(SHL, "SD", "El Fasher", 9, "d0", "Rapid Support Forces", "civilians")],
"a shelling, a denial and a counter-accusation, and a warning: one event"),

("mm-war-toll-report", "2025-02-01 07:30", "Myanmar's civil war has killed over 6,000 civilians since coup, monitor says",
"""At least 6,300 civilians have been killed in Myanmar since the military seized power four years ago, a monitoring group said in a report released on {d0}, most of them in air strikes and artillery fire on villages.

The junta has lost control of large parts of the border regions to ethnic armed groups and resistance forces since an offensive launched in October 2023. It says the figures are exaggerated.""",
[],
"an aggregate toll of a war since a coup, with air strikes and artillery told as its causes: no event"),

("ua-ru-pow-swap", "2025-01-05 14:20", "Russia and Ukraine swap 150 prisoners each",
"""Russia and Ukraine each freed 150 prisoners of war on {d0} in an exchange brokered by the United Arab Emirates, both sides said.

Many of the Ukrainians had been captured during the fighting for Mariupol in 2022, and most of the Russians were taken in the Kursk region last summer, officials said.""",
[],
"a prisoner exchange with the captures told as past: no event"),

("ss-unmiss-base-attacks", "2024-08-02 10:50", "UN opens new peacekeeping base in South Sudan's Upper Nile",
"""The UN mission in South Sudan opened a temporary base near Nasir on {d0}, saying peacekeepers were needed there because of continued attacks on civilians by armed youth and the army's operations in the county.

The base will hold about 150 Indian peacekeepers and help aid agencies reach the 30,000 people displaced in recent months.""",
[],
"a peacekeeping base set up because of continued attacks: no event"),

("uk-knifeman-police-shot", "2024-04-30 18:45", "Police shoot man after knife rampage in east London",
"""Armed police shot and wounded a man who had stabbed four people on a street in Hainault on {d0}, Scotland Yard said. Officers fired a Taser and then two shots after the man ran at them with a sword.

Police said the incident was not being treated as terrorism and the man was not known to counter-terrorism officers.""",
[],
"police shooting a lone knifeman, not terrorism: no event"),

("shell-results-quarter", "2024-10-31 09:05", "Shell posts higher profit, extends buybacks",
"""Shell beat forecasts with third-quarter profit of $6 billion on {d0} and kept its pace of share buybacks, shrugging off weaker refining margins.

Chief executive Wael Sawan said the company would hit its cost targets a year early.""",
[],
"a business homonym (Shell, hit): no event"),
]
