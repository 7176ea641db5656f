//! Synthetic wire copy: N feeds x M items generated from templates, incidents and
//! non-incidents mixed, every item with its own guid and link so each is one article.
//!
//! The templates were written by the sitrep team for load and fault runs (Apache-2.0,
//! like the rest of the repository). Slots vary the place, the numbers, the actors and
//! the weekday so items differ in words, not only in their ids.

use chrono::{DateTime, Datelike, Utc};

/// One entry of a generated feed.
#[derive(Debug, Clone)]
pub struct CorpusItem {
    pub feed_index: usize,
    pub item_index: usize,
    pub guid: String,
    /// Path of the story on the feed host (`/story/<feed>/<item>`): the link is the
    /// host's URL plus this path.
    pub link_path: String,
    pub title: String,
    /// HTML paragraphs.
    pub description: String,
    /// Whether the template reports an incident.
    pub incident: bool,
}

struct Place {
    city: &'static str,
    dateline: &'static str,
    country: &'static str,
}

const PLACES: &[Place] = &[
    Place {
        city: "Mogadishu",
        dateline: "MOGADISHU",
        country: "Somalia",
    },
    Place {
        city: "Kabul",
        dateline: "KABUL",
        country: "Afghanistan",
    },
    Place {
        city: "Baghdad",
        dateline: "BAGHDAD",
        country: "Iraq",
    },
    Place {
        city: "Aleppo",
        dateline: "ALEPPO",
        country: "Syria",
    },
    Place {
        city: "Maiduguri",
        dateline: "MAIDUGURI",
        country: "Nigeria",
    },
    Place {
        city: "Sanaa",
        dateline: "SANAA",
        country: "Yemen",
    },
    Place {
        city: "Tripoli",
        dateline: "TRIPOLI",
        country: "Libya",
    },
    Place {
        city: "Donetsk",
        dateline: "DONETSK",
        country: "Ukraine",
    },
    Place {
        city: "Idlib",
        dateline: "IDLIB",
        country: "Syria",
    },
    Place {
        city: "Kandahar",
        dateline: "KANDAHAR",
        country: "Afghanistan",
    },
];

const GROUPS: &[&str] = &[
    "Al-Shabaab",
    "the Taliban",
    "Islamic State",
    "Boko Haram",
    "Houthi rebels",
];
const NUMBERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "11", "14",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const TOPICS: &[&str] = &[
    "wheat",
    "cotton",
    "copper",
    "coffee",
    "cement",
    "fertiliser",
    "rice",
];

/// `(incident, title, paragraphs)` with `{city}`, `{DATELINE}`, `{country}`, `{group}`,
/// `{n}`, `{m}`, `{day}`, `{topic}`, `{serial}` slots.
const TEMPLATES: &[(bool, &str, &str)] = &[
    (
        true,
        "Suicide bomber kills {n} at {city} checkpoint",
        "<p>{DATELINE}, {date} (LT) - A suicide bomber blew himself up at a police checkpoint in {city} on {day}, killing at least {n} people and wounding {m} others, police said.</p>\
         <p>{group} claimed responsibility for the attack in a statement. Report {serial}.</p>",
    ),
    (
        true,
        "Militants attack army base near {city}, {n} soldiers killed",
        "<p>{DATELINE}, {date} (LT) - Fighters from {group} attacked an army base near {city} on {day}, killing {n} soldiers in a gun battle that lasted several hours, the military said.</p>\
         <p>Troops repelled the assault and {m} militants were killed, a spokesman said. Report {serial}.</p>",
    ),
    (
        true,
        "Roadside bomb hits convoy outside {city}",
        "<p>{DATELINE}, {date} (LT) - A roadside bomb struck a military convoy outside {city} on {day}, killing {n} soldiers and wounding {m}, security officials said.</p>\
         <p>No group immediately claimed the attack, which bore the hallmarks of {group}. Report {serial}.</p>",
    ),
    (
        true,
        "Air strikes hit {group} positions near {city}",
        "<p>{DATELINE}, {date} (LT) - Government warplanes carried out air strikes on {group} positions near {city} on {day}, killing {n} fighters, the defence ministry said.</p>\
         <p>The strikes destroyed weapons depots and a command post, the ministry said. Report {serial}.</p>",
    ),
    (
        true,
        "Shelling of {city} kills {n} civilians",
        "<p>{DATELINE}, {date} (LT) - Artillery shells fired by {group} hit a market in {city} on {day}, killing {n} civilians and wounding {m}, local officials said.</p>\
         <p>Residents said the shelling lasted more than an hour. Report {serial}.</p>",
    ),
    (
        false,
        "{country} {topic} prices rise for a {n}th week",
        "<p>{DATELINE}, {date} (LT) - Prices of {topic} in {country} rose for a {n}th week on {day} as traders cited strong demand and thin supplies, market data showed.</p>\
         <p>Analysts expect prices to ease once the harvest season begins. Report {serial}.</p>",
    ),
    (
        false,
        "{city} hosts regional trade fair with {n} exhibitors",
        "<p>{DATELINE}, {date} (LT) - More than {n} hundred companies opened stands at a regional trade fair in {city} on {day}, organisers said, with {topic} producers drawing the largest crowds.</p>\
         <p>The fair runs until the end of the week. Report {serial}.</p>",
    ),
    (
        false,
        "Heavy rain floods streets in {city}",
        "<p>{DATELINE}, {date} (LT) - Heavy rain flooded streets in {city} on {day}, closing schools and delaying flights for several hours, the weather service said.</p>\
         <p>Forecasters expect {m} more days of rain. Report {serial}.</p>",
    ),
];

/// The items of `num_feeds` feeds with `items_per_feed` items each, feed by feed.
pub fn generate(
    num_feeds: usize,
    items_per_feed: usize,
    published: DateTime<Utc>,
) -> Vec<Vec<CorpusItem>> {
    let date = format!("{} {}", month_name(published.month()), published.day());
    (0..num_feeds)
        .map(|feed_index| {
            (0..items_per_feed)
                .map(|item_index| item(feed_index, item_index, &date))
                .collect()
        })
        .collect()
}

fn item(feed_index: usize, item_index: usize, date: &str) -> CorpusItem {
    let serial = feed_index * 100_003 + item_index;
    // Spread neighbouring items over templates and slots.
    let (incident, title, body) = TEMPLATES[(serial * 7 + feed_index) % TEMPLATES.len()];
    let place = &PLACES[(serial * 3 + 1) % PLACES.len()];
    let fill = |text: &str| {
        text.replace("{city}", place.city)
            .replace("{DATELINE}", place.dateline)
            .replace("{country}", place.country)
            .replace("{group}", GROUPS[serial % GROUPS.len()])
            .replace("{n}", NUMBERS[serial % NUMBERS.len()])
            .replace("{m}", NUMBERS[(serial / 3 + 2) % NUMBERS.len()])
            .replace("{day}", WEEKDAYS[serial % WEEKDAYS.len()])
            .replace("{topic}", TOPICS[serial % TOPICS.len()])
            .replace("{date}", date)
            .replace("{serial}", &format!("LT-{feed_index}-{item_index}"))
    };
    CorpusItem {
        feed_index,
        item_index,
        guid: format!("lt-{feed_index}-{item_index}"),
        link_path: format!("/story/{feed_index}/{item_index}"),
        title: fill(title),
        description: fill(body),
        incident,
    }
}

fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES[(month as usize + 11) % 12]
}

/// `(feed, item)` of a story path `/story/<feed>/<item>` anywhere in `url`.
pub fn parse_story_path(url: &str) -> Option<(usize, usize)> {
    let rest = &url[url.find("/story/")? + "/story/".len()..];
    let mut parts = rest.split(['/', '?', '#']);
    let feed = parts.next()?.parse().ok()?;
    let item = parts.next()?.parse().ok()?;
    Some((feed, item))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_distinct_and_mixed() {
        let feeds = generate(3, 40, Utc::now());
        let items: Vec<_> = feeds.iter().flatten().collect();
        let guids: std::collections::HashSet<_> = items.iter().map(|i| &i.guid).collect();
        assert_eq!(guids.len(), 120);
        let num_incidents = items.iter().filter(|i| i.incident).count();
        assert!(num_incidents > 40 && num_incidents < 100, "{num_incidents}");
        assert!(items.iter().all(|i| !i.description.contains('{')));
        assert_eq!(
            parse_story_path("http://127.0.0.1:9/story/2/17"),
            Some((2, 17))
        );
    }
}
