//! The `[kafka]` section: brokers, topics, tuning, TLS and SASL.
//!
//! Secrets never come from a file: the SASL password and the TLS key passphrase are
//! read from `SITREP_KAFKA_SASL_PASSWORD` and `SITREP_KAFKA_SSL_KEY_PASSWORD` only,
//! wrapped in [`Secret`] so they never print, and refused in the passthrough properties.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use sitrep_transport::kafka::KafkaSettings;
use sitrep_transport::Secret;

use super::ConfigError;

/// Environment variables that hold secrets; the layered config ignores them.
pub(crate) const SASL_PASSWORD_VAR: &str = "SITREP_KAFKA_SASL_PASSWORD";
pub(crate) const SSL_KEY_PASSWORD_VAR: &str = "SITREP_KAFKA_SSL_KEY_PASSWORD";

const PROTOCOLS: [&str; 4] = ["plaintext", "ssl", "sasl_plaintext", "sasl_ssl"];
const MECHANISMS: [&str; 3] = ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"];

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawKafka {
    pub brokers: String,
    pub client_id: String,
    pub topic_prefix: String,
    /// Prefix of consumer group ids; the topic prefix when unset.
    pub group_prefix: Option<String>,
    /// Whether sitrep creates missing topics at start (needs the CREATE ACL).
    pub create_topics: bool,
    pub partitions: i32,
    pub replication: i32,
    pub session_timeout_ms: u32,
    pub max_prefetch_kbytes: u32,
    pub statistics_interval_ms: u32,
    /// `plaintext`, `ssl`, `sasl_plaintext` or `sasl_ssl`.
    pub security_protocol: String,
    /// `PLAIN`, `SCRAM-SHA-256` or `SCRAM-SHA-512`.
    pub sasl_mechanism: Option<String>,
    pub sasl_username: Option<String>,
    pub ssl_ca_location: Option<PathBuf>,
    pub ssl_certificate_location: Option<PathBuf>,
    pub ssl_key_location: Option<PathBuf>,
    /// librdkafka properties passed through as they are, for experts.
    pub properties: BTreeMap<String, String>,
}

impl Default for RawKafka {
    fn default() -> Self {
        let kafka = KafkaSettings::default();
        Self {
            brokers: kafka.brokers,
            client_id: kafka.client_id,
            topic_prefix: "sitrep.".into(),
            group_prefix: None,
            create_topics: true,
            partitions: 3,
            replication: 1,
            session_timeout_ms: kafka.session_timeout_ms,
            max_prefetch_kbytes: kafka.max_prefetch_kbytes,
            statistics_interval_ms: kafka.statistics_interval_ms,
            security_protocol: "plaintext".into(),
            sasl_mechanism: None,
            sasl_username: None,
            ssl_ca_location: None,
            ssl_certificate_location: None,
            ssl_key_location: None,
            properties: BTreeMap::new(),
        }
    }
}

fn invalid(key: &str, problem: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        key: key.to_owned(),
        problem: problem.into(),
    }
}

/// Validates the section into client settings; `secret` looks up a secret variable.
pub(crate) fn kafka_settings(
    raw: &RawKafka,
    secret: &dyn Fn(&str) -> Option<String>,
) -> Result<KafkaSettings, ConfigError> {
    if raw.brokers.trim().is_empty() {
        return Err(invalid("kafka.brokers", "must name at least one host:port"));
    }
    if raw.partitions < 1 {
        return Err(invalid("kafka.partitions", "must be at least 1"));
    }
    if raw.replication < 1 {
        return Err(invalid("kafka.replication", "must be at least 1"));
    }
    if raw.session_timeout_ms < 1000 {
        return Err(invalid("kafka.session_timeout_ms", "must be at least 1000"));
    }
    if raw.max_prefetch_kbytes == 0 {
        return Err(invalid("kafka.max_prefetch_kbytes", "must be at least 1"));
    }
    let protocol = raw.security_protocol.to_ascii_lowercase();
    if !PROTOCOLS.contains(&protocol.as_str()) {
        return Err(invalid(
            "kafka.security_protocol",
            format!("{:?} is not one of {PROTOCOLS:?}", raw.security_protocol),
        ));
    }
    for key in raw.properties.keys() {
        let lower = key.to_ascii_lowercase();
        if lower.contains("password") || lower.contains("secret") || lower.contains("sasl.jaas") {
            return Err(invalid(
                &format!("kafka.properties.{key:?}"),
                format!("secrets are read from the environment only ({SASL_PASSWORD_VAR}, {SSL_KEY_PASSWORD_VAR})"),
            ));
        }
    }
    let mut properties: Vec<(String, String)> =
        vec![("security.protocol".into(), protocol.clone())];
    let mut secret_properties = Vec::new();
    if protocol.starts_with("sasl") {
        let mechanism = raw
            .sasl_mechanism
            .as_deref()
            .ok_or_else(|| invalid("kafka.sasl_mechanism", format!("required with {protocol}")))?;
        if !MECHANISMS.contains(&mechanism) {
            return Err(invalid(
                "kafka.sasl_mechanism",
                format!("{mechanism:?} is not one of {MECHANISMS:?}"),
            ));
        }
        let username = raw
            .sasl_username
            .as_deref()
            .ok_or_else(|| invalid("kafka.sasl_username", format!("required with {protocol}")))?;
        let password = secret(SASL_PASSWORD_VAR).ok_or_else(|| {
            invalid(
                "kafka.sasl_password",
                format!("set {SASL_PASSWORD_VAR} in the environment"),
            )
        })?;
        if password.trim().is_empty() {
            return Err(invalid(
                "kafka.sasl_password",
                format!("{SASL_PASSWORD_VAR} is empty"),
            ));
        }
        let username = username.trim();
        if username.is_empty() {
            return Err(invalid("kafka.sasl_username", "is empty"));
        }
        properties.push(("sasl.mechanism".into(), mechanism.to_owned()));
        properties.push(("sasl.username".into(), username.to_owned()));
        secret_properties.push(("sasl.password".to_owned(), Secret::new(password)));
    }
    let tls_files = [
        (
            "kafka.ssl_ca_location",
            "ssl.ca.location",
            &raw.ssl_ca_location,
        ),
        (
            "kafka.ssl_certificate_location",
            "ssl.certificate.location",
            &raw.ssl_certificate_location,
        ),
        (
            "kafka.ssl_key_location",
            "ssl.key.location",
            &raw.ssl_key_location,
        ),
    ];
    for (key, property, path) in tls_files {
        if let Some(path) = path {
            if !protocol.ends_with("ssl") {
                return Err(invalid(
                    key,
                    format!("needs security_protocol ssl or sasl_ssl, not {protocol}"),
                ));
            }
            if !path.exists() {
                return Err(invalid(key, format!("{} does not exist", path.display())));
            }
            properties.push((property.into(), path.display().to_string()));
        }
    }
    if let Some(passphrase) = secret(SSL_KEY_PASSWORD_VAR) {
        secret_properties.push(("ssl.key.password".to_owned(), Secret::new(passphrase)));
    }
    properties.extend(raw.properties.iter().map(|(k, v)| (k.clone(), v.clone())));
    Ok(KafkaSettings {
        brokers: raw.brokers.clone(),
        client_id: raw.client_id.clone(),
        session_timeout_ms: raw.session_timeout_ms,
        max_prefetch_kbytes: raw.max_prefetch_kbytes,
        properties,
        secret_properties,
        statistics_interval_ms: raw.statistics_interval_ms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: RawKafka, secrets: &[(&str, &str)]) -> Result<KafkaSettings, String> {
        let lookup = |name: &str| {
            secrets
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        };
        kafka_settings(&raw, &lookup).map_err(|e| e.to_string())
    }

    #[test]
    fn sasl_scram_takes_its_password_from_the_environment_only() {
        let raw = RawKafka {
            security_protocol: "SASL_SSL".into(),
            sasl_mechanism: Some("SCRAM-SHA-512".into()),
            sasl_username: Some("sitrep".into()),
            ..RawKafka::default()
        };
        let settings = check(raw.clone(), &[(SASL_PASSWORD_VAR, "s3cr3t-value")]).expect("valid");
        assert!(settings
            .properties
            .contains(&("security.protocol".into(), "sasl_ssl".into())));
        assert!(settings
            .properties
            .contains(&("sasl.mechanism".into(), "SCRAM-SHA-512".into())));
        assert_eq!(settings.secret_properties[0].0, "sasl.password");
        assert_eq!(settings.secret_properties[0].1.expose(), "s3cr3t-value");
        assert!(
            !format!("{settings:?}").contains("s3cr3t-value"),
            "never printed"
        );

        let empty = check(raw.clone(), &[(SASL_PASSWORD_VAR, "")]).expect_err("empty password");
        assert_eq!(
            empty,
            format!("config: kafka.sasl_password: {SASL_PASSWORD_VAR} is empty")
        );
        let missing = check(raw, &[]).expect_err("no password");
        assert_eq!(
            missing,
            format!("config: kafka.sasl_password: set {SASL_PASSWORD_VAR} in the environment")
        );
    }

    #[test]
    fn bad_security_settings_name_the_key() {
        let cases: [(RawKafka, &str); 4] = [
            (
                RawKafka {
                    security_protocol: "tls".into(),
                    ..RawKafka::default()
                },
                "kafka.security_protocol",
            ),
            (
                RawKafka {
                    security_protocol: "sasl_plaintext".into(),
                    sasl_username: Some("u".into()),
                    ..RawKafka::default()
                },
                "kafka.sasl_mechanism",
            ),
            (
                RawKafka {
                    ssl_ca_location: Some("/nonexistent/ca.pem".into()),
                    ..RawKafka::default()
                },
                "kafka.ssl_ca_location",
            ),
            (
                RawKafka {
                    properties: [("sasl.password".to_owned(), "x".to_owned())]
                        .into_iter()
                        .collect(),
                    ..RawKafka::default()
                },
                "kafka.properties",
            ),
        ];
        for (raw, key) in cases {
            let error = check(raw, &[(SASL_PASSWORD_VAR, "p")]).expect_err("invalid");
            assert!(error.starts_with(&format!("config: {key}")), "{error}");
        }
    }
}
