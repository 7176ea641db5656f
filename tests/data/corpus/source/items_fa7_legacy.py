from common import *

# Legacy wire (ALL CAPS) written by helper fa7 for issue 14 (session of 2026-12-07), in
# our own words and without reading the blind items: trials of old attacks, and an
# attack on a judge.
FEED = ("dev/fa7-legacy.rss.xml", "rss", "https://fa7-archive.example.org/wire", "FA7 Archive")
REGISTER = "legacy"

ITEMS = [
("pe-tribunal-convicts-dynamiters", "1988-10-12 15:00", "MILITARY TRIBUNAL CONVICTS FOUR FOR DYNAMITE ATTACK ON POWER PYLONS",
"""LIMA, 12 OCT 88 (EFE) -- [TEXT] A MILITARY TRIBUNAL IN AYACUCHO TODAY SENTENCED FOUR ALLEGED MEMBERS OF SHINING PATH TO 20 YEARS IN PRISON FOR THE DYNAMITE ATTACK THAT TOPPLED SIX HIGH-TENSION PYLONS AND LEFT LIMA WITHOUT ELECTRICITY. THE DEFENSE SAID IT WOULD APPEAL TO THE SUPREME COUNCIL OF MILITARY JUSTICE.""",
[],
"legacy: a tribunal's sentence for an old dynamite attack: no event"),

("co-judge-who-sentenced-shot", "1989-08-17 20:00", "JUDGE WHO SENTENCED DRUG TRAFFICKERS SHOT DEAD IN BOGOTA",
"""BOGOTA, 17 AUG 89 (AFP) -- [TEXT] GUNMEN ON MOTORCYCLES TODAY SHOT AND KILLED A SUPERIOR COURT JUDGE AS SHE LEFT HER HOME IN NORTHERN BOGOTA, POLICE REPORTED. THE JUDGE HAD SENTENCED SEVERAL MEMBERS OF THE MEDELLIN CARTEL IN ABSENTIA LAST YEAR.""",
[(CIV, "CO", "Bogota", 1, "d0", "gunmen", "civilians")],
"legacy: a judge shot dead, court words in the headline: one event"),
]
