//! Whole-article tests: the seed article exactly as docs/contract.md and the workspace
//! issue state it, and short wire stories of every kind.

use chrono::{DateTime, NaiveDate, Utc};
use sitrep_contract::{
    ActorKind, ActorRole, Article, DatePrecision, EventType, IncidentEvent, LocationPrecision,
    OccurredOn, Status,
};

use crate::Classifier;

pub(crate) fn article(url: &str, title: &str, body: &str, published: &str) -> Article {
    Article {
        source: Some("Wire".to_owned()),
        language_confidence: Some(0.99),
        ..sitrep_contract::fixtures::article(url, published, title, body)
    }
}

pub(crate) fn seed_article() -> Article {
    let text = include_str!("../tests/data/seed_cnn.txt");
    let paragraphs: Vec<&str> = text
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut article = article(
        "https://edition.cnn.com/2020/03/12/politics/us-strikes-iraq/index.html",
        "US strikes Iranian-backed militia sites in Iraq",
        &paragraphs.join("\n\n"),
        "2020-03-12T23:00:00Z",
    );
    article.source = Some("CNN".to_owned());
    article
}

fn classifier() -> &'static Classifier {
    static CLASSIFIER: std::sync::OnceLock<Classifier> = std::sync::OnceLock::new();
    CLASSIFIER.get_or_init(|| Classifier::load_default().expect("bundled data loads"))
}

fn classify(article: &Article) -> Vec<IncidentEvent> {
    classifier().classify(article, "2026-01-01T00:00:00Z".parse().expect("timestamp"))
}

fn occurred(events: &[IncidentEvent]) -> Vec<&IncidentEvent> {
    events
        .iter()
        .filter(|e| e.status == Status::Occurred)
        .collect()
}

fn describe(events: &[IncidentEvent]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "{:?} {} {:?} {:?} {} fat={:?} actors={:?} ev={:?}",
                e.status,
                e.event_type.code(),
                e.occurred_on.date,
                e.location.country_code,
                e.location.name,
                e.fatalities,
                e.actors
                    .iter()
                    .map(|a| format!("{}:{:?}", a.name, a.role))
                    .collect::<Vec<_>>(),
                e.evidence
                    .iter()
                    .map(|v| v.cues.join("|"))
                    .collect::<Vec<_>>()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_seed_article_yields_exactly_its_two_new_events() {
    let article = seed_article();
    let events = classify(&article);
    let news = occurred(&events);
    assert_eq!(news.len(), 2, "events:\n{}", describe(&events));

    let strike = news[0];
    assert_eq!(
        strike.event_type,
        EventType::AirDroneStrike,
        "{}",
        describe(&events)
    );
    assert_eq!(strike.location.country_code.as_deref(), Some("IQ"));
    assert_eq!(strike.location.precision, LocationPrecision::Country);
    assert_eq!(
        (strike.location.lat, strike.location.lon),
        (Some(33.0), Some(44.0))
    );
    assert_eq!(
        strike.occurred_on.date,
        NaiveDate::from_ymd_opt(2020, 3, 12)
    );
    assert_eq!(strike.occurred_on.precision, Some(DatePrecision::Day));
    assert_eq!(strike.occurred_on.text.as_deref(), Some("on Thursday"));
    let us = strike
        .actors
        .iter()
        .find(|a| a.name == "United States")
        .expect("US actor");
    assert_eq!(
        (us.role, us.kind, us.country_code.as_deref()),
        (ActorRole::Initiator, ActorKind::StateForce, Some("US"))
    );
    let kh = strike
        .actors
        .iter()
        .find(|a| a.name == "Kata'ib Hezbollah")
        .unwrap_or_else(|| panic!("KH actor:\n{}", describe(&events)));
    assert_eq!(
        (kh.role, kh.kind, kh.country_code.as_deref()),
        (ActorRole::Target, ActorKind::NonStateArmedGroup, Some("IQ"))
    );
    assert!(
        strike.weapons.iter().any(|w| w == "manned aircraft"),
        "{:?}",
        strike.weapons
    );
    assert_eq!(strike.fatalities, None);
    assert!(strike
        .evidence
        .iter()
        .any(|e| e.text.starts_with("The US carried out airstrikes")
            && e.cues.iter().any(|c| c == "airstrikes")));
    assert_eq!(
        strike.id,
        sitrep_contract::EventId::for_event(
            &article.id,
            events
                .iter()
                .position(|e| e.id == strike.id)
                .expect("listed")
        )
    );

    let rockets = news[1];
    assert_eq!(
        rockets.event_type,
        EventType::ShellingArtilleryMissileAttack,
        "{}",
        describe(&events)
    );
    assert_eq!(rockets.location.country_code.as_deref(), Some("IQ"));
    assert_eq!(
        rockets.occurred_on.date,
        NaiveDate::from_ymd_opt(2020, 3, 11)
    );
    assert_eq!(rockets.fatalities, Some(3));
    assert!(rockets
        .evidence
        .iter()
        .any(|e| e.cues.iter().any(|c| c == "rocket attack")));
    let initiator = rockets
        .actors
        .iter()
        .find(|a| a.role == ActorRole::Initiator)
        .map(|a| a.name.as_str());
    assert_eq!(
        initiator,
        Some("Iran-backed group"),
        "{}",
        describe(&events)
    );
    assert!(rockets
        .actors
        .iter()
        .any(|a| a.name == "Coalition forces" && a.role == ActorRole::Target));

    // History and threats are never news.
    for event in &events {
        if event.status == Status::Occurred {
            continue;
        }
        assert!(
            matches!(
                event.status,
                Status::Historical | Status::Threatened | Status::Denied
            ),
            "{}",
            describe(&events)
        );
    }
    for sentence_start in [
        "The strikes come months after",
        "While the situation",
        "There have been multiple",
        "That death prompted",
        "Trump administration officials",
    ] {
        for event in &news {
            let from_history = event
                .evidence
                .iter()
                .any(|e| e.text.starts_with(sentence_start) && !e.cues.is_empty());
            assert!(
                !from_history,
                "occurred event built on history sentence {sentence_start:?}:\n{}",
                describe(&events)
            );
        }
    }
    let historical: Vec<&IncidentEvent> = events
        .iter()
        .filter(|e| e.status == Status::Historical)
        .collect();
    assert!(
        historical
            .iter()
            .any(|e| e.evidence.iter().any(|v| v.text.contains("Soleimani"))),
        "the Soleimani strike is history:\n{}",
        describe(&events)
    );
    let threats: Vec<&IncidentEvent> = events
        .iter()
        .filter(|e| e.status == Status::Threatened)
        .collect();
    assert!(
        threats
            .iter()
            .any(|e| e.evidence.iter().any(|v| v.text.contains("future strikes"))),
        "{}",
        describe(&events)
    );
    for event in &events {
        assert!((0.0..=1.0).contains(&event.confidence));
    }
}

#[test]
fn non_english_articles_yield_nothing() {
    let mut article = seed_article();
    article.language = Some("fr".to_owned());
    assert!(classify(&article).is_empty());
}

#[test]
fn garbage_never_panics() {
    let classifier = classifier();
    let now: DateTime<Utc> = "2020-03-12T23:00:00Z".parse().expect("timestamp");
    let mut bodies: Vec<String> = [
        "",
        ".",
        "...",
        "killed killed killed",
        "’",
        "2020 2019 at least",
        "the the the. The. A.",
        "\u{0}\u{1f}",
        "Kata’",
        "on Thursday’s’s",
        "at least",
        "killing two and",
        "KYIV (SW) -",
        "- - -",
        "In 99999999999 9999",
        "twenty-",
        "a dozen",
        "death toll",
        "Iranian-backed",
        "in the town of",
        "(((",
        "“”‘’",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // Every cut of the seed at a character boundary, from both ends.
    let seed = seed_article().body;
    let cuts: Vec<usize> = seed.char_indices().map(|(i, _)| i).step_by(7).collect();
    for &cut in &cuts {
        bodies.push(seed[..cut].to_owned());
        bodies.push(seed[cut..].to_owned());
    }
    for body in &bodies {
        let title = body.chars().take(60).collect::<String>();
        let article = article(
            "https://example.org/x",
            &title,
            body,
            "2020-03-12T23:00:00Z",
        );
        for event in classifier.classify(&article, now) {
            assert!((0.0..=1.0).contains(&event.confidence));
        }
    }
}

/// One short wire story and the `occurred` events it must yield: type, country ("" for
/// none: an event at sea) and fatalities, in order.
fn check(title: &str, body: &str, expected: &[(&str, &str, Option<u32>)]) {
    let article = article(
        "https://example.org/story",
        title,
        body,
        "2020-03-12T18:00:00Z",
    );
    let events = classify(&article);
    let found: Vec<(&str, Option<&str>, Option<u32>)> = occurred(&events)
        .iter()
        .map(|e| {
            (
                e.event_type.code(),
                e.location.country_code.as_deref(),
                e.fatalities,
            )
        })
        .collect();
    let expected: Vec<(&str, Option<&str>, Option<u32>)> = expected
        .iter()
        .map(|(t, c, f)| (*t, Some(*c).filter(|c| !c.is_empty()), *f))
        .collect();
    assert_eq!(found, expected, "in {title:?}:\n{}", describe(&events));
}

#[test]
fn wire_stories_of_every_kind() {
    check(
        "Car bomb kills seven in Kabul",
        "A car bomb exploded near a checkpoint in Kabul on Thursday, killing seven people and wounding 15, officials said.",
        &[("remote_explosive_ied", "AF", Some(7))],
    );
    check(
        "Turkish drones hit PKK positions in northern Iraq",
        "Turkish drones struck Kurdistan Workers' Party positions in northern Iraq overnight, the defence ministry in Ankara said.",
        &[("air_drone_strike", "IQ", None)],
    );
    check(
        "Militants kidnap three engineers in Nigeria",
        "Militants kidnapped three foreign engineers in Nigeria's Kano state on Wednesday, police said.",
        &[("abduction", "NG", None)],
    );
    check(
        "Gunmen kill 14 villagers in Burkina Faso",
        "Gunmen on motorcycles killed 14 villagers in an attack on a village in northern Burkina Faso on Sunday, the government said.",
        &[("attack_on_civilians", "BF", Some(14))],
    );
    check(
        "Landmine kills two Colombian soldiers",
        "A landmine blast killed two soldiers on patrol in Colombia's Cauca province on Tuesday, the army said.",
        &[("remote_explosive_ied", "CO", Some(2))],
    );
    check(
        "Pakistani troops, militants trade fire in North Waziristan",
        "Pakistani troops and Taliban militants exchanged fire in North Waziristan on Wednesday, leaving three soldiers dead, the military said.",
        &[("armed_clash", "PK", Some(3))],
    );
    check(
        "Coalition jets bomb Houthi camp near Sanaa",
        "Saudi-led coalition warplanes bombed a Houthi military camp near Sanaa on Thursday, residents said.",
        &[("air_drone_strike", "YE", None)],
    );
    check(
        "Watchdog says chlorine used in Saraqeb attack",
        "Syrian government forces used chlorine gas in an attack on the town of Saraqeb on Sunday, a chemical weapons watchdog said.",
        &[("chemical_weapon", "SY", None)],
    );
    check(
        "U.S.-led coalition strikes Islamic State near Albu Kamal",
        "U.S.-led coalition aircraft struck Islamic State positions near Albu Kamal in Syria on Tuesday, the U.S. military said.",
        &[("air_drone_strike", "SY", None)],
    );
    check(
        "Afghan forces retake district from Taliban",
        "Afghan security forces recaptured the district centre in Kunduz province from the Taliban on Saturday, the defence ministry said.",
        &[("government_regains_territory", "AF", None)],
    );
}

#[test]
fn wire_stories_without_new_incidents() {
    for (title, body) in [
        ("Russia and Ukraine swap prisoners", "Russia and Ukraine exchanged prisoners on Sunday under a deal brokered by France and Germany."),
        ("Army plans strikes", "The army said it would launch airstrikes against militants in the coming days."),
        ("Hamas denies rocket attack", "Hamas denied carrying out a rocket attack on Israel, a spokesman said on Thursday."),
        ("India tests missile", "India tested a nuclear-capable ballistic missile off the coast on Friday, the defence ministry said."),
        ("Sinjar remembers", "The 2014 massacre of Yazidis by Islamic State fighters was commemorated at a ceremony in Sinjar in Iraq on Saturday."),
        ("Markets slide", "Stocks plunged on Thursday as investors feared that the Saudi attack on market share would deepen the slump."),
        ("Arsenal edge past Everton", "The striker's late attack gave Arsenal a 2-1 win over Everton on Wednesday, the league leaders' fifth in a row."),
        ("Senator attacks plan", "The senator attacked the president's budget plan on Thursday, calling it reckless."),
        ("Hackers hit bank", "A cyberattack hit a major bank in Germany on Tuesday, disrupting payments."),
        ("Workers strike", "Thousands of workers went on strike in France on Thursday over pension reform."),
        ("Factory blast", "A gas explosion at a chemical factory in China killed six workers on Tuesday, state media said."),
        ("Police fire tear gas", "Police fired tear gas at protesters in Santiago on Friday as clashes erupted over fare increases."),
    ] {
        check(title, body, &[]);
    }
}

#[test]
fn acled_boundary_rules() {
    check(
        "Helicopter gunships pound rebel positions",
        "Army helicopter gunships fired on rebel positions near Beni in eastern Congo on Wednesday, killing at least nine fighters, a military spokesman said.",
        &[("air_drone_strike", "CD", Some(9))],
    );
    check(
        "RPG attack on convoy in Somalia",
        "Al-Shabaab fighters fired rocket-propelled grenades at an African Union convoy near Afgoye on Thursday, wounding four peacekeepers.",
        &[("shelling_artillery_missile_attack", "SO", None)],
    );
    check(
        "Car bomber strikes army base",
        "A suicide car bomber rammed an explosives-laden vehicle into an army base in Mogadishu on Thursday, killing five soldiers.",
        &[("suicide_bomb", "SO", Some(5))],
    );
    check(
        "Old shell kills two children",
        "Two children were killed in Afghanistan's Ghazni province on Wednesday when unexploded ordnance they were playing with went off, officials said.",
        &[("remote_explosive_ied", "AF", Some(2))],
    );
    check(
        "Israel intercepts rockets from Gaza",
        "Israel's Iron Dome system intercepted two rockets fired from Gaza towards Sderot on Wednesday night, the military said.",
        &[("disrupted_weapons_use", "IL", None)],
    );
}

#[test]
fn boundary_rules_that_need_the_whole_event() {
    // Only some missiles stopped: the strike stands, and the interception is an
    // event of its own (SPEC.md: a wave partly shot down and partly hitting is two).
    check(
        "Israeli strikes hit Damascus airport",
        "Israeli air strikes hit Damascus airport early on Thursday, damaging a runway. Syrian air defences intercepted some of the missiles, the army said.",
        &[("air_drone_strike", "SY", None), ("disrupted_weapons_use", "SY", None)],
    );
    // Every missile stopped: one interception, whatever its debris did.
    check(
        "Missiles downed over Kyiv",
        "Russia fired three cruise missiles at Kyiv on Tuesday night. Air defences shot down all three, the air force said. Falling debris damaged two houses in the Darnytskyi district.",
        &[("disrupted_weapons_use", "UA", None)],
    );
    // Those stopped and one that got through, in one sentence: two events.
    check(
        "Rockets fired at base",
        "Militants fired rockets at an army base near Kirkuk on Monday; most were intercepted, but one struck a barracks and wounded four soldiers, officials said.",
        &[("shelling_artillery_missile_attack", "IQ", None), ("disrupted_weapons_use", "IQ", None)],
    );
    // Munitions dropped from a drone: an air/drone strike, not an IED.
    check(
        "Soldier killed by drone",
        "A soldier was killed when rebels dropped explosives from a drone on an army post in Colombia's Cauca department on Wednesday, the army said.",
        &[("air_drone_strike", "CO", Some(1))],
    );
    // Arms found after a clash are a cache, not a bombing.
    check(
        "Rebels killed in clash with troops",
        "Four rebels were killed when they clashed with soldiers in the southern Philippines on Wednesday, the army said. Troops recovered rifles and explosives from the site.",
        &[("armed_clash", "PH", Some(4))],
    );
    // An abduction whose victim is killed is an attack.
    check(
        "Official abducted and killed",
        "Gunmen abducted and killed a district official in Nigeria's Zamfara state on Wednesday, police said.",
        &[("attack_on_civilians", "NG", Some(1))],
    );
    // A government force retaking a town.
    check(
        "Army retakes town",
        "Mali's army said on Wednesday it had retaken the northern town of Kidal from rebels.",
        &[("government_regains_territory", "ML", None)],
    );
}

#[test]
fn country_of_the_event_not_of_the_party() {
    // The acting navy's country names no place of the event.
    check(
        "US destroyer shoots down Houthi drones",
        "The USS Carney shot down drones launched from Houthi-controlled areas of Yemen on Wednesday, U.S. Central Command said.",
        &[("disrupted_weapons_use", "YE", None)],
    );
    // At sea: neither the ship's owners, nor the reporting command, nor the side that
    // fired are the place; the Red Sea lies in no country.
    check(
        "Houthis fire missiles at ship",
        "Yemen's Houthis fired two anti-ship ballistic missiles at a Greek-owned bulk carrier in the Red Sea on Wednesday, the U.S. military said.",
        &[("shelling_artillery_missile_attack", "", None)],
    );
    // A foreign air strike lies in the country of the side it hit.
    check(
        "US air strike kills fighters",
        "U.S. Africa Command said it carried out an air strike on Wednesday against al-Shabaab fighters who were attacking Somali forces.",
        &[("air_drone_strike", "SO", None)],
    );
    // The demonym before "town of" tells the country of a town the gazetteer lacks.
    check(
        "Rebels seize border town",
        "M23 rebels took control of the Congolese town of Bunagana on the Ugandan border on Wednesday. Thousands of civilians fled into Uganda.",
        &[("non_state_actor_overtakes_territory", "CD", None)],
    );
    // A place told after the reply in the same sentence is the reply's, even when a
    // comma parts it from the attribution.
    check(
        "Border fire",
        "Hezbollah fired rockets at Israeli army posts near the border on Tuesday, and Israel responded with artillery shelling of villages in south Lebanon, the two sides said.",
        &[
            ("shelling_artillery_missile_attack", "IL", None),
            ("shelling_artillery_missile_attack", "LB", None),
        ],
    );
    // A small namesake in another country is no place of this story.
    check(
        "Gunmen kill villagers",
        "Gunmen killed 30 civilians in a raid on the village of Solhan in northern Burkina Faso on Wednesday, the government said.",
        &[("attack_on_civilians", "BF", Some(30))],
    );
}

#[test]
fn news_and_history_in_one_story() {
    check(
        "Militants attack base in Mali",
        "Militants attacked an army base near Gao on Wednesday, killing four soldiers, the army said.\n\nThe attack was the deadliest in the region since January, when jihadists killed 20 soldiers in a raid on a camp near Menaka.\n\nIn 2012, Islamist fighters seized control of northern Mali before French troops drove them out.",
        &[("armed_clash", "ML", Some(4))],
    );
    check(
        "Two attacks in Afghanistan",
        "A roadside bomb killed three policemen in Kandahar on Thursday, officials said.\n\nSeparately, Taliban fighters attacked a checkpoint in Kunduz province overnight, killing two soldiers.",
        &[("remote_explosive_ied", "AF", Some(3)), ("armed_clash", "AF", Some(2))],
    );
    // "Separate" sets the sentence apart from the Kharkiv strike, not the generic
    // "attack" from the drone strike it names.
    check(
        "Missiles hit Kharkiv as drones strike Odesa",
        "Russian missiles struck Kharkiv on Monday, killing three people, the regional governor said. In a separate attack, a Russian drone strike on Odesa on Monday night killed two civilians, officials said.",
        &[
            ("shelling_artillery_missile_attack", "UA", Some(3)),
            ("air_drone_strike", "UA", Some(2)),
        ],
    );
    check(
        "Yesterday's strike",
        "Israeli aircraft struck a Hamas weapons factory in Gaza yesterday, the military said. No casualties were reported.\n\nLast year, a similar strike killed 12 people in Khan Younis.",
        // A stated zero is a toll of 0 (SPEC.md).
        &[("air_drone_strike", "PS", Some(0))],
    );
}

#[test]
fn dates_places_and_actors_of_a_story() {
    let body = "Houthi fighters fired a ballistic missile at a Saudi air base in Khamis Mushait on Tuesday, the coalition said, adding that its air defences shot it down.";
    let article = article(
        "https://example.org/houthi",
        "Saudi-led coalition says Houthi missile shot down",
        body,
        "2020-03-12T18:00:00Z",
    );
    let events = classify(&article);
    let news = occurred(&events);
    assert!(!news.is_empty(), "{}", describe(&events));
    let event = news[0];
    assert_eq!(
        event.location.name,
        "Khamis Mushait",
        "{}",
        describe(&events)
    );
    assert_eq!(event.location.precision, LocationPrecision::City);
    assert_eq!(
        event.occurred_on.date,
        NaiveDate::from_ymd_opt(2020, 3, 10),
        "{}",
        describe(&events)
    );
    assert!(
        event
            .actors
            .iter()
            .any(|a| a.name == "Houthis" && a.role == ActorRole::Target),
        "{}",
        describe(&events)
    );
    // The missile was stopped: who stopped it (the state it was aimed at) is the
    // initiator of the interception, the Houthis who fired it the side hit.
    assert!(
        event
            .actors
            .iter()
            .any(|a| a.name == "Saudi Arabia" && a.role == ActorRole::Initiator),
        "{}",
        describe(&events)
    );
}

/// The dates of a story's `occurred` events, in order.
fn dates_of(title: &str, body: &str) -> Vec<Option<NaiveDate>> {
    let article = article(
        "https://example.org/dated",
        title,
        body,
        "2020-03-12T18:00:00Z",
    );
    occurred(&classify(&article))
        .iter()
        .map(|e| e.occurred_on.date)
        .collect()
}

#[test]
fn the_report_date_gives_way_to_the_date_of_the_act() {
    let day = |d| NaiveDate::from_ymd_opt(2020, 3, d);
    // "told reporters on Thursday" dates the report; the ambush was on Wednesday.
    assert_eq!(
        dates_of(
            "Soldiers killed in ambush in Borno",
            "Jihadists ambushed a military convoy near Damboa in Nigeria's Borno state, killing seven soldiers, two security sources told reporters on Thursday. The convoy was hit late on Wednesday as it returned from a patrol.",
        ),
        vec![day(11)]
    );
    // A toll that rose on Thursday; the clashes erupted on Tuesday.
    assert_eq!(
        dates_of(
            "Death toll from Tripoli clashes rises",
            "Fighting between two armed groups in Tripoli killed at least 55 people, the emergency centre said on Thursday. The clashes erupted on Tuesday after a commander was detained.",
        ),
        vec![day(10)]
    );
    // The day named after "before dawn" dates the act (published on Thursday).
    assert_eq!(
        dates_of(
            "Gunmen abduct schoolgirls",
            "Gunmen abducted 300 girls from a boarding school in Nigeria's Zamfara state before dawn on Wednesday, police said.",
        ),
        vec![day(11)]
    );
    // A day told at the end of a long clause still dates its act.
    assert_eq!(
        dates_of(
            "Troops kill militants",
            "Philippine troops killed four Abu Sayyaf militants in a gunbattle in the hinterlands of Patikul town in Sulu province on Tuesday, the military said.",
        ),
        vec![day(10)]
    );
}

/// Only a day the text gives dates an event: none, or only a coarser period, is a null
/// date (the publication day is not the event's day).
#[test]
fn an_event_is_dated_only_by_a_day_the_text_gives() {
    let occurred_on = |body: &str| {
        let article = article(
            "https://example.org/undated",
            "Strike hits convoy",
            body,
            "2020-03-12T18:00:00Z",
        );
        let events = classify(&article);
        occurred(&events)
            .first()
            .map(|e| e.occurred_on.clone())
            .unwrap_or_else(|| panic!("an occurred event: {}", describe(&events)))
    };
    assert_eq!(
        occurred_on("A drone strike hit a militia convoy near Al-Qaim in western Iraq, killing four fighters, officials said."),
        OccurredOn::unknown()
    );
    let last_week = occurred_on("A drone strike hit a militia convoy near Al-Qaim in western Iraq last week, killing four fighters, officials said.");
    assert_eq!(last_week.date, None);
    assert_eq!(last_week.precision, Some(DatePrecision::Week));
    assert_eq!(last_week.text.as_deref(), Some("last week"));
    assert_eq!(
        occurred_on("A drone strike hit a militia convoy near Al-Qaim in western Iraq on Tuesday, killing four fighters, officials said."),
        OccurredOn::day(
            NaiveDate::from_ymd_opt(2020, 3, 10).expect("date"),
            Some("on Tuesday".to_owned())
        )
    );
}

#[test]
fn arrests_drills_and_accidents_are_no_incidents() {
    check(
        "Police arrest militia members",
        "FBI agents arrested 13 members of an armed militia in raids across Michigan on Wednesday, prosecutors said.",
        &[],
    );
    check(
        "Navy stages drills",
        "The navy fired missiles at mock targets off the coast on Wednesday in annual drills.",
        &[],
    );
    check(
        "Police kill robber",
        "Police in Johannesburg shot dead a suspected armed robber during a gunfight outside a shopping mall on Wednesday, a police spokesman said.",
        &[],
    );
    check(
        "Bomb threat empties station",
        "A bomb threat forced the evacuation of the main train station in Zurich on Wednesday. Police found no explosives.",
        &[],
    );
    check(
        "Blast at chemical plant",
        "An explosion at a chemical plant killed nine workers on Wednesday, state media said.",
        &[],
    );
}

#[test]
fn business_words_silence_only_weak_cues() {
    check(
        "Drone strike hits fuel depot",
        "A Russian drone strike hit a fuel supply depot in Kharkiv on Wednesday, killing two workers, the governor said.",
        &[("air_drone_strike", "UA", Some(2))],
    );
    check(
        "Arms maker's shares hit record",
        "Shares in the missile maker hit a record on Wednesday after it won a contract to supply the army.",
        &[],
    );
}

#[test]
fn a_blast_is_how_a_strike_ends() {
    check(
        "Air strike on market",
        "A military air strike caused huge explosions at a crowded market in Myanmar's Sagaing region on Wednesday, killing 12 people, witnesses said.",
        &[("air_drone_strike", "MM", Some(12))],
    );
    check(
        "Air strike on market",
        "A military air strike hit a crowded market in Myanmar's Sagaing region on Wednesday, killing 12 people, witnesses said. The blast destroyed dozens of stalls.",
        &[("air_drone_strike", "MM", Some(12))],
    );
    check(
        "Blast at market",
        "A blast tore through a crowded market in Kabul on Wednesday, killing seven people, police said.",
        &[("remote_explosive_ied", "AF", Some(7))],
    );
}

#[test]
fn what_followed_belongs_to_the_event() {
    check(
        "Suicide truck bomb kills soldiers",
        "Militants rammed an explosives-laden truck into a military post in Pakistan before dawn on Thursday, killing 23 soldiers, the army said. Six attackers were killed in the gunfight that followed.",
        // The attackers' dead, told apart, add to the toll (ACLED counts every death).
        &[("suicide_bomb", "PK", Some(29))],
    );
    check(
        "Glide bomb hits store",
        "A Russian guided aerial bomb hit a hardware store in Kharkiv on Wednesday, killing 12 people.",
        &[("air_drone_strike", "UA", Some(12))],
    );
}

/// The first initiator and first target (or victim) of a story's first new event.
fn parties(title: &str, body: &str) -> (Option<String>, Option<String>) {
    let article = article(
        "https://example.org/parties",
        title,
        body,
        "2020-03-12T18:00:00Z",
    );
    let events = classify(&article);
    let news = occurred(&events);
    let event = news.first().expect("an event");
    let first = |roles: &[ActorRole]| {
        event
            .actors
            .iter()
            .find(|a| roles.contains(&a.role))
            .map(|a| a.name.clone())
    };
    (
        first(&[ActorRole::Initiator]),
        first(&[ActorRole::Target, ActorRole::Victim]),
    )
}

#[test]
fn a_group_that_claims_the_attack_is_its_initiator() {
    assert_eq!(
        parties(
            "Suicide bomber kills six in Kabul",
            "A suicide bomber blew himself up near the foreign ministry in Kabul on Wednesday, killing six people. Islamic State claimed responsibility.",
        ),
        (Some("Islamic State".to_owned()), Some("Civilians".to_owned()))
    );
}

#[test]
fn unnamed_attackers_take_the_name_the_story_gives_them() {
    // The group that later claims the ambush names the "jihadist fighters".
    assert_eq!(
        parties(
            "Soldiers killed in ambush near Damboa",
            "Jihadist fighters ambushed a military convoy near Damboa in Borno state on Wednesday, killing seven soldiers. ISWAP later claimed the ambush.",
        )
        .0,
        Some("Islamic State West Africa Province".to_owned())
    );
    // The one armed group a story names is who its unnamed militants are.
    assert_eq!(
        parties(
            "Mortar shells land near Mogadishu palace",
            "Mortar rounds fired by militants landed near the presidential palace in Mogadishu on Wednesday, killing a child. Al-Shabaab often fires mortars at the compound.",
        )
        .0,
        Some("Al-Shabaab".to_owned())
    );
    // Unnamed attackers are named as the text calls them.
    assert_eq!(
        parties(
            "Armed men abduct priest in Cameroon",
            "Armed men abducted a Catholic priest from his parish in Nkambe, in Cameroon's North-West region, on Wednesday, the diocese said.",
        )
        .0,
        Some("armed men".to_owned())
    );
    // A force named by its acronym is its state's.
    assert_eq!(
        parties(
            "Drone strike hits market in Amhara",
            "An ENDF drone struck a crowded market in Finote Selam in Ethiopia's Amhara region on Wednesday, killing 26 people, hospital sources said.",
        )
        .0,
        Some("Ethiopia".to_owned())
    );
}

#[test]
fn background_fighting_is_no_new_event() {
    check(
        "Landmine kills three children",
        "Three children were killed when a landmine exploded near their village in Myanmar's Rakhine state on Wednesday, amid fighting between the army and the Arakan Army.",
        &[("remote_explosive_ied", "MM", Some(3))],
    );
}

#[test]
fn more_wire_stories() {
    // Jets that bomb in a headline's present tense make an air strike, not a bomb.
    check(
        "Jets bomb rebel-held village",
        "Myanmar's military bombed a village in northern Myanmar on Friday, killing at least nine people, residents said.",
        &[("air_drone_strike", "MM", Some(9))],
    );
    check(
        "Israeli airstrike kills three in Gaza",
        "An Israeli airstrike killed three Palestinians in the southern Gaza Strip on Wednesday, health officials said.",
        &[("air_drone_strike", "PS", Some(3))],
    );
    check(
        "Twin suicide bombings kill 30 in Baghdad",
        "At least 30 people were killed and 70 wounded when two suicide bombers blew themselves up in a crowded market in central Baghdad on Thursday, police said.",
        &[("suicide_bomb", "IQ", Some(30))],
    );
    check(
        "Egyptian troops kill 10 militants in Sinai",
        "Security forces killed 10 militants in a raid on a hideout in North Sinai on Monday, the army said in a statement.",
        &[("armed_clash", "EG", Some(10))],
    );
    check(
        "Bomb wounds 12 in Quetta",
        "Police said a bomb exploded at a bus station in Quetta on Tuesday, wounding 12 people.",
        &[("remote_explosive_ied", "PK", None)],
    );
    check(
        "Taliban ambush kills eight police",
        "The Taliban claimed responsibility for an ambush on a police convoy in Zabul province overnight in which eight officers were killed.",
        &[("armed_clash", "AF", Some(8))],
    );
    check(
        "Rockets land near US embassy",
        "Two rockets landed near the US embassy in Baghdad's Green Zone late on Sunday, causing no casualties, security sources said.",
        &[("shelling_artillery_missile_attack", "IQ", Some(0))],
    );
    check(
        "Gunmen open fire on worshippers",
        "Gunmen opened fire on worshippers at a mosque in Niger's Tillaberi region on Friday, killing 12 people, officials said.",
        &[("attack_on_civilians", "NE", Some(12))],
    );
    check(
        "Rebels seize town",
        "Rebels seized control of the town of Kidal in northern Mali on Sunday after government troops withdrew, residents said.",
        &[("non_state_actor_overtakes_territory", "ML", None)],
    );
    check(
        "Boko Haram kidnaps aid workers",
        "Boko Haram fighters abducted five aid workers near Monguno in Borno state, the United Nations said on Thursday.",
        &[("abduction", "NG", None)],
    );
}

#[test]
fn the_classifier_can_be_shared_between_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Classifier>();
}

/// A report may tell its news days or weeks late (an event-database note, a dispatch
/// written up after the fact): the latest act it dates is its news, and only what lies
/// well before that act is history.
#[test]
fn acts_told_late_are_news_and_older_ones_history() {
    let late = |published: &str, body: &str| {
        let article = article("https://example.org/note", "", body, published);
        let events = classify(&article);
        let found: Vec<(&str, String)> = occurred(&events)
            .iter()
            .map(|e| {
                let date = e.occurred_on.date.map(|d| d.to_string());
                (e.event_type.code(), date.unwrap_or_default())
            })
            .collect();
        (found, describe(&events))
    };
    let (found, all) = late(
        "2024-06-21T16:20:00Z",
        "On 11 June 2024, JNIM fighters clashed with soldiers at the army post of Mansila (Yagha, Sahel). Fatalities: 12.",
    );
    assert_eq!(found, [("armed_clash", "2024-06-11".to_owned())], "{all}");
    let (found, all) = late(
        "2023-09-07T13:00:00Z",
        "On 1 September 2023, gunmen shot dead four farmers near Konna (Mopti, Mopti). The village had already lost two men in an ambush on 12 August 2023. Fatalities: 4.",
    );
    assert_eq!(found.len(), 1, "{all}");
    assert_eq!(found[0].1, "2023-09-01", "{all}");
    // Long after the act with nothing newer: a retrospective, not news.
    let (found, all) = late(
        "2024-06-21T16:20:00Z",
        "On 11 January 2024, JNIM fighters clashed with soldiers at the army post of Mansila (Yagha, Sahel).",
    );
    assert!(found.is_empty(), "{all}");
}

/// One-sided violence is typed by its victims, whatever the verb: an attack, an
/// ambush or shooting at unarmed people is an attack on civilians; at soldiers, a clash.
#[test]
fn the_victims_decide_between_clash_and_attack_on_civilians() {
    check(
        "Herders attack farming settlement in Plateau",
        "Armed herders attacked the farming settlement of Mushere in Plateau State, Nigeria, on Wednesday night, killing nine people.",
        &[("attack_on_civilians", "NG", Some(9))],
    );
    check(
        "Militia opens fire on worshippers",
        "Militiamen opened fire on worshippers leaving a mosque in Ituri province of Congo on Wednesday, killing six.",
        &[("attack_on_civilians", "CD", Some(6))],
    );
    check(
        "Gunmen ambush bus in Baluchistan",
        "Gunmen ambushed a bus carrying pilgrims in Pakistan's Baluchistan province on Wednesday, killing 11 passengers.",
        &[("attack_on_civilians", "PK", Some(11))],
    );
    check(
        "Militants ambush army patrol",
        "Militants ambushed an army patrol in Pakistan's Baluchistan province on Wednesday, killing four soldiers.",
        &[("armed_clash", "PK", Some(4))],
    );
}

/// The seed article under any faithful headline gives exactly its two occurred events,
/// the strike typed as an air strike: the headline's secondary clause (the rocket
/// attack it answered) neither adds an event nor types the strike.
#[test]
fn the_seed_article_keeps_its_two_events_under_any_faithful_headline() {
    for title in [
        "US strikes Iranian-backed militia sites in Iraq after deadly rocket attack",
        "US launches airstrikes on Kataib Hezbollah weapons depots in Iraq",
        "US hits back at Iraqi militia after rocket attack kills two Americans and a Briton",
        "Pentagon: strikes target five militia weapons sites across Iraq",
        "American jets bomb militia sites in Iraq in retaliation for Camp Taji rocket attack",
        "US retaliates with precision strikes in Iraq",
    ] {
        let mut article = seed_article();
        article.title = title.to_owned();
        let events = classify(&article);
        let news = occurred(&events);
        let mut types: Vec<&str> = news.iter().map(|e| e.event_type.code()).collect();
        types.sort_unstable();
        assert_eq!(
            types,
            ["air_drone_strike", "shelling_artillery_missile_attack"],
            "{title}:\n{}",
            describe(&events)
        );
    }
}

/// Pieces that report no new act: a review, a dig, a company named like a weapon,
/// talk of attacks in general.
#[test]
fn genre_pieces_homonyms_and_generic_talk_are_not_incidents() {
    for (title, body) in [
        ("Review: a siege told from the trenches", "The film rebuilds the 1916 battle for Verdun through the letters of one French infantryman; its firefights are loud and long."),
        ("Archaeologists map a Napoleonic battlefield in Belgium", "The team found musket balls and the remains of soldiers killed in the fighting near Waterloo, where about 50,000 men died."),
        ("Shell raises dividend after strong quarter", "The energy group said gas trading had lifted earnings in Europe on Thursday."),
        ("Army says base can withstand any attack", "The commander said every attack on the garrison in Kidal, Mali, would be repelled and that troops were capable of repulsing raids."),
    ] {
        check(title, body, &[]);
    }
}

#[test]
fn a_huge_body_is_read_as_far_as_its_first_64_kib() {
    let title = "Gunmen kill five villagers in central Mali";
    let lead = "BAMAKO (Wire) - Gunmen killed five villagers in an attack on Ogossagou in the \
                Mopti region on Tuesday, local officials said.";
    let filler = "Market prices of millet rose again this week in the region. ".repeat(20_000);
    let short = classify(&article(
        "https://example.org/a",
        title,
        lead,
        "2024-05-08T10:00:00Z",
    ));
    let long_body = format!("{lead}\n\n{filler}");
    assert!(long_body.len() > 1_000_000);
    let long = classify(&article(
        "https://example.org/a",
        title,
        &long_body,
        "2024-05-08T10:00:00Z",
    ));
    assert_eq!(describe(&short), describe(&long));
    assert!(!occurred(&long).is_empty(), "{}", describe(&long));
    assert!(crate::readable_part(&long_body).len() <= crate::MAX_BODY_BYTES);
    assert!(crate::readable_part(&long_body).ends_with('.'));
}

#[test]
fn seized_takes_people_or_things() {
    check(
        "Worshippers seized",
        "Armed men seized 15 worshippers from a mosque in Burkina Faso's Est region on Wednesday, residents said.",
        &[("abduction", "BF", None)],
    );
    check(
        "Passengers carried away",
        "Eleven bus passengers were carried away by gunmen near Ndop in Cameroon on Wednesday, an official said.",
        &[("abduction", "CM", None)],
    );
    check(
        "Cocaine seized",
        "Colombian police seized four tonnes of cocaine at the port of Buenaventura on Wednesday, the police said.",
        &[],
    );
}

#[test]
fn armed_gangs_are_armed_groups() {
    check(
        "Gangs kill residents",
        "Armed gangs stormed the Haitian town of Mirebalais on Wednesday, killing at least ten residents, officials said.",
        &[("attack_on_civilians", "HT", Some(10))],
    );
    check(
        "Gang of car thieves held",
        "South African police arrested a gang of car thieves in Germiston on Wednesday and seized 17 stolen cars.",
        &[],
    );
}

#[test]
fn a_pattern_of_acts_and_a_report_called_false_are_no_event() {
    check(
        "Clinic reopens in Beledweyne",
        "A clinic reopened in Beledweyne on Wednesday. Al-Shabaab has attacked the road to the town several times this year, residents said.",
        &[],
    );
    check(
        "Hideout cleared",
        "Somali troops clashed with militants at a hideout near Jowhar on Wednesday, killing five. The hideout had been used to launch raids on villages.",
        &[("armed_clash", "SO", Some(5))],
    );
    check(
        "Ministry on shelling posts",
        "Reports that army units shelled villages near Kadugli in Sudan on Wednesday do not correspond to reality, the ministry said.",
        &[],
    );
    check(
        "Who fired first",
        "Claims that Armenian units opened fire first near Sotk on Wednesday are false, Yerevan said; the exchange of fire lasted an hour and killed one soldier.",
        &[("armed_clash", "AM", Some(1))],
    );
}

#[test]
fn reports_called_false_in_the_next_sentence_are_denied() {
    check(
        "Army on posts about Kidal",
        "The army has seen claims online that a patrol was ambushed near Kidal in Mali on Wednesday. These claims are false. No patrol was ambushed.",
        &[],
    );
}

#[test]
fn who_takes_a_place_decides_the_kind_of_change() {
    check(
        "Russian troops take village in Kharkiv region",
        "Russian troops captured the village of Synkivka in Ukraine's Kharkiv region on Wednesday after two days of fighting, the defence ministry in Moscow said.",
        &[("non_state_actor_overtakes_territory", "UA", None)],
    );
    check(
        "Russia says village liberated in Donetsk region",
        "Units of the Russian armed forces liberated the settlement of Karlivka in Ukraine's Donetsk region on Wednesday, the defence ministry in Moscow said.",
        &[("non_state_actor_overtakes_territory", "UA", None)],
    );
    check(
        "Ukrainian forces retake village in Kharkiv region",
        "Ukrainian forces retook the village of Synkivka in the Kharkiv region on Wednesday after two days of fighting, the general staff in Kyiv said.",
        &[("government_regains_territory", "UA", None)],
    );
    check(
        "Rwandan troops capture Congolese border town",
        "Rwandan troops captured the border town of Bunagana in North Kivu province on Tuesday, Congolese army officers said.",
        &[("non_state_actor_overtakes_territory", "CD", None)],
    );
    // Troops who take a place back are the government's side, foreign or not.
    check(
        "Rwandan troops retake Mocimboa da Praia",
        "Rwandan troops deployed in support of Mozambique's government retook the port town of Mocimboa da Praia in Cabo Delgado province on Sunday after fighting with insurgents.",
        &[("government_regains_territory", "MZ", None)],
    );
}

#[test]
fn a_raid_that_leaves_and_fighters_captured_are_no_change_of_territory() {
    check(
        "Militants storm army post in Mali",
        "Militants stormed an army post at Diallassagou in Mali's Mopti region on Wednesday, killed 16 soldiers and seized their weapons, then withdrew to their positions.",
        &[("armed_clash", "ML", Some(16))],
    );
    check(
        "Troops kill 31 terrorists in Borno",
        "Troops engaged ISWAP terrorists in a fierce battle at Kukawa in Borno State, Nigeria, on Wednesday. In the encounter, 31 terrorists were killed and 9 captured alive.",
        &[("armed_clash", "NG", Some(31))],
    );
    // The defenders who withdrew before the place fell: it was taken.
    check(
        "Insurgents seize villages in Cabo Delgado",
        "Insurgents took control of the village of Chai in Mozambique's Cabo Delgado province on Saturday after the troops then withdrew.",
        &[("non_state_actor_overtakes_territory", "MZ", None)],
    );
}
