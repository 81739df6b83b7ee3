//! Shared set-up: the real rules file, requests in a line, the command line in-process.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use nenkin_bot::content::{self, Content};
use nenkin_bot::estimate::{
    Coverage, EmployeesInput, Estimate, NationalInput, Pay, Request, Rules, Scheme, YearMonth, estimate,
};
use rust_decimal::Decimal;

/// The repository root, which is the content folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The real `faq/rules.yaml`, loaded and validated once.
pub fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| content::load_rules(&root()).expect("faq/rules.yaml loads"))
}

pub fn month(text: &str) -> YearMonth {
    text.parse().expect("valid YYYY-MM")
}

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("valid YYYY-MM-DD")
}

pub fn yen(amount: i64) -> Decimal {
    Decimal::from(amount)
}

/// A day on which no example's claim period has ended.
pub fn today() -> NaiveDate {
    date("2026-11-23")
}

/// An Employees' Pension request from months, final month and pay.
pub fn employees(months: u32, final_month: &str, pay: Pay) -> Request {
    Request {
        coverage: Coverage::Months { months, final_month: month(final_month) },
        scheme: Scheme::Employees(EmployeesInput { pay, standard_bonuses: Decimal::ZERO, before_april_2003: None }),
        departure: None,
    }
}

/// A National Pension request from paid months, last paid month and exemptions.
pub fn national(paid: u32, last_paid: &str, exemptions: NationalInput) -> Request {
    Request {
        coverage: Coverage::Months { months: paid, final_month: month(last_paid) },
        scheme: Scheme::National(exemptions),
        departure: None,
    }
}

/// Runs the estimate on the real rules as of [`today`].
pub fn quote(request: &Request) -> Estimate {
    estimate(rules(), request, today()).expect("valid request")
}

/// The command line run in-process on the real content: exit code, standard output, standard
/// error.
pub fn run(args: &[&str]) -> (u8, String, String) {
    run_in(&root(), args)
}

/// The command line run in-process on the content folder `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut full = vec!["nenkin-bot", "--content-dir", dir.to_str().expect("utf-8 path")];
    full.extend_from_slice(args);
    let code = nenkin_bot::cli::run_from(full, &mut out, &mut err);
    (code, String::from_utf8(out).expect("utf-8"), String::from_utf8(err).expect("utf-8"))
}

/// The real content, loaded and checked once.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| match Content::load(&root()) {
        Ok(content) => content,
        Err(problems) => panic!("the real content has problems: {problems:#?}"),
    })
}

/// A copy of the real `faq/` and `locales/` in a fresh temporary folder, to break on purpose.
pub struct ContentCopy {
    pub dir: PathBuf,
}

impl ContentCopy {
    pub fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("nenkin-bot-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&root().join("faq"), &dir.join("faq"));
        copy_dir(&root().join("locales"), &dir.join("locales"));
        Self { dir }
    }

    /// Replaces `from` by `to` in a file of the copy; the text must be there.
    pub fn replace(&self, file: &str, from: &str, to: &str) {
        let path = self.dir.join(file);
        let text = std::fs::read_to_string(&path).expect("file in the copy");
        assert!(text.contains(from), "{file} has no `{from}`");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    }

    pub fn write(&self, file: &str, text: &str) {
        let path = self.dir.join(file);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
}

impl Drop for ContentCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("copy");
        }
    }
}

/// `estimate --json` with `args`, parsed.
pub fn run_json(args: &[&str]) -> serde_json::Value {
    let mut full = vec!["estimate", "--json", "--today", "2026-11-23"];
    full.extend_from_slice(args);
    let (code, out, err) = run(&full);
    assert_eq!(code, 0, "exit code for {args:?}; stderr: {err}");
    serde_json::from_str(&out).expect("one JSON object")
}

/// A fresh, empty database for one test: a SQLite file, or — when
/// `NENKIN_TEST_DATABASE_URL` names a PostgreSQL server (`scripts/postgres` starts one) — a
/// new schema there, so the same tests run against both engines.
pub async fn database(name: &str) -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let unique = format!("{}_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed), name.replace('-', "_"));
    match std::env::var("NENKIN_TEST_DATABASE_URL") {
        Ok(server) if server.starts_with("postgres") => {
            use sqlx::Connection as _;
            let schema = format!("t_{unique}");
            let mut connection = sqlx::PgConnection::connect(&server).await.expect("the test PostgreSQL server");
            sqlx::raw_sql(&format!("CREATE SCHEMA {schema}")).execute(&mut connection).await.expect("schema");
            let separator = if server.contains('?') { '&' } else { '?' };
            format!("{server}{separator}options=-c%20search_path%3D{schema}")
        }
        _ => {
            let path = std::env::temp_dir().join(format!("nenkin-bot-test-{unique}.db"));
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
            format!("sqlite://{}", path.display())
        }
    }
}
