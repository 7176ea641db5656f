//! deploy/k8s/sitrep.yaml, read as Kubernetes would and run as far as one machine
//! allows, with no cluster: every Deployment's container is started as its pod would
//! start it and must become ready against a real broker (tansu).
//!
//! What the pod gets, the process gets: its ConfigMaps and Secret as the files of its
//! volume mounts (in a mount namespace of its own, over `/etc`) and as environment
//! variables (`env`, `envFrom`), the variables Kubernetes adds (`KUBERNETES_SERVICE_*`,
//! `HOSTNAME`, and the Services' links unless `enableServiceLinks` is false), the numeric
//! user of its `securityContext` with no capabilities and no new privileges, and a
//! read-only root filesystem. Two things differ, as a cluster would make them differ:
//! `kafka.brokers`, which the manifest says to set, names the test broker, and the admin
//! port, which a pod has in a network namespace of its own, is a free one here. The
//! manifest's security settings are checked against the Pod Security "restricted"
//! profile, and its PrometheusRule against deploy/prometheus/rules.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde::Deserialize as _;
use serde_json::Value;
use sitrep_runtime::metric_catalogue::{self, Hosted, Kind};
use sitrep_testkit::{free_port, Broker};

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn documents(path: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(workspace().join(path)).expect("manifest");
    serde_yaml_ng::Deserializer::from_str(&text)
        .map(|document| Value::deserialize(document).expect("YAML"))
        .filter(|document| !document.is_null())
        .collect()
}

fn of_kind<'a>(documents: &'a [Value], kind: &str) -> Vec<&'a Value> {
    documents.iter().filter(|d| d["kind"] == kind).collect()
}

fn named<'a>(documents: &'a [Value], kind: &str, name: &str) -> &'a Value {
    of_kind(documents, kind)
        .into_iter()
        .find(|d| d["metadata"]["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name}"))
}

fn str_of(value: &Value) -> &str {
    value.as_str().unwrap_or_default()
}

/// Whether `selector` (`matchLabels`, or a Service's plain map) selects `labels`.
fn selects(selector: &Value, labels: &Value) -> bool {
    let wanted = selector.get("matchLabels").unwrap_or(selector);
    wanted
        .as_object()
        .is_some_and(|map| !map.is_empty() && map.iter().all(|(k, v)| labels[k] == *v))
}

#[test]
fn the_pods_pass_the_restricted_profile_and_the_operator_objects_are_there() {
    let manifest = documents("deploy/k8s/sitrep.yaml");
    let deployments = of_kind(&manifest, "Deployment");
    assert_eq!(deployments.len(), 4);
    for deployment in &deployments {
        let name = str_of(&deployment["metadata"]["name"]);
        let pod = &deployment["spec"]["template"]["spec"];
        let pod_labels = &deployment["spec"]["template"]["metadata"]["labels"];
        assert_eq!(pod["enableServiceLinks"], false, "{name}");
        assert_eq!(pod["automountServiceAccountToken"], false, "{name}");
        let account = named(
            &manifest,
            "ServiceAccount",
            str_of(&pod["serviceAccountName"]),
        );
        assert_eq!(account["automountServiceAccountToken"], false, "{name}");
        for forbidden in ["hostNetwork", "hostPID", "hostIPC"] {
            assert!(pod[forbidden] != true, "{name}: {forbidden}");
        }
        let pod_security = &pod["securityContext"];
        assert_eq!(pod_security["runAsNonRoot"], true, "{name}");
        assert!(
            pod_security["runAsUser"]
                .as_u64()
                .is_some_and(|uid| uid > 0),
            "{name}: a numeric user that is not root"
        );
        assert_eq!(
            pod_security["seccompProfile"]["type"], "RuntimeDefault",
            "{name}"
        );
        for volume in pod["volumes"].as_array().into_iter().flatten() {
            assert!(
                volume.get("hostPath").is_none(),
                "{name}: a hostPath volume"
            );
        }
        for container in pod["containers"].as_array().expect("containers") {
            let security = &container["securityContext"];
            assert_eq!(security["allowPrivilegeEscalation"], false, "{name}");
            assert_eq!(security["readOnlyRootFilesystem"], true, "{name}");
            assert!(security["privileged"] != true, "{name}");
            assert_eq!(
                security["capabilities"]["drop"],
                serde_json::json!(["ALL"]),
                "{name}"
            );
            assert!(security["capabilities"].get("add").is_none(), "{name}");
            if let Some(user) = security.get("runAsUser") {
                assert!(user.as_u64().is_some_and(|uid| uid > 0), "{name}");
            }
        }
        let budgets: Vec<_> = of_kind(&manifest, "PodDisruptionBudget")
            .into_iter()
            .filter(|budget| selects(&budget["spec"]["selector"], pod_labels))
            .collect();
        assert_eq!(budgets.len(), 1, "{name}: one PodDisruptionBudget");
    }
    let incidents = named(&manifest, "Deployment", "sitrep-incidents");
    assert!(
        incidents["spec"]["replicas"].as_u64() > Some(1),
        "the incident stage scales out"
    );

    // The ServiceMonitor finds every pod's admin port through a Service.
    let monitor = named(&manifest, "ServiceMonitor", "sitrep");
    let endpoint = &monitor["spec"]["endpoints"][0];
    assert_eq!(endpoint["path"], "/metrics");
    let service = of_kind(&manifest, "Service")
        .into_iter()
        .find(|service| selects(&monitor["spec"]["selector"], &service["metadata"]["labels"]))
        .expect("a Service the ServiceMonitor selects");
    assert!(service["spec"]["ports"]
        .as_array()
        .expect("ports")
        .iter()
        .any(|port| port["name"] == endpoint["port"]));
    for deployment in &deployments {
        let labels = &deployment["spec"]["template"]["metadata"]["labels"];
        assert!(selects(&service["spec"]["selector"], labels));
    }

    // The PrometheusRule is the rules file, group for group.
    let rule = named(&manifest, "PrometheusRule", "sitrep");
    let rules = documents("deploy/prometheus/rules/sitrep.rules.yml");
    assert_eq!(rule["spec"], rules[0]);
}

/// What a pod's container is started with.
struct Container {
    name: String,
    args: Vec<String>,
    env: BTreeMap<String, String>,
    /// Files under `/etc` (path below it -> content), from the volume mounts.
    files: BTreeMap<PathBuf, String>,
    uid: u64,
    gid: u64,
    admin_port: u16,
}

/// The data of a ConfigMap or a Secret (`stringData`, `data` in base64).
fn data_of(object: &Value) -> BTreeMap<String, String> {
    let mut data = BTreeMap::new();
    for (key, value) in object["stringData"].as_object().into_iter().flatten() {
        data.insert(key.clone(), str_of(value).to_owned());
    }
    for (key, value) in object["data"].as_object().into_iter().flatten() {
        let text = if object["kind"] == "Secret" {
            let bytes = base64_decode(str_of(value));
            String::from_utf8(bytes).expect("UTF-8 secret")
        } else {
            str_of(value).to_owned()
        };
        data.insert(key.clone(), text);
    }
    data
}

fn base64_decode(text: &str) -> Vec<u8> {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut num_bits = 0;
    let mut bytes = Vec::new();
    for c in text
        .bytes()
        .filter(|c| *c != b'=' && !c.is_ascii_whitespace())
    {
        let index = alphabet.iter().position(|a| *a == c).expect("base64") as u32;
        bits = (bits << 6) | index;
        num_bits += 6;
        if num_bits >= 8 {
            num_bits -= 8;
            bytes.push((bits >> num_bits) as u8);
        }
    }
    bytes
}

/// The variables Kubernetes gives a container for a Service (`--service-links`).
fn service_link_variables(name: &str, ip: &str, ports: &[(String, u64)]) -> Vec<(String, String)> {
    let prefix = name.to_uppercase().replace('-', "_");
    let mut variables = vec![(format!("{prefix}_SERVICE_HOST"), ip.to_owned())];
    for (index, (port_name, port)) in ports.iter().enumerate() {
        let url = format!("tcp://{ip}:{port}");
        if index == 0 {
            variables.push((format!("{prefix}_SERVICE_PORT"), port.to_string()));
            variables.push((format!("{prefix}_PORT"), url.clone()));
        }
        if !port_name.is_empty() {
            let port_name = port_name.to_uppercase().replace('-', "_");
            variables.push((
                format!("{prefix}_SERVICE_PORT_{port_name}"),
                port.to_string(),
            ));
        }
        let tcp = format!("{prefix}_PORT_{port}_TCP");
        variables.push((format!("{tcp}_PROTO"), "tcp".into()));
        variables.push((format!("{tcp}_PORT"), port.to_string()));
        variables.push((format!("{tcp}_ADDR"), ip.to_owned()));
        variables.push((tcp, url));
    }
    variables
}

/// The container of `deployment`, as its pod would start it, against `bootstrap`.
fn container(manifest: &[Value], deployment: &Value, bootstrap: &str) -> Container {
    let pod = &deployment["spec"]["template"]["spec"];
    let spec = &pod["containers"][0];
    let name = str_of(&spec["name"]).to_owned();
    let args: Vec<String> = spec["args"]
        .as_array()
        .expect("args")
        .iter()
        .map(|a| str_of(a).to_owned())
        .collect();

    let mut env = BTreeMap::new();
    env.insert(
        "PATH".to_owned(),
        "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".to_owned(),
    );
    env.insert("HOME".to_owned(), "/".to_owned());
    env.insert("HOSTNAME".to_owned(), format!("{name}-6d4cf56db6-x7k2p"));
    for (key, value) in service_link_variables("kubernetes", "10.96.0.1", &[("https".into(), 443)])
    {
        env.insert(key, value);
    }
    if pod["enableServiceLinks"] != false {
        for (index, service) in of_kind(manifest, "Service").into_iter().enumerate() {
            if service["spec"]["clusterIP"] == "None" {
                continue;
            }
            let ports: Vec<(String, u64)> = service["spec"]["ports"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| {
                    (
                        str_of(&p["name"]).to_owned(),
                        p["port"].as_u64().unwrap_or(0),
                    )
                })
                .collect();
            let ip = format!("10.96.1.{}", index + 10);
            for (key, value) in
                service_link_variables(str_of(&service["metadata"]["name"]), &ip, &ports)
            {
                env.insert(key, value);
            }
        }
    }
    for source in spec["envFrom"].as_array().into_iter().flatten() {
        let (kind, reference) = match (source.get("configMapRef"), source.get("secretRef")) {
            (Some(reference), _) => ("ConfigMap", reference),
            (_, Some(reference)) => ("Secret", reference),
            _ => panic!("envFrom {source}"),
        };
        env.extend(data_of(named(manifest, kind, str_of(&reference["name"]))));
    }
    for variable in spec["env"].as_array().into_iter().flatten() {
        let value = match variable.get("value") {
            Some(value) => str_of(value).to_owned(),
            None => {
                let from = &variable["valueFrom"];
                let (kind, reference) =
                    match (from.get("configMapKeyRef"), from.get("secretKeyRef")) {
                        (Some(reference), _) => ("ConfigMap", reference),
                        (_, Some(reference)) => ("Secret", reference),
                        _ => panic!("env {variable}"),
                    };
                data_of(named(manifest, kind, str_of(&reference["name"])))
                    [str_of(&reference["key"])]
                .clone()
            }
        };
        env.insert(str_of(&variable["name"]).to_owned(), value);
    }

    let volumes: BTreeMap<&str, &Value> = pod["volumes"]
        .as_array()
        .expect("volumes")
        .iter()
        .map(|volume| (str_of(&volume["name"]), volume))
        .collect();
    let mut files = BTreeMap::new();
    for mount in spec["volumeMounts"].as_array().expect("mounts") {
        let volume = volumes[str_of(&mount["name"])];
        let config_map = named(manifest, "ConfigMap", str_of(&volume["configMap"]["name"]));
        let data = data_of(config_map);
        let mount_path = str_of(&mount["mountPath"]);
        let below_etc = Path::new(
            mount_path
                .strip_prefix("/etc/")
                .unwrap_or_else(|| panic!("{mount_path}: the test mounts under /etc only")),
        );
        match mount.get("subPath") {
            Some(key) => {
                files.insert(below_etc.to_owned(), data[str_of(key)].clone());
            }
            None => {
                for (key, value) in data {
                    files.insert(below_etc.join(key), value);
                }
            }
        }
    }

    // The two values a cluster would make different: the brokers the manifest says to
    // set, and the admin port of a pod's own network namespace.
    let config_path = args
        .iter()
        .skip_while(|arg| *arg != "--config")
        .nth(1)
        .expect("--config");
    let config_key = Path::new(
        config_path
            .strip_prefix("/etc/")
            .expect("config under /etc"),
    );
    let mut config: toml::Table = files[config_key].parse().expect("the ConfigMap's TOML");
    let container_port = spec["ports"]
        .as_array()
        .expect("ports")
        .iter()
        .find(|port| port["name"] == "admin")
        .and_then(|port| port["containerPort"].as_u64())
        .expect("an admin port");
    let listen = config["admin"]["listen"]
        .as_str()
        .expect("admin.listen")
        .to_owned();
    assert_eq!(
        listen.rsplit(':').next(),
        Some(container_port.to_string().as_str()),
        "{name}: the admin server listens on the port the probes use"
    );
    for probe in ["livenessProbe", "readinessProbe"] {
        assert_eq!(spec[probe]["httpGet"]["port"], "admin", "{name}: {probe}");
    }
    let admin_port = free_port();
    config["kafka"]["brokers"] = toml::Value::String(bootstrap.to_owned());
    config["admin"]["listen"] = toml::Value::String(format!("127.0.0.1:{admin_port}"));
    files.insert(config_key.to_owned(), config.to_string());

    let security = &pod["securityContext"];
    Container {
        name,
        args,
        env,
        files,
        // Without one, the image's user (the other test requires one).
        uid: security["runAsUser"].as_u64().unwrap_or(10001),
        gid: security["runAsGroup"].as_u64().unwrap_or(10001),
        admin_port,
    }
}

/// Starts `container` in a mount namespace where its files lie over `/etc` and the
/// root filesystem is read-only, as its user with no capabilities.
fn start(container: &Container, dir: &Path) -> (tokio::process::Child, PathBuf) {
    let upper = dir.join("upper");
    let work = dir.join("work");
    std::fs::create_dir_all(&work).expect("work dir");
    for (path, content) in &container.files {
        let path = upper.join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mount dir");
        std::fs::write(&path, content).expect("mounted file");
    }
    let script = format!(
        "set -e; mount --make-rprivate /; \
         mount -t overlay overlay -o lowerdir=/etc,upperdir={upper},workdir={work} /etc; \
         mount -o remount,bind,ro /etc; mount -o remount,bind,ro /; \
         exec setpriv --reuid {uid} --regid {gid} --clear-groups --no-new-privs \
         --inh-caps=-all --bounding-set=-all -- \"$@\"",
        upper = upper.display(),
        work = work.display(),
        uid = container.uid,
        gid = container.gid,
    );
    let log = dir.join("stderr.log");
    let child = tokio::process::Command::new("unshare")
        .args(["--mount", "sh", "-c", script.as_str(), "sh"])
        .arg(env!("CARGO_BIN_EXE_sitrep"))
        .args(&container.args)
        .env_clear()
        .envs(&container.env)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log"))
        .kill_on_drop(true)
        .spawn()
        .expect("unshare");
    (child, log)
}

/// Polls the admin server until `/readyz` answers 200; the process says nothing else
/// when it becomes ready.
async fn wait_ready(container: &Container, child: &mut tokio::process::Child, log: &Path) {
    let url = format!("http://127.0.0.1:{}/readyz", container.admin_port);
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut last = String::new();
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            panic!(
                "{} exited ({status}) before it was ready:\n{}",
                container.name,
                std::fs::read_to_string(log).unwrap_or_default()
            );
        }
        if let Ok(response) = reqwest::get(&url).await {
            if response.status().is_success() {
                return;
            }
            last = response.text().await.unwrap_or_default();
        }
        assert!(
            Instant::now() < deadline,
            "{} not ready in 120 s ({last}):\n{}",
            container.name,
            std::fs::read_to_string(log).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_deployment_starts_as_written_and_becomes_ready() {
    let manifest = documents("deploy/k8s/sitrep.yaml");
    let broker = Broker::start().await;
    for deployment in of_kind(&manifest, "Deployment") {
        let container = container(&manifest, deployment, broker.bootstrap());
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut child, log) = start(&container, dir.path());
        wait_ready(&container, &mut child, &log).await;

        // Its metrics: every counter it exports is there from the start.
        let scraped = reqwest::get(format!("http://127.0.0.1:{}/metrics", container.admin_port))
            .await
            .expect("metrics")
            .text()
            .await
            .expect("text");
        let target = container.args.last().expect("target").as_str();
        let hosted = Hosted {
            fetcher: target == "fetcher",
            normalizer: target == "normalizer",
            classifier: target == "classifier",
            incidents: target == "incidents",
        };
        for metric in metric_catalogue::METRICS {
            if metric.kind == Kind::Counter && metric.exporter.exported_by(hosted, true) {
                assert!(
                    scraped.contains(&format!("\n{}", metric.name)),
                    "{target}: {} missing at start:\n{scraped}",
                    metric.name
                );
            }
        }

        let pid = child.id().expect("running");
        let sent = std::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .expect("kill");
        assert!(sent.success());
        let status = tokio::time::timeout(Duration::from_secs(60), child.wait())
            .await
            .expect("stops after SIGTERM")
            .expect("wait");
        assert!(
            status.success(),
            "{target}: {status}\n{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        eprintln!("{target}: ready as deployed, stopped cleanly");
    }
}
