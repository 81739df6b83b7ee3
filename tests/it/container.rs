//! The container files keep the runtime contract: the Dockerfile and compose.yaml read as text,
//! since no Docker engine runs here. `scripts/check-container` builds and runs what they describe.

use std::collections::BTreeMap;

use serde_yaml::Value;

use crate::helpers::root;

// --- Dockerfile parsing ---------------------------------------------------------------------

/// An instruction's arguments: JSON (exec) form or shell form.
#[derive(Debug, Clone, PartialEq)]
enum Args {
    Shell(String),
    Exec(Vec<String>),
}

impl Args {
    fn from_text(text: &str) -> Self {
        match serde_json::from_str::<Vec<String>>(text) {
            Ok(words) if text.starts_with('[') => Args::Exec(words),
            _ => Args::Shell(text.to_owned()),
        }
    }

    /// The whole text, exec form joined with spaces.
    fn text(&self) -> String {
        match self {
            Args::Shell(text) => text.clone(),
            Args::Exec(words) => words.join(" "),
        }
    }

    /// Exec form as is, shell form split on whitespace.
    fn words(&self) -> Vec<String> {
        match self {
            Args::Shell(text) => text.split_whitespace().map(str::to_owned).collect(),
            Args::Exec(words) => words.clone(),
        }
    }
}

#[derive(Debug, Clone)]
struct Instruction {
    line: usize,
    keyword: String,
    flags: BTreeMap<String, String>,
    args: Args,
}

#[derive(Debug)]
struct Stage {
    image: String,
    name: Option<String>,
    body: Vec<Instruction>,
}

impl Stage {
    fn all(&self, keyword: &str) -> impl Iterator<Item = (usize, &Instruction)> {
        self.body.iter().enumerate().filter(move |(_, i)| i.keyword == keyword)
    }

    fn position(&self, keyword: &str, what: impl Fn(&Instruction) -> bool) -> Option<usize> {
        self.all(keyword).find(|(_, i)| what(i)).map(|(n, _)| n)
    }

    /// ENV in order, later values winning.
    fn env(&self) -> BTreeMap<String, String> {
        self.all("ENV").flat_map(|(_, i)| env_pairs(&i.args.text())).collect()
    }

    /// The WORKDIR in force before instruction `index`.
    fn workdir_at(&self, index: usize) -> String {
        self.body[..index].iter().filter(|i| i.keyword == "WORKDIR").fold("/".to_owned(), |dir, i| {
            let next = i.args.text();
            if next.starts_with('/') { next } else { format!("{}/{next}", dir.trim_end_matches('/')) }
        })
    }
}

/// Joins `\` continuations, drops comments and blank lines (also inside a continuation, as
/// Docker does), and splits off `--flag=value` options.
fn parse(text: &str) -> Vec<Instruction> {
    let mut joined: Vec<(usize, String)> = Vec::new();
    let mut pending: Option<(usize, String)> = None;
    for (number, line) in text.lines().enumerate().map(|(n, l)| (n + 1, l)) {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let (start, mut buffer) = pending.take().unwrap_or((number, String::new()));
        let end = line.trim_end();
        if let Some(head) = end.strip_suffix('\\') {
            buffer.push_str(head);
            pending = Some((start, buffer));
        } else {
            buffer.push_str(line);
            joined.push((start, buffer));
        }
    }
    joined.extend(pending);
    joined
        .into_iter()
        .map(|(line, text)| {
            let text = text.trim();
            let (keyword, mut rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
            let keyword = keyword.to_ascii_uppercase();
            let mut flags = BTreeMap::new();
            rest = rest.trim_start();
            while let Some(flag) = rest.strip_prefix("--") {
                let (flag, after) = flag.split_once(char::is_whitespace).unwrap_or((flag, ""));
                let (name, value) = flag.split_once('=').unwrap_or((flag, ""));
                flags.insert(name.to_owned(), value.to_owned());
                rest = after.trim_start();
            }
            Instruction { line, keyword, flags, args: Args::from_text(rest.trim()) }
        })
        .collect()
}

fn stages(instructions: Vec<Instruction>) -> Vec<Stage> {
    let mut out: Vec<Stage> = Vec::new();
    for instruction in instructions {
        if instruction.keyword == "FROM" {
            let words = instruction.args.words();
            let name = match words.as_slice() {
                [_, r#as, name] if r#as.eq_ignore_ascii_case("as") => Some(name.clone()),
                _ => None,
            };
            out.push(Stage { image: words[0].clone(), name, body: Vec::new() });
        } else if let Some(stage) = out.last_mut() {
            stage.body.push(instruction);
        }
    }
    out
}

/// `ENV A=1 B="two words"` and the legacy `ENV A value`.
fn env_pairs(text: &str) -> Vec<(String, String)> {
    let mut words = Vec::new();
    let (mut word, mut quote, mut chars) = (String::new(), None, text.chars());
    while let Some(c) = chars.next() {
        match (c, quote) {
            ('\\', _) => word.extend(chars.next()),
            ('"' | '\'', None) => quote = Some(c),
            (c, Some(q)) if c == q => quote = None,
            (c, None) if c.is_whitespace() => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            (c, _) => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    match words.first() {
        Some(first) if !first.contains('=') => vec![(first.clone(), words[1..].join(" "))],
        _ => words.iter().filter_map(|w| w.split_once('=')).map(|(k, v)| (k.to_owned(), v.to_owned())).collect(),
    }
}

fn dockerfile() -> Vec<Stage> {
    let text = std::fs::read_to_string(root().join("Dockerfile")).expect("Dockerfile is readable");
    let stages = stages(parse(&text));
    assert!(
        stages.len() >= 2,
        "the Dockerfile needs a build stage and a runtime stage, found {} stage(s)",
        stages.len()
    );
    stages
}

fn runtime(stages: &[Stage]) -> &Stage {
    stages.last().expect("a stage")
}

/// The stage whose binary the runtime stage copies (`COPY --from=NAME`).
fn build_stage(stages: &[Stage]) -> &Stage {
    let from = runtime(stages)
        .all("COPY")
        .find_map(|(_, i)| i.flags.get("from").cloned())
        .expect("the runtime stage copies the binary with COPY --from=<build stage>");
    stages
        .iter()
        .find(|s| s.name.as_deref() == Some(from.as_str()))
        .unwrap_or_else(|| panic!("COPY --from={from} names no stage declared with `FROM ... AS {from}`"))
}

/// The port of `host:port`.
fn port(listen: &str) -> &str {
    listen.rsplit_once(':').map(|(_, port)| port).unwrap_or(listen)
}

/// `image:tag` or `image@digest` with a tag other than `latest`.
fn pinned(image: &str) -> bool {
    let last = image.rsplit('/').next().unwrap_or(image);
    image.contains('@') || last.split_once(':').is_some_and(|(_, tag)| !tag.is_empty() && tag != "latest")
}

/// Something shaped like a Telegram bot token: digits, a colon, 30 or more token characters.
fn token_shaped(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '_' || c == '-')).any(|word| {
        word.split_once(':')
            .is_some_and(|(id, secret)| id.len() >= 6 && id.chars().all(|c| c.is_ascii_digit()) && secret.len() >= 30)
    })
}

/// The targets Cargo.toml names, as the stub files cargo needs to accept it.
fn manifest_targets() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("Cargo.toml")).expect("Cargo.toml is readable");
    let mut targets = vec!["src/main.rs".to_owned()];
    if root().join("src/lib.rs").exists() {
        targets.push("src/lib.rs".to_owned());
    }
    let mut section = String::new();
    let mut current: BTreeMap<&str, String> = BTreeMap::new();
    let mut flush = |section: &str, current: &mut BTreeMap<&str, String>| {
        let name = current.get("name").cloned().unwrap_or_default();
        match section {
            "[[bench]]" => targets.push(current.remove("path").unwrap_or(format!("benches/{name}.rs"))),
            "[[bin]]" => targets.push(current.remove("path").unwrap_or(format!("src/bin/{name}.rs"))),
            "[lib]" => targets.extend(current.remove("path")),
            _ => {}
        }
        current.clear();
    };
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            flush(&section, &mut current);
            section = line.to_owned();
        } else if let Some((key, value)) = line.split_once('=') {
            let key = match key.trim() {
                "name" => "name",
                "path" => "path",
                _ => continue,
            };
            current.insert(key, value.trim().trim_matches('"').to_owned());
        }
    }
    flush(&section, &mut current);
    targets.sort();
    targets.dedup();
    targets
}

// --- the parser itself ------------------------------------------------------------------------

#[test]
fn parser_joins_continuations_drops_comments_and_reads_both_forms() {
    let text = "# a comment\nFROM rust:1 AS build\nRUN a \\\n    # dropped inside too\n\n    && b\n\
                COPY --from=build --chown=1:1 /x /y\nCMD [\"serve\", \"--x\"]\nENV A=1 B=\"two words\"\nENV C legacy value\n";
    let parsed = parse(text);
    let keywords: Vec<&str> = parsed.iter().map(|i| i.keyword.as_str()).collect();
    assert_eq!(keywords, ["FROM", "RUN", "COPY", "CMD", "ENV", "ENV"]);
    assert_eq!(parsed[1].args, Args::Shell("a     && b".to_owned()));
    assert_eq!(parsed[1].line, 3);
    assert_eq!(parsed[2].flags.get("from").map(String::as_str), Some("build"));
    assert_eq!(parsed[2].args.words(), ["/x", "/y"]);
    assert_eq!(parsed[3].args, Args::Exec(vec!["serve".to_owned(), "--x".to_owned()]));
    assert_eq!(env_pairs(&parsed[4].args.text()), [("A".into(), "1".into()), ("B".into(), "two words".into())]);
    assert_eq!(env_pairs(&parsed[5].args.text()), [("C".into(), "legacy value".into())]);
    let stages = stages(parsed);
    assert_eq!(stages[0].name.as_deref(), Some("build"));
    assert!(token_shaped("TELOXIDE_TOKEN=1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"));
    assert!(!token_shaped("sqlite:///data/nenkin-bot.db postgres://nenkin:${POSTGRES_PASSWORD}@postgres:5432/nenkin"));
    assert!(pinned("rust:1.95-slim-bookworm") && !pinned("debian") && !pinned("debian:latest"));
}

// --- the Dockerfile ---------------------------------------------------------------------------

#[test]
fn dockerfile_stages_are_named_and_images_pinned() {
    let stages = dockerfile();
    for stage in &stages[..stages.len() - 1] {
        assert!(stage.name.is_some(), "build stage FROM {} has no `AS name` for COPY --from to refer to", stage.image);
    }
    let names: Vec<_> = stages.iter().filter_map(|s| s.name.clone()).collect();
    for stage in stages.iter().filter(|s| !names.contains(&s.image)) {
        assert!(pinned(&stage.image), "FROM {} is not pinned to a tag (and `latest` does not count)", stage.image);
    }
    // The build image follows the crate's minimum Rust.
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).expect("Cargo.toml");
    let rust_version = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version"))
        .map(|v| v.trim_start_matches([' ', '=']).trim().trim_matches('"').to_owned())
        .expect("rust-version in Cargo.toml");
    let build = build_stage(&stages);
    assert!(
        build.image.starts_with(&format!("rust:{rust_version}-")),
        "the build stage FROM {} does not match rust-version = \"{rust_version}\" in Cargo.toml",
        build.image
    );
}

#[test]
fn dockerfile_builds_dependencies_in_their_own_cached_layer() {
    let stages = dockerfile();
    let build = build_stage(&stages);
    let copies_manifest = build
        .position("COPY", |i| {
            let words = i.args.words();
            words.iter().any(|w| w == "Cargo.toml") && words.iter().any(|w| w == "Cargo.lock")
        })
        .expect("the build stage does not COPY Cargo.toml and Cargo.lock together");
    let copies_src = build
        .position("COPY", |i| i.args.words().first().is_some_and(|w| w.trim_end_matches('/') == "src"))
        .expect("the build stage does not COPY src");
    let cargo_builds: Vec<usize> = build
        .all("RUN")
        .filter(|(_, i)| i.args.text().contains("cargo build"))
        .map(|(n, i)| {
            let text = i.args.text();
            assert!(
                text.contains("--release") && text.contains("--locked"),
                "Dockerfile:{}: cargo build without --release --locked",
                i.line
            );
            n
        })
        .collect();
    let dependencies = cargo_builds.iter().copied().find(|&n| copies_manifest < n && n < copies_src).expect(
        "no `RUN cargo build` between copying Cargo.toml/Cargo.lock and copying src: dependencies are not cached",
    );
    let stub_run = build.body[dependencies].args.text();
    for target in manifest_targets() {
        assert!(
            stub_run.contains(&target),
            "the dependency layer does not stub {target}, which Cargo.toml names: cargo would reject the manifest"
        );
    }
    let real = cargo_builds.iter().copied().find(|&n| n > copies_src).expect("no `RUN cargo build` after COPY src");
    let real_run = build.body[real].args.text();
    assert!(
        real_run.contains("touch") && real_run.contains("src/main.rs") && real_run.contains("src/lib.rs"),
        "Dockerfile:{}: the real build does not touch src/main.rs and src/lib.rs; COPY keeps old mtimes, so cargo may ship the stub",
        build.body[real].line
    );
    // The runtime stage takes the binary from where cargo put it.
    let binary = format!("{}/target/release/nenkin-bot", build.workdir_at(real).trim_end_matches('/'));
    let runtime = runtime(&stages);
    assert!(
        runtime.all("COPY").any(|(_, i)| i.args.words() == [binary.clone(), "/usr/local/bin/nenkin-bot".to_owned()]),
        "the runtime stage does not COPY {binary} to /usr/local/bin/nenkin-bot (on PATH, where ENTRYPOINT and HEALTHCHECK find it)"
    );
}

#[test]
fn dockerfile_runtime_is_slim_with_ca_certificates_and_no_secrets() {
    let stages = dockerfile();
    let runtime = runtime(&stages);
    assert!(runtime.image.contains("slim"), "the runtime stage FROM {} is not a slim image", runtime.image);
    let apt = runtime
        .all("RUN")
        .map(|(_, i)| i.args.text())
        .find(|t| t.contains("apt-get install"))
        .expect("the runtime stage installs nothing with apt-get: ca-certificates is needed for HTTPS to Telegram");
    for part in ["ca-certificates", "--no-install-recommends", "rm -rf /var/lib/apt/lists"] {
        assert!(apt.contains(part), "the runtime apt-get RUN lacks `{part}`");
    }
    for stage in &stages {
        for (_, i) in stage.all("ENV").chain(stage.all("ARG")) {
            let text = i.args.text();
            for (key, _) in env_pairs(&text) {
                let upper = key.to_ascii_uppercase();
                assert!(
                    !["TOKEN", "SECRET", "PASSWORD"].iter().any(|s| upper.contains(s)),
                    "Dockerfile:{}: {} {key} bakes a secret into the image; it belongs in the run-time environment",
                    i.line,
                    i.keyword
                );
            }
            assert!(!token_shaped(&text), "Dockerfile:{}: a token-shaped value in {}", i.line, i.keyword);
        }
    }
}

#[test]
fn dockerfile_runs_as_a_fixed_non_root_user() {
    let stages = dockerfile();
    let runtime = runtime(&stages);
    let (user_at, user) = runtime.all("USER").last().expect("the runtime stage sets no USER: it would run as root");
    let user = user.args.text();
    let name = user.split(':').next().unwrap_or_default();
    assert!(name != "root" && name != "0", "USER {user} is root");
    let entrypoint = runtime.position("ENTRYPOINT", |_| true).expect("no ENTRYPOINT");
    assert!(user_at < entrypoint, "USER comes after ENTRYPOINT");
    if name.chars().all(|c| c.is_ascii_digit()) {
        assert!(
            runtime.all("RUN").any(|(_, i)| {
                let text = i.args.text();
                text.contains("useradd") && text.contains(&format!("--uid {name}"))
            }),
            "USER {user} is numeric but no `useradd --uid {name}` creates it"
        );
    }
}

#[test]
fn dockerfile_ships_content_and_environment_that_agree() {
    let stages = dockerfile();
    let runtime = runtime(&stages);
    let env = runtime.env();
    let get = |key: &str| env.get(key).cloned().unwrap_or_else(|| panic!("the runtime stage has no ENV {key}"));

    // faq/ and locales/ under NENKIN_CONTENT_DIR.
    let content_dir = get("NENKIN_CONTENT_DIR");
    for folder in ["faq", "locales"] {
        let copied = runtime.all("COPY").filter(|(_, i)| !i.flags.contains_key("from")).any(|(n, i)| {
            let words = i.args.words();
            let dest = words.last().expect("COPY destination").trim_end_matches('/');
            let dest = if dest.starts_with('/') {
                dest.to_owned()
            } else {
                format!("{}/{dest}", runtime.workdir_at(n).trim_end_matches('/'))
            };
            words[..words.len() - 1].iter().any(|w| w.trim_end_matches('/') == folder)
                && dest == format!("{}/{folder}", content_dir.trim_end_matches('/'))
        });
        assert!(copied, "{folder}/ is not copied to {content_dir}/{folder} (NENKIN_CONTENT_DIR)");
    }

    // The SQLite database lives on a VOLUME that the runtime user owns.
    let url = get("NENKIN_DATABASE_URL");
    let path = url.strip_prefix("sqlite://").unwrap_or_else(|| panic!("NENKIN_DATABASE_URL {url} is not sqlite://"));
    let path = path.split('?').next().unwrap_or(path);
    assert!(path.starts_with('/'), "NENKIN_DATABASE_URL {url} is relative: use sqlite:///<volume>/<file>");
    let (volume_at, volume) = runtime
        .all("VOLUME")
        .flat_map(|(n, i)| i.args.words().into_iter().map(move |v| (n, v)))
        .find(|(_, v)| path.starts_with(&format!("{}/", v.trim_end_matches('/'))))
        .unwrap_or_else(|| panic!("no VOLUME holds the database {path}: it would be lost with the container"));
    let chowned = runtime.body[..volume_at].iter().any(|i| {
        let text = i.args.text();
        i.keyword == "RUN" && text.contains("chown") && text.contains(&volume)
    });
    assert!(
        chowned,
        "VOLUME {volume} is not chowned before it is declared: the non-root user could not write the database"
    );

    // EXPOSE the port the HTTP server listens on, on every interface.
    let listen = get("NENKIN_LISTEN");
    assert!(listen.starts_with("0.0.0.0:"), "NENKIN_LISTEN {listen} is not reachable from outside the container");
    let exposed: Vec<String> = runtime.all("EXPOSE").flat_map(|(_, i)| i.args.words()).collect();
    assert!(
        exposed.iter().any(|e| e.trim_end_matches("/tcp") == port(&listen)),
        "EXPOSE {exposed:?} does not include NENKIN_LISTEN's port {}",
        port(&listen)
    );
}

#[test]
fn dockerfile_starts_checks_and_stops_the_bot_directly() {
    let stages = dockerfile();
    let runtime = runtime(&stages);
    let last = |keyword: &str| {
        runtime
            .all(keyword)
            .last()
            .map(|(_, i)| i.clone())
            .unwrap_or_else(|| panic!("the runtime stage has no {keyword}"))
    };
    // Exec form: the bot is PID 1 and receives SIGTERM (a shell form's /bin/sh would swallow it).
    let entrypoint = last("ENTRYPOINT");
    assert_eq!(entrypoint.args, Args::Exec(vec!["nenkin-bot".into()]), "ENTRYPOINT is not [\"nenkin-bot\"]");
    assert_eq!(last("CMD").args, Args::Exec(vec!["serve".into()]), "CMD is not [\"serve\"]");
    if let Some((_, stop)) = runtime.all("STOPSIGNAL").last() {
        assert_eq!(stop.args.text(), "SIGTERM", "STOPSIGNAL is not SIGTERM, which the bot handles");
    }
    // No curl in the slim image: `nenkin-bot health` GETs /healthz on NENKIN_LISTEN.
    let health = last("HEALTHCHECK");
    let command = health.args.text();
    let command = command.strip_prefix("CMD").unwrap_or_else(|| panic!("HEALTHCHECK {command} has no CMD")).trim();
    assert_eq!(
        Args::from_text(command),
        Args::Exec(vec!["nenkin-bot".into(), "health".into()]),
        "HEALTHCHECK does not run [\"nenkin-bot\", \"health\"] (the /healthz probe)"
    );
}

// --- compose.yaml -----------------------------------------------------------------------------

fn compose() -> Value {
    let text = std::fs::read_to_string(root().join("compose.yaml")).expect("compose.yaml is readable");
    assert!(!token_shaped(&text), "compose.yaml holds a literal bot token: use ${{TELOXIDE_TOKEN:?}}");
    serde_yaml::from_str(&text).expect("compose.yaml is valid YAML")
}

/// A service's environment as a map, from either the map or the `KEY=value` list form.
fn environment(service: &Value) -> BTreeMap<String, String> {
    match &service["environment"] {
        Value::Mapping(map) => map
            .iter()
            .map(|(k, v)| {
                let value = match v {
                    Value::String(s) => s.clone(),
                    Value::Null => String::new(),
                    other => serde_yaml::to_string(other).expect("scalar").trim().to_owned(),
                };
                (k.as_str().expect("string key").to_owned(), value)
            })
            .collect(),
        Value::Sequence(items) => items
            .iter()
            .filter_map(Value::as_str)
            .map(|item| item.split_once('=').map_or((item.to_owned(), String::new()), |(k, v)| (k.into(), v.into())))
            .collect(),
        _ => BTreeMap::new(),
    }
}

/// Seconds in a compose duration such as `15s` or `1m30s`.
fn seconds(duration: &str) -> u64 {
    let (mut total, mut number) = (0, 0);
    for c in duration.chars() {
        match c {
            '0'..='9' => number = number * 10 + u64::from(c.to_digit(10).expect("digit")),
            'h' => (total, number) = (total + number * 3600, 0),
            'm' => (total, number) = (total + number * 60, 0),
            's' => (total, number) = (total + number, 0),
            _ => panic!("unexpected duration {duration}"),
        }
    }
    total
}

#[test]
fn compose_runs_postgres_with_a_healthcheck_and_a_named_volume() {
    let compose = compose();
    let postgres = &compose["services"]["postgres"];
    assert!(postgres.is_mapping(), "compose.yaml has no `postgres` service");
    let image = postgres["image"].as_str().expect("the postgres service has no image");
    assert!(image.starts_with("postgres:") && pinned(image), "postgres image {image} is not an official pinned tag");
    let test = serde_yaml::to_string(&postgres["healthcheck"]["test"]).expect("yaml");
    assert!(test.contains("pg_isready"), "the postgres healthcheck does not run pg_isready: {test}");
    let password = environment(postgres).get("POSTGRES_PASSWORD").cloned().unwrap_or_default();
    assert!(password.starts_with("${"), "POSTGRES_PASSWORD is not taken from a variable: `{password}`");
    let volumes = postgres["volumes"].as_sequence().expect("the postgres service has no volumes");
    let named = volumes.iter().filter_map(Value::as_str).filter_map(|v| v.split_once(':')).any(|(source, target)| {
        target.starts_with("/var/lib/postgresql/data") && compose["volumes"].get(source).is_some()
    });
    assert!(named, "postgres keeps its data in no named volume declared under `volumes:`");
}

#[test]
fn compose_runs_several_bot_replicas_on_that_database() {
    let compose = compose();
    let bot = &compose["services"]["bot"];
    assert!(bot.is_mapping(), "compose.yaml has no `bot` service");
    assert!(!bot["build"].is_null(), "the bot service is not built from the Dockerfile");
    for (name, service) in compose["services"].as_mapping().expect("services") {
        if let Some(image) = service["image"].as_str() {
            assert!(pinned(image), "service {name:?}: image {image} is not pinned to a tag");
        }
    }
    let env = environment(bot);

    let url = env.get("NENKIN_DATABASE_URL").expect("the bot has no NENKIN_DATABASE_URL");
    let rest =
        url.strip_prefix("postgres://").unwrap_or_else(|| panic!("NENKIN_DATABASE_URL {url} is not postgres://"));
    let (credentials, location) = rest.rsplit_once('@').expect("NENKIN_DATABASE_URL has user:password@host");
    let host = location.split(['/', ':']).next().unwrap_or_default();
    assert!(compose["services"].get(host).is_some(), "NENKIN_DATABASE_URL points at {host}, which is not a service");
    assert_eq!(host, "postgres", "NENKIN_DATABASE_URL does not point at the postgres service");
    assert!(credentials.contains(":${"), "the database password in NENKIN_DATABASE_URL is a literal, not a variable");
    assert_eq!(
        bot["depends_on"]["postgres"]["condition"].as_str(),
        Some("service_healthy"),
        "the bot does not wait for postgres to be healthy"
    );

    let token = env.get("TELOXIDE_TOKEN").expect("the bot has no TELOXIDE_TOKEN");
    assert!(token.starts_with("${TELOXIDE_TOKEN"), "TELOXIDE_TOKEN is `{token}`, not taken from the environment");

    let replicas = bot["deploy"]["replicas"].as_u64().expect("the bot has no deploy.replicas");
    assert!(replicas > 1, "deploy.replicas is {replicas}: the example runs several bots on one database");
    // Several replicas cannot share one polling token: webhook mode must be required.
    let webhook = env.get("NENKIN_WEBHOOK_URL").cloned().unwrap_or_default();
    assert!(
        webhook.starts_with("${NENKIN_WEBHOOK_URL:?"),
        "NENKIN_WEBHOOK_URL is not required (`${{NENKIN_WEBHOOK_URL:?...}}`)"
    );
    // Nor one fixed host port.
    for port in bot["ports"].as_sequence().into_iter().flatten() {
        let text = port.as_str().map(str::to_owned).unwrap_or_else(|| serde_yaml::to_string(port).expect("yaml"));
        let parts: Vec<&str> = text.split(':').collect();
        if parts.len() >= 2 {
            let host_port = parts[parts.len() - 2];
            assert!(
                host_port.contains('-'),
                "port {text} publishes one host port, which {replicas} replicas cannot share"
            );
        }
    }

    assert_eq!(bot["restart"].as_str(), Some("unless-stopped"), "the bot is not `restart: unless-stopped`");
    let grace = bot["stop_grace_period"].as_str().expect("the bot has no stop_grace_period");
    assert!(seconds(grace) >= 10, "stop_grace_period {grace} is shorter than the bot's ~10 s shutdown");
}
