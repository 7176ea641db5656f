//! Places end to end: a short wire story in, the place of its first event out.

use sitrep_contract::{Location, LocationPrecision};

use super::*;
use crate::tests::article;
use crate::Classifier;

fn classifier() -> &'static Classifier {
    static CLASSIFIER: std::sync::OnceLock<Classifier> = std::sync::OnceLock::new();
    CLASSIFIER.get_or_init(|| Classifier::load_default().expect("bundled data loads"))
}

/// The place of the first event of a story ("Title\nbody"): (name, country, admin1,
/// precision); None when the story gives no event.
fn place_of(input: &str) -> Option<(String, Option<String>, Option<String>, LocationPrecision)> {
    let (title, body) = input.split_once('\n').unwrap_or(("", input));
    let article = article(
        "https://example.org/places",
        title,
        body,
        "2024-05-10T12:00:00Z",
    );
    let events = classifier().classify(&article, "2024-05-10T12:00:00Z".parse().ok()?);
    let Location {
        name,
        country_code,
        admin1,
        precision,
        ..
    } = events.first()?.location.clone();
    Some((name, country_code, admin1, precision))
}

fn check(input: &str, expected: (&str, &str, Option<&str>, LocationPrecision)) {
    let (name, country, admin1, precision) = expected;
    assert_eq!(
        place_of(input),
        Some((
            name.to_owned(),
            Some(country.to_owned()),
            admin1.map(str::to_owned),
            precision
        )),
        "in {input:?}"
    );
}

use LocationPrecision::{Admin1, City, Country};

#[test]
fn precision_levels_and_admin1() {
    check(
        "\nA roadside bomb killed three soldiers in Iraq on Monday.",
        ("Iraq", "IQ", None, Country),
    );
    // A GeoNames city, with its subdivision.
    check(
        "\nA drone strike hit a market in Kramatorsk on Monday, killing four people.",
        ("Kramatorsk", "UA", Some("Donetsk"), City),
    );
    // A subdivision named with its noun; the most precise place wins.
    check(
        "\nGunmen killed 12 villagers in Zamfara state in northwestern Nigeria on Monday.",
        ("Zamfara", "NG", Some("Zamfara"), Admin1),
    );
    check(
        "\nAn airstrike in northern Syria killed five fighters near Manbij on Tuesday.",
        ("Manbij", "SY", Some("Aleppo"), City),
    );
    // Curated districts and cities GeoNames leaves out or spells otherwise.
    check(
        "\nA roadside bomb killed four soldiers in Bajaur district on Monday.",
        ("Bajaur", "PK", Some("Bajaur"), Admin1),
    );
    check(
        "\nUkrainian drones struck an oil refinery in Ryazan on Monday.",
        ("Ryazan", "RU", Some("Ryazan"), City),
    );
    // "the <region> city of X" and "<region>'s X" place the act in X.
    check(
        "\nIsraeli warplanes struck a house in the southern Gaza city of Rafah on Saturday, killing at least 13 people.",
        ("Rafah", "PS", Some("Gaza Strip"), City),
    );
    check(
        "\nAn air strike hit a school in Gaza's Khan Younis on Monday, killing four people.",
        ("Khan Younis", "PS", Some("Gaza Strip"), City),
    );
    // A region after a comma continues the place before it.
    check(
        "\nArmed men stormed a school in Kuriga, Kaduna state, on Thursday and kidnapped hundreds of children.",
        ("Kuriga", "NG", Some("Kaduna state"), Admin1),
    );
    // The object of a strike is where it landed.
    check(
        "\nSeveral rockets struck the Ain al-Asad air base in western Iraq on Sunday, wounding two US service members.",
        ("Ain al-Asad", "IQ", Some("Anbar"), City),
    );
    // A headline's city gives way to a town of the province named like it.
    check(
        "Syrian government shelling kills 5 in Idlib\nSyrian government forces shelled the town of Ariha in Idlib province on Wednesday, killing five civilians, rescuers said.",
        ("Ariha", "SY", Some("Idlib"), City),
    );
    // A comma closes the act's clause before the attribution.
    check(
        "\nSudan's army carried out air strikes on Tuesday against Rapid Support Forces positions in Omdurman, witnesses said.",
        ("Omdurman", "SD", Some("Khartoum"), City),
    );
    // "north of" leads to the place too.
    check(
        "\nA car bomb exploded 20 km north of Kandahar on Sunday, killing two police officers.",
        ("Kandahar", "AF", Some("Kandahar"), City),
    );
}

#[test]
fn ambiguous_names_follow_context() {
    // Tripoli: Libya by default, Lebanon when the story is about Lebanon.
    check(
        "\nClashes between rival militias in Tripoli killed 10 people on Monday.",
        ("Tripoli", "LY", Some("Tripoli"), City),
    );
    check(
        "Lebanese army fights gunmen\nThe Lebanese army clashed with gunmen in Tripoli, Lebanon's second city, on Monday, killing two soldiers. Beirut condemned the attack.",
        ("Tripoli", "LB", Some("North Lebanon"), City),
    );
    // Hyderabad: India by default, Pakistan's Sindh when Pakistan is named.
    check(
        "\nA grenade attack on a police post in Hyderabad wounded four officers on Friday.",
        ("Hyderabad", "IN", Some("Telangana"), City),
    );
    check(
        "Blast in Sindh\nA bomb exploded near a police van in Hyderabad on Friday, killing two officers, Pakistani police said. Karachi was on alert.",
        ("Hyderabad", "PK", Some("Sindh"), City),
    );
    // Georgia: the country unless the US state is meant.
    check(
        "\nRussian troops shelled villages in Georgia on Friday, killing two civilians.",
        ("Georgia", "GE", None, Country),
    );
    check(
        "\nA gunman opened fire on a National Guard post in Atlanta, Georgia, killing two soldiers on Friday.",
        ("Atlanta", "US", Some("Georgia"), City),
    );
    // Damascus, Syria vs Damascus, Maryland.
    check(
        "\nIsraeli airstrikes hit a building in Damascus on Tuesday, killing three people.",
        ("Damascus", "SY", Some("Damascus"), City),
    );
    // Niger: the country; Niger state in Nigeria; not the river.
    check(
        "\nJihadists attacked an army post in western Niger, killing 17 soldiers on Tuesday.",
        ("Niger", "NE", None, Country),
    );
    check(
        "\nBandits killed 20 villagers in Niger state, northern Nigeria, on Tuesday.",
        ("Niger", "NG", Some("Niger"), Admin1),
    );
    check(
        "\nGunmen on boats attacked fishermen on the Niger river in Mali, killing six.",
        ("Mali", "ML", None, Country),
    );
}

#[test]
fn persons_and_common_words_are_not_places() {
    // Jordan and Chad as persons; the place comes from elsewhere.
    check(
        "\nMichael Jordan watched as militants attacked a checkpoint in Kabul, killing two police officers.",
        ("Kabul", "AF", Some("Kabul"), City),
    );
    check(
        "\nChad Smith said gunmen killed three soldiers in Mali on Monday.",
        ("Mali", "ML", None, Country),
    );
    // Jordan and Chad as countries.
    check(
        "\nA drone struck a Jordanian army post in Jordan on Monday, wounding two soldiers.",
        ("Jordan", "JO", None, Country),
    );
    check(
        "\nBoko Haram fighters attacked an army base in Chad, killing 20 soldiers.",
        ("Chad", "TD", None, Country),
    );
    // "Reading", "Split", "Central" and "Mercedes" are words, not the cities.
    let gazetteer = &classifier().gazetteer;
    for text in [
        "Reading the statement, officials said Split decisions were Central to Mercedes.",
        "Nice work, the Hamas official said.",
        "Obama and Toyota were named.",
        "Somali forces and Fano militia shipped Brent crude across the Bay of Biscay.",
    ] {
        let words = Words::new(text);
        let context = gazetteer.context([text], None);
        assert_eq!(gazetteer.find(&words, &context), Vec::new(), "in {text:?}");
    }
}

#[test]
fn small_towns_and_names_shared_with_countries() {
    // Towns of 5,000 people anywhere: Azerbaijan's Kalbajar, Nicaragua's Waslala.
    check(
        "\nArmenian units fired on Azerbaijani army positions near Kalbajar on Monday, the ministry said.",
        ("Kalbajar", "AZ", Some("Kalbacar Rayonu"), City),
    );
    check(
        "\nA MINE DESTROYED A CIVILIAN TRUCK NEAR WASLALA YESTERDAY, KILLING NINE PEASANTS.",
        ("Waslala", "NI", Some("Atlantico Norte (RAAN)"), City),
    );
    // "Jordan" is the country, not a town of Minnesota, however often the US is named.
    check(
        "\nA drone hit a US outpost in Jordan on Sunday, killing three US soldiers; the US said it would respond.",
        ("Jordan", "JO", None, Country),
    );
    // A dateline city shared by several countries: the article's peoples tell it.
    check(
        "\nSAN SALVADOR, 15 JAN 86 (RADIO NACIONAL) -- AIRCRAFT OF THE SALVADORAN AIR FORCE BOMBED REBEL CAMPS YESTERDAY, THE ARMED FORCES SAID.",
        ("San Salvador", "SV", Some("San Salvador"), City),
    );
}

#[test]
fn dateline_is_the_fallback() {
    // No place in the text: the city of the dateline.
    check(
        "\nKHAN YUNIS, May 9 (Reuters) - An airstrike killed four people on Thursday, medics said.",
        ("Khan Younis", "PS", Some("Gaza Strip"), City),
    );
    check(
        "\nTRIPOLI, Lebanon (Reuters) - Gunmen killed two soldiers at a checkpoint on Thursday, the army said.",
        ("Tripoli", "LB", Some("North Lebanon"), City),
    );
    check(
        "\nKRAMATORSK (Reuters) - A missile strike killed two people on Thursday.",
        ("Kramatorsk", "UA", Some("Donetsk"), City),
    );
}

#[test]
fn loads_and_validates() {
    let gazetteer = Gazetteer::load_bundled().expect("bundled gazetteer");
    assert!(gazetteer.countries.len() > 190);
    assert!(
        gazetteer.places.len() > 30_000,
        "{}",
        gazetteer.places.len()
    );
    assert!(gazetteer.num_names() > 50_000, "{}", gazetteer.num_names());
    for place in &gazetteer.places {
        assert!(!place.name.is_empty());
        assert!(data::valid_coordinates(place.lat, place.lon), "{place:?}");
        assert!(gazetteer.country(&place.country).is_some(), "{place:?}");
    }
    // The seed's country keeps its centre.
    let iraq = gazetteer.country_location("IQ").expect("Iraq");
    assert_eq!(
        (iraq.lat, iraq.lon, iraq.precision),
        (Some(33.0), Some(44.0), LocationPrecision::Country)
    );
    let code = |place: Option<PlaceRef>| place.map(|p| gazetteer.country_code(p).to_owned());
    assert_eq!(code(gazetteer.lookup("KYIV")), Some("UA".into()));
    assert_eq!(code(gazetteer.lookup("NEW DELHI")), Some("IN".into()));
    assert_eq!(code(gazetteer.lookup("Xanadu Prime")), None);

    let countries = include_str!("../../data/countries.toml");
    let places = include_str!("../../data/places.toml");
    let stopwords = include_str!("../../data/place_stopwords.txt");
    let errors = [
        (
            "places = [ { name = \"X\", kind = \"city\", country = \"ZZ\", lat = 0.0, lon = 0.0 } ]",
            "",
            stopwords,
            "ZZ",
        ),
        (places, "c\tX\tIQ\t\t91.0\t44.0\t10\t\t\n", stopwords, "coordinates"),
        (places, "c\tX\tXX\t\t33.0\t44.0\t10\t\t\n", stopwords, "XX"),
        (places, "c\t\tIQ\t\t33.0\t44.0\t10\t\t\n", stopwords, "empty name"),
        (places, "c\tX\tIQ\t33.0\n", stopwords, "9 tab-separated"),
        (
            places,
            "d\tX\tIQ\t\t33.0\t44.0\t10\t\tdistrict\n",
            stopwords,
            "needs its admin1",
        ),
        (
            "places = [ { name = \"X Sea\", kind = \"sea\", country = \"IQ\", lat = 0.0, lon = 0.0 } ]",
            "",
            stopwords,
            "lies in no country",
        ),
        (
            "places = [ { name = \"X\", kind = \"city\", lat = 0.0, lon = 0.0 } ]",
            "",
            stopwords,
            "no country",
        ),
        (places, "", "jordan\n", "section"),
        (places, "", "[never]\nJordan\n", "lowercase"),
    ];
    for (places, geonames, stopwords, problem) in errors {
        let known = |code: &str| gazetteer.country(code).is_some();
        let error = data::parse_places(places, &known)
            .and_then(|_| data::parse_geonames_text(geonames, &known))
            .and_then(|_| parse_stoplist(stopwords).map(|_| Vec::<data::PlaceRecord>::new()))
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.contains(problem), "{error:?} lacks {problem:?}");
    }
    assert!(Gazetteer::load_all(countries, places, b"not gzip", stopwords).is_err());
    // A district whose province the gazetteer lacks.
    let orphan = gzip("d\tX District\tIQ\tNowhere\t33.0\t44.0\t10\t\tdistrict\n");
    let error = Gazetteer::load_all(countries, places, &orphan, stopwords)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(error.contains("no subdivision of IQ"), "{error:?}");
}

#[test]
fn mentions_are_resolved_and_locative() {
    let gazetteer = Gazetteer::load(
        include_str!("../../data/countries.toml"),
        include_str!("../../data/places.toml"),
    )
    .expect("gazetteer");
    let found = |text: &str| -> Vec<(String, String, bool)> {
        let words = Words::new(text);
        let context = gazetteer.context([text], None);
        gazetteer
            .find(&words, &context)
            .iter()
            .map(|m| {
                (
                    text[m.start..m.end].to_owned(),
                    gazetteer.country_code(m.place).unwrap_or("").to_owned(),
                    m.locative,
                )
            })
            .collect()
    };
    let expect = |text: &str, expected: &[(&str, &str, bool)]| {
        let expected: Vec<(String, String, bool)> = expected
            .iter()
            .map(|(a, b, c)| ((*a).to_owned(), (*b).to_owned(), *c))
            .collect();
        assert_eq!(found(text), expected, "in {text:?}");
    };
    expect(
        "militia sites in Iraq, according to",
        &[("Iraq", "IQ", true)],
    );
    expect(
        "The US and Iran",
        &[("US", "US", false), ("Iran", "IR", false)],
    );
    // A place that only says where the next one lies is no place of the act.
    expect(
        "shelling in Ukraine's Donetsk region",
        &[("Ukraine", "UA", false), ("Donetsk region", "UA", true)],
    );
    expect(
        "a house in the southern Gaza city of Rafah on Saturday",
        &[("Gaza", "PS", false), ("Rafah", "PS", true)],
    );
    expect(
        "in the Kobani district of northern Syria",
        &[("Kobani", "SY", true), ("Syria", "SY", true)],
    );
    expect(
        "Gaza's Khan Younis",
        &[("Gaza", "PS", false), ("Khan Younis", "PS", false)],
    );
    expect(
        "clashes near the town of Rutshuru in eastern DRC",
        &[("Rutshuru", "CD", true), ("DRC", "CD", true)],
    );
    expect(
        "in South Sudan and Sudan",
        &[("South Sudan", "SS", true), ("Sudan", "SD", true)],
    );
    expect("the hanging chad and us", &[]);
    // A country's embassy, base or people abroad are no place of the act; nor is
    // the neighbour across a border.
    expect(
        "a bomb went off at the Turkish embassy in Mogadishu",
        &[("Mogadishu", "SO", true)],
    );
    expect(
        "a bomb went off at the US embassy in Kabul",
        &[("US", "US", false), ("Kabul", "AF", true)],
    );
    expect(
        "missiles fired at a US base in Qatar",
        &[("US", "US", false), ("Qatar", "QA", true)],
    );
    expect("a camp near the border with Chad", &[("Chad", "TD", false)]);
    // The object of a capture or a shelling is where it happened, also in capitals.
    expect("JNIM ANNOUNCES CAPTURE OF KIDAL", &[("KIDAL", "ML", true)]);
    expect("the shelling of Kidal", &[("Kidal", "ML", true)]);
    expect(
        "the fighters targeted the settlement of Metula",
        &[("Metula", "IL", true)],
    );
    // In capitals a capital says nothing: "OF A DIPLOMAT OF THE" is no name.
    expect(
        "THE RESIDENCE OF A DIPLOMAT OF THE US EMBASSY",
        &[("US", "US", false)],
    );
}

/// Peoples named in two words ("South Sudanese") are not the people of their last
/// word ("Sudanese").
#[test]
fn demonyms_of_two_words() {
    let gazetteer = &classifier().gazetteer;
    let demonyms = |text: &str| -> Vec<(String, usize)> {
        let words = Words::new(text);
        (0..words.len())
            .filter_map(|i| gazetteer.demonym_at(&words, i))
            .map(|(code, count)| (code.to_owned(), count))
            .collect()
    };
    assert_eq!(
        demonyms("two South Sudanese villages"),
        [("SS".to_owned(), 2)]
    );
    assert_eq!(demonyms("Sudanese traders"), [("SD".to_owned(), 1)]);
    assert_eq!(
        demonyms("a Central African town and a Sierra Leonean hamlet"),
        [("CF".to_owned(), 2), ("SL".to_owned(), 2)]
    );
    assert_eq!(demonyms("the south Sudanese"), [("SD".to_owned(), 1)]);
    let words = Words::new("in two South Sudanese villages near the border");
    assert_eq!(gazetteer.settlement_demonym(&words), Some("SS"));
}

/// The countries counted from the names the sentences hold are those counted from
/// the texts, and a name that may run on past a sentence sends the count back to
/// the texts.
#[test]
fn sentence_names_count_as_the_texts_do() {
    let classifier = classifier();
    let gazetteer = &classifier.gazetteer;
    let splitter = crate::sentences::SentenceSplitter::new(&["U.S", "Gen", "St"]);
    for (title, body, closed) in [
        (
            "Shelling kills 3 in Tripoli",
            "TRIPOLI, Lebanon (Reuters) - Shelling hit Tripoli on Monday. Lebanese troops \
             in Beirut and Sidon said so.\n\nSyria and Israel denied it.",
            true,
        ),
        (
            "  Blast in Kabul ",
            "Officials in Kabul and Herat said. St. Louis and New York",
            true,
        ),
        // "Gaza" ends a paragraph without a period: "Gaza City" might go on.
        (
            "Strikes on Gaza",
            "Strikes hit Gaza\n\nCity officials in Israel said so.",
            false,
        ),
        ("", "", true),
    ] {
        let sentences = splitter.split_article(title, body);
        let words: Vec<Words<'_>> = sentences.iter().map(|s| Words::new(s.text)).collect();
        let names: Vec<SentenceNames> = words.iter().map(|w| gazetteer.names_in(w)).collect();
        let from_sentences = gazetteer.context_of_sentences([title, body], None, &names, |i| {
            sentences[i].is_title || i + 1 == sentences.len()
        });
        assert_eq!(from_sentences.counts_sentences(), closed, "in {body:?}");
        let from_texts = gazetteer.context([title, body], None);
        assert_eq!(
            from_sentences.get(gazetteer),
            from_texts.get(gazetteer),
            "in {body:?}"
        );
    }
}

fn gzip(text: &str) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(text.as_bytes()).expect("gzip in memory");
    encoder.finish().expect("gzip in memory")
}

#[test]
fn names_written_with_accents_match_the_folded_gazetteer() {
    for (input, country) in [
        (
            "Eight dead in Apatzingán\nAn armed confrontation left eight dead on Monday in Apatzingán, Michoacán.",
            "MX",
        ),
        (
            "Mine kills four soldiers\nFour soldiers were killed when their vehicle hit a mine near Tillabéri on Monday.",
            "NE",
        ),
    ] {
        let found = place_of(input).map(|(_, country, _, _)| country);
        assert_eq!(found, Some(Some(country.to_owned())), "in {input:?}");
    }
}
