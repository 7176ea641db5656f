#!/usr/bin/env python3
"""Writes the incident clustering corpus: one RSS file per outlet and clusters.jsonl.

Every report below was written for sitrep's tests (wire style, invented wording about
incidents of March 2024). `incident` is the gold label: reports with the same label
describe the same real-world incident; near misses carry labels of their own. Run
`python3 make_corpus.py` here after editing REPORTS; commit the generated files.
"""
import json
from email.utils import format_datetime
from datetime import datetime, timezone
from xml.sax.saxutils import escape

# (outlet, published UTC, incident label, title, body, note)
REPORTS = [
    # Kharkiv missile strike, Tuesday 5 March: city, region and country level; rising toll.
    ("AP", "2024-03-05T10:00", "kharkiv-0305",
     "Russian missile strike on Kharkiv apartment block kills 7",
     "KHARKIV, Ukraine (AP) - A Russian missile struck an apartment building in Kharkiv on Tuesday, killing seven people and wounding 20, regional governor Oleh Syniehubov said.",
     "city, day from text"),
    ("Reuters", "2024-03-06T08:00", "kharkiv-0305",
     "Death toll from Kharkiv missile attack rises to 11",
     "The death toll from Tuesday's Russian missile attack on the city of Kharkiv rose to 11 on Wednesday as rescuers pulled more bodies from the rubble, officials said.",
     "published the next day, toll rose"),
    ("AFP", "2024-03-05T09:00", "kharkiv-0305",
     "Russia pounds northeastern Ukraine",
     "Russia launched a missile strike on northeastern Ukraine overnight, killing at least eight civilians, Ukrainian officials said on Tuesday.",
     "country level, overnight"),
    ("BBC", "2024-03-05T13:30", "kharkiv-0305",
     "Ukraine war: Missile hits flats in Kharkiv",
     "Rescue teams are searching the rubble of a five-storey block of flats in Kharkiv after a Russian missile hit it on Tuesday morning. Eight people are known to have died.",
     "another count the same day"),
    # Near miss: Kharkiv again, two days later, drones.
    ("AP", "2024-03-07T11:00", "kharkiv-0307",
     "Russian drones hit Kharkiv again",
     "Russian drones struck an industrial area of Kharkiv on Thursday, killing two workers, the mayor said.",
     "near miss: same town, another day"),
    ("Reuters", "2024-03-07T12:00", "kharkiv-0307",
     "Drone attack on Kharkiv kills two",
     "Two people were killed when Russian drones hit Kharkiv on Thursday, Ukrainian officials said.",
     ""),
    # Mogadishu suicide bombing, Friday 8 March.
    ("AP", "2024-03-08T18:00", "mogadishu-0308",
     "Suicide bomber kills 6 at Mogadishu checkpoint",
     "MOGADISHU, Somalia (AP) - A suicide bomber killed at least six people at a checkpoint near parliament in Mogadishu on Friday, police said. Al-Shabaab claimed the attack.",
     ""),
    ("Reuters", "2024-03-09T07:00", "mogadishu-0308",
     "Al Shabaab claims Mogadishu suicide car bombing",
     "Somali Islamist group al Shabaab said it carried out a suicide car bombing in Mogadishu on Friday that killed nine people, a police officer said on Saturday.",
     "published the next day"),
    ("Al Jazeera", "2024-03-09T12:00", "mogadishu-0308",
     "Death toll in Somalia bombing rises to 12",
     "The death toll from Friday's suicide bombing in the Somali capital Mogadishu has risen to 12, officials said on Saturday, as hospitals struggled with the wounded.",
     "rising toll"),
    # Rafah air strike, Saturday 9 March.
    ("Al Jazeera", "2024-03-09T15:00", "rafah-0309",
     "Israeli air strike on Rafah home kills 14",
     "An Israeli air strike on a house in Rafah killed 14 people, including five children, on Saturday, Gaza health officials said.",
     ""),
    ("Reuters", "2024-03-10T06:00", "rafah-0309",
     "Israeli strike kills 11 in Rafah",
     "An Israeli air strike on a family home in Rafah in the southern Gaza Strip killed 11 people late on Saturday, medics said.",
     "published the next day, lower count"),
    ("AP", "2024-03-09T19:00", "rafah-0309",
     "Strike flattens house in southern Gaza",
     "Israeli warplanes struck a house in the southern Gaza city of Rafah on Saturday, killing at least 13 people, according to hospital officials.",
     ""),
    # Near miss: same day, another town of the Gaza Strip.
    ("AFP", "2024-03-09T16:00", "deir-0309",
     "Strike on Deir al-Balah house kills six",
     "An Israeli air strike on a house in Deir al-Balah killed six people on Saturday, medics said.",
     "near miss: same day, neighbouring town"),
    # Omdurman, Tuesday 12 March: two attacks in one city, one day, by different actors.
    ("AP", "2024-03-12T15:00", "omdurman-rsf-0312",
     "RSF shelling hits Omdurman market",
     "Shelling by the paramilitary Rapid Support Forces hit a market in Omdurman on Tuesday, killing 15 civilians, activists said.",
     "near miss pair: same city and day, another initiator"),
    ("Reuters", "2024-03-12T17:00", "omdurman-rsf-0312",
     "Civilians killed as RSF shells Omdurman",
     "The Rapid Support Forces shelled a crowded market in Omdurman on Tuesday, killing 17 civilians, a local volunteer group said.",
     ""),
    ("AFP", "2024-03-12T16:00", "omdurman-saf-0312",
     "Sudan army jets strike RSF in Omdurman",
     "Sudanese army warplanes bombed Rapid Support Forces positions in Omdurman on Tuesday, killing at least 20 fighters, a military source said.",
     ""),
    ("Al Jazeera", "2024-03-12T20:00", "omdurman-saf-0312",
     "Sudan's army bombs paramilitary positions",
     "Sudan's army carried out air strikes on Tuesday against Rapid Support Forces positions in Omdurman, witnesses said.",
     ""),
    # Kuriga school abduction, Thursday 7 March.
    ("AP", "2024-03-07T18:00", "kuriga-0307",
     "Gunmen abduct pupils from Nigerian school",
     "Gunmen abducted at least 287 pupils from a school in Kuriga in northwest Nigeria's Kaduna state on Thursday, a teacher said.",
     ""),
    ("Reuters", "2024-03-08T09:00", "kuriga-0307",
     "More than 280 pupils kidnapped in Nigeria's Kaduna",
     "Gunmen kidnapped more than 280 pupils from a school in Kaduna state on Thursday, residents said, in one of the largest mass abductions in years.",
     ""),
    ("BBC", "2024-03-08T11:00", "kuriga-0307",
     "Nigeria: Hundreds of schoolchildren kidnapped",
     "Armed men on motorbikes stormed a school in Kuriga, Kaduna state, on Thursday morning and kidnapped hundreds of children, local officials said.",
     ""),
    # Hodeidah strikes, Monday 11 March.
    ("AP", "2024-03-11T18:00", "hodeidah-0311",
     "US, UK strike Houthi targets near Hodeidah",
     "US and British warplanes struck Houthi targets near the port city of Hodeidah on Monday, the US military said.",
     ""),
    ("Reuters", "2024-03-12T06:00", "hodeidah-0311",
     "US-British strikes hit Yemen's Hodeidah",
     "The United States and Britain carried out air strikes on Houthi sites around Hodeidah on Monday night, Houthi-run media reported.",
     "night"),
    ("Xinhua", "2024-03-11T21:00", "hodeidah-0311",
     "U.S.-led air raids target Yemen",
     "U.S.-British air raids hit Yemen's Houthi-held areas on Monday, the Houthi-run al-Masirah TV said.",
     "country level"),
    # Nabatieh drone strike, Monday 11 March.
    ("AP", "2024-03-11T18:30", "nabatieh-0311",
     "Israeli drone strike on car kills 2 in southern Lebanon",
     "An Israeli drone strike on a car near Nabatieh in southern Lebanon killed two Hezbollah fighters on Monday, a security source said.",
     ""),
    ("Al Jazeera", "2024-03-11T19:00", "nabatieh-0311",
     "Israeli drone hits car near Nabatieh",
     "An Israeli drone targeted a car near Nabatieh on Monday, killing two members of Hezbollah, Lebanese state media said.",
     ""),
    ("DPA", "2024-03-12T07:00", "nabatieh-0311",
     "Two Hezbollah fighters killed in southern Lebanon",
     "Two Hezbollah fighters were killed in an Israeli drone strike in southern Lebanon on Monday, the group said.",
     "no town named"),
    # Ain al-Asad rockets, Sunday 10 March.
    ("AP", "2024-03-10T18:00", "asad-0310",
     "Rockets hit Iraq base hosting US troops",
     "Several rockets struck the Ain al-Asad air base in western Iraq on Sunday, wounding two US service members, officials said.",
     ""),
    ("Reuters", "2024-03-11T08:00", "asad-0310",
     "Rocket attack targets Ain al-Asad base in Iraq",
     "Rockets were fired at the Ain al-Asad air base in Iraq's Anbar province on Sunday, Iraqi security sources said.",
     ""),
    # Sagaing air strike, Friday 8 March.
    ("AP", "2024-03-08T18:00", "sagaing-0308",
     "Myanmar military air strike kills 12 villagers",
     "A Myanmar military air strike on a village in Sagaing region killed 12 villagers on Friday, residents said.",
     ""),
    ("BBC", "2024-03-09T09:00", "sagaing-0308",
     "Myanmar: Jets bomb village in Sagaing",
     "Myanmar's military bombed a village in the Sagaing region on Friday, killing at least 15 people including children, according to a local resistance group.",
     ""),
    # Sake clashes, Thursday 7 March.
    ("Reuters", "2024-03-07T18:00", "sake-0307",
     "Clashes near Congo's Sake kill eight soldiers",
     "Fighting between M23 rebels and the Congolese army near the town of Sake in North Kivu killed at least eight soldiers on Thursday, sources said.",
     ""),
    ("AFP", "2024-03-08T08:00", "sake-0307",
     "M23 rebels battle army in eastern Congo",
     "M23 rebels clashed with Congolese troops near Sake in North Kivu province on Thursday, a local official said.",
     ""),
    # Idlib shelling, Wednesday 6 March.
    ("Reuters", "2024-03-06T15:00", "idlib-0306",
     "Syrian government shelling kills 5 in Idlib",
     "Syrian government forces shelled the town of Ariha in Idlib province on Wednesday, killing five civilians, rescuers said.",
     ""),
    ("AFP", "2024-03-06T17:00", "idlib-0306",
     "Regime bombardment kills civilians in Syria's Idlib",
     "Syrian regime artillery fire killed five civilians in the town of Ariha in northwest Syria on Wednesday, a war monitor said.",
     ""),
    # Near miss: Idlib again a week later.
    ("Reuters", "2024-03-13T15:00", "idlib-0313",
     "Shelling kills 3 in Syria's Idlib",
     "Syrian government shelling killed three civilians in Ariha in Idlib province on Wednesday, rescuers said.",
     "near miss: same town, a week later"),
    # Odesa port, Tuesday 5 March: same day, type and country as Kharkiv (one-a-day merges them).
    ("AP", "2024-03-05T16:00", "odesa-0305",
     "Russian missile hits Odesa port, killing 2",
     "A Russian missile hit the port of Odesa on Tuesday, killing two dock workers and damaging a grain terminal, Ukraine's navy said.",
     "near miss for one-a-day: same date, type and country as Kharkiv"),
    ("Xinhua", "2024-03-05T18:00", "odesa-0305",
     "Missile attack on Ukraine's Odesa port kills 2",
     "Two people were killed on Tuesday when a Russian missile struck port infrastructure in Odesa, regional authorities said.",
     ""),
    ("DPA", "2024-03-06T06:30", "odesa-0305",
     "Grain terminal in Odesa hit by Russian missile",
     "A Russian missile struck a grain terminal in the Black Sea port of Odesa on Tuesday, killing two workers, the regional governor said on Wednesday.",
     ""),
    ("Al Jazeera", "2024-03-05T20:00", "odesa-0305",
     "Russia strikes Odesa port",
     "Russian forces fired a missile at Odesa's port on Tuesday, killing two people and wounding eight, Ukrainian officials said.",
     ""),
    # Zaporizhzhia, Thursday 7 March: same day and country as the second Kharkiv attack.
    ("BBC", "2024-03-07T14:00", "zaporizhzhia-0307",
     "Drones hit Zaporizhzhia",
     "Russian drones struck residential buildings in Zaporizhzhia on Thursday, killing one woman, the regional governor said.",
     "near miss for one-a-day"),
    ("DPA", "2024-03-07T15:00", "zaporizhzhia-0307",
     "One killed in drone attack on Zaporizhzhia",
     "A Russian drone attack on the city of Zaporizhzhia killed one person on Thursday, officials said.",
     ""),
    # Baidoa, Friday 8 March: a second suicide bombing in Somalia the same day.
    ("Reuters", "2024-03-08T16:00", "baidoa-0308",
     "Suicide bomber kills 4 in Somalia's Baidoa",
     "A suicide bomber blew himself up at a restaurant in the southwestern Somali city of Baidoa on Friday, killing four people, police said.",
     "near miss for one-a-day: same date, type and country as Mogadishu"),
    ("AFP", "2024-03-08T19:00", "baidoa-0308",
     "Restaurant bombing in Baidoa",
     "At least four people died when a suicide bomber attacked a restaurant in Baidoa on Friday, a local official said.",
     ""),
    ("Xinhua", "2024-03-09T08:00", "baidoa-0308",
     "Somali police say 5 killed in Baidoa blast",
     "Five people were killed in a suicide bombing at a restaurant in Baidoa, Somalia, on Friday, police said on Saturday.",
     ""),
    # Singletons.
    ("DPA", "2024-03-06T12:00", "mali-0305",
     "Jihadists attack army convoy in Mali",
     "Jihadist fighters ambushed a Malian army convoy near Niono on Tuesday, killing several soldiers, security sources said.",
     ""),
    ("Xinhua", "2024-03-10T10:00", "kandahar-0310",
     "Roadside bomb kills 3 in Afghanistan's Kandahar",
     "A roadside bomb exploded in Kandahar city on Sunday, killing three people, police said.",
     ""),
]

def main():
    by_outlet = {}
    labels = []
    for n, (outlet, published, incident, title, body, note) in enumerate(REPORTS):
        slug = outlet.lower().replace(" ", "")
        link = f"https://{slug}.example/{published[:10]}/{n:03d}"
        when = datetime.fromisoformat(published).replace(tzinfo=timezone.utc)
        by_outlet.setdefault(outlet, []).append((link, when, title, body))
        label = {"link": link, "incident": incident}
        if note:
            label["note"] = note
        labels.append(label)
    for outlet, items in by_outlet.items():
        slug = outlet.lower().replace(" ", "")
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>',
                 f"<title>{escape(outlet)}</title>", f"<link>https://{slug}.example/</link>",
                 f"<description>{escape(outlet)} (sitrep test corpus)</description>"]
        for link, when, title, body in items:
            lines.append(f"<item><title>{escape(title)}</title><link>{link}</link>"
                         f"<guid>{link}</guid><pubDate>{format_datetime(when)}</pubDate>"
                         f"<description>{escape(body)}</description></item>")
        lines.append("</channel></rss>")
        with open(f"{slug}.rss.xml", "w") as out:
            out.write("\n".join(lines) + "\n")
    with open("clusters.jsonl", "w") as out:
        for label in labels:
            out.write(json.dumps(label) + "\n")

if __name__ == "__main__":
    main()
