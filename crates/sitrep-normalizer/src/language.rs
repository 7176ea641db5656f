//! Language of an article: detected from its text (whatlang), with the feed's declared
//! language as a hint for text too short or too mixed to tell.
//!
//! whatlang compares the text's trigrams with the profile of every language of its
//! script (about 40 for Latin): ~50 µs an article, more than the rest of normalizing.
//! Most feeds declare their language and most entries are in it, so a declaration is
//! first checked cheaply against the text's function words ([`confirm_declared`]); only
//! when that check cannot confirm it does whatlang run.

use whatlang::Detector;

use crate::function_words::confirm_declared;

/// Text shorter than this (in characters) is too short to detect a language from.
const MIN_DETECTABLE_CHARS: usize = 20;
/// Only the start of a long text is read: it says as much and costs far less (detection
/// time grows with the length of the text).
const MAX_DETECTED_BYTES: usize = 1024;

/// A language as an ISO 639-1 code, with the detector's confidence when it was detected.
#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    pub code: String,
    pub confidence: Option<f64>,
}

/// Detects the language of `text`; `declared` is the feed's language tag (`en-US`), if any.
///
/// A declaration that the text's function words clearly confirm is taken at once, with
/// the confidence of that check (see [`confirm_declared`]); with no declaration, English
/// is checked that way. Otherwise whatlang decides: a
/// reliable detection wins over the declaration (feeds declare their default language
/// for every entry). An unreliable one is kept when it agrees with the declaration. Text
/// too short to detect from takes the declared language, with no confidence.
pub fn detect_language(text: &str, declared: Option<&str>) -> Option<Language> {
    let declared = declared.and_then(primary_subtag);
    // With no declaration, English (the language most feeds carry and the only one the
    // classifier reads) is the hypothesis checked cheaply.
    if let Some(confirmed) = confirm_declared(declared.as_deref().unwrap_or("en"), text) {
        return Some(confirmed);
    }
    let sample = prefix_at_char_boundary(text, MAX_DETECTED_BYTES);
    let num_letters = sample
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(MIN_DETECTABLE_CHARS)
        .count();
    if num_letters < MIN_DETECTABLE_CHARS {
        return declared.map(|code| Language {
            code,
            confidence: None,
        });
    }
    let detected = Detector::new().detect(sample).and_then(|info| {
        let code = iso_639_1(info.lang().code())?;
        Some((code, info.confidence(), info.is_reliable()))
    });
    match (detected, declared) {
        (Some((code, confidence, true)), _) => Some(Language {
            code: code.to_owned(),
            confidence: Some(confidence),
        }),
        (Some((code, confidence, false)), Some(declared)) if declared == code => Some(Language {
            code: declared,
            confidence: Some(confidence),
        }),
        _ => None,
    }
}

/// `en` from `en-US`, `EN_gb` or `en`; `None` for anything that is not a two-letter code.
fn primary_subtag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase())).then_some(primary)
}

fn prefix_at_char_boundary(text: &str, max_bytes: usize) -> &str {
    if text.len() <= max_bytes {
        return text;
    }
    let mut end = max_bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// ISO 639-1 for the ISO 639-3 codes whatlang detects.
fn iso_639_1(code: &str) -> Option<&'static str> {
    Some(match code {
        "afr" => "af",
        "aka" => "ak",
        "amh" => "am",
        "ara" => "ar",
        "aze" => "az",
        "bel" => "be",
        "ben" => "bn",
        "bul" => "bg",
        "cat" => "ca",
        "ces" => "cs",
        "cmn" => "zh",
        "dan" => "da",
        "deu" => "de",
        "ell" => "el",
        "eng" => "en",
        "epo" => "eo",
        "est" => "et",
        "fin" => "fi",
        "fra" => "fr",
        "guj" => "gu",
        "heb" => "he",
        "hin" => "hi",
        "hrv" => "hr",
        "hun" => "hu",
        "hye" => "hy",
        "ind" => "id",
        "ita" => "it",
        "jav" => "jv",
        "jpn" => "ja",
        "kan" => "kn",
        "kat" => "ka",
        "khm" => "km",
        "kor" => "ko",
        "lat" => "la",
        "lav" => "lv",
        "lit" => "lt",
        "mal" => "ml",
        "mar" => "mr",
        "mkd" => "mk",
        "mya" => "my",
        "nep" => "ne",
        "nld" => "nl",
        "nob" => "nb",
        "ori" => "or",
        "pan" => "pa",
        "pes" => "fa",
        "pol" => "pl",
        "por" => "pt",
        "ron" => "ro",
        "rus" => "ru",
        "sin" => "si",
        "slk" => "sk",
        "slv" => "sl",
        "sna" => "sn",
        "spa" => "es",
        "srp" => "sr",
        "swe" => "sv",
        "tam" => "ta",
        "tel" => "te",
        "tgl" => "tl",
        "tha" => "th",
        "tuk" => "tk",
        "tur" => "tr",
        "ukr" => "uk",
        "urd" => "ur",
        "uzb" => "uz",
        "vie" => "vi",
        "yid" => "yi",
        "zul" => "zu",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, declared: Option<&str>, expected: Option<&str>) {
        let found = detect_language(text, declared).map(|language| language.code);
        assert_eq!(found.as_deref(), expected, "text: {text:?}");
    }

    #[test]
    fn detects_languages() {
        let english = "The US carried out airstrikes on Thursday against multiple Iranian-backed militia sites in Iraq, according to the US Defense Department.";
        check(english, None, Some("en"));
        check(english, Some("fr"), Some("en"));
        check("Des frappes aériennes ont visé plusieurs sites de milices soutenues par l'Iran en Irak jeudi, selon le Pentagone.", None, Some("fr"));
        check("شنت الولايات المتحدة غارات جوية يوم الخميس على مواقع عدة لفصائل مسلحة مدعومة من إيران في العراق", None, Some("ar"));
        check("Удары были нанесены в четверг по нескольким объектам проиранских группировок в Ираке, сообщили в Пентагоне.", None, Some("ru"));
    }

    #[test]
    fn short_text_takes_the_declaration_or_nothing() {
        check("Airstrike", None, None);
        check("Airstrike", Some("en-US"), Some("en"));
        check("Airstrike", Some("english"), None);
        assert_eq!(
            detect_language("Airstrike", Some("en")).and_then(|language| language.confidence),
            None
        );
    }

    #[test]
    fn long_text_is_sampled_at_a_char_boundary() {
        let text = "é".repeat(10_000);
        assert!(prefix_at_char_boundary(&text, 4097).len() <= 4097);
        let _ = detect_language(&text, None);
    }
}
