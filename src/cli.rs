//! The command line (`nenkin-bot --help`): parses flags, calls the core, prints the result.
//! Bad flags end with one line naming the flag and what was expected, and exit code 2.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use rust_decimal::Decimal;
use serde_json::{Value, json};

use crate::content::{self, Content};
use crate::estimate::{
    self, Coverage, EmployeesInput, Estimate, InputError, NationalInput, Pay, Pension, Request, Scheme, YearMonth,
};

/// Explains the Japanese public pension to foreign workers and estimates their Lump-Sum
/// Withdrawal Payment (脱退一時金).
#[derive(Debug, Parser)]
#[command(name = "nenkin-bot", version, about)]
pub struct Cli {
    /// The folder holding faq/ and locales/ (default: the current folder, then the binary's).
    #[arg(long, env = "NENKIN_CONTENT_DIR", global = true, value_name = "DIR")]
    pub content_dir: Option<PathBuf>,

    /// What to do (default: serve).
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the Telegram bot (long polling, or a webhook when NENKIN_WEBHOOK_URL is set); needs
    /// TELOXIDE_TOKEN.
    Serve,
    /// Exit 0 if the bot's /healthz at NENKIN_LISTEN answers (for container health checks).
    Health,
    /// Compute one lump-sum estimate from flags.
    Estimate(EstimateArgs),
    /// Rank FAQ entries for a question typed as a user would.
    Search(SearchArgs),
    /// Validate faq/ and locales/; list every problem and exit 1 if there is any.
    Check,
    /// The bot's conversation in this terminal, no Telegram needed.
    Chat(ChatArgs),
    /// Print a t.me start link (language, entry, organisation) and write it as a QR code, for
    /// posters in dormitories and training centres. No network needed.
    Link(LinkArgs),
}

#[derive(Debug, Args)]
pub struct LinkArgs {
    /// The bot's @username.
    #[arg(long, env = "NENKIN_BOT_USERNAME", value_name = "USERNAME")]
    pub bot: String,

    /// The language the bot starts in (a code such as vi, id, zh-CN).
    #[arg(long)]
    pub lang: Option<String>,

    /// The FAQ entry the bot opens (e.g. ls-documents).
    #[arg(long)]
    pub entry: Option<String>,

    /// An organisation code counted in /stats (1–16 letters, digits or -).
    #[arg(long, value_name = "CODE")]
    pub org: Option<String>,

    /// Also write the link as a QR code: FILE.png or FILE.svg.
    #[arg(long, value_name = "FILE")]
    pub qr: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ChatArgs {
    /// The language to talk in (a code such as en, vi, id, zh-hans).
    #[arg(long, default_value = "en")]
    pub lang: String,

    /// Today's date for deadlines (YYYY-MM-DD; default: the system date).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The user's language (a Telegram language code such as vi, id, zh-hans); questions are
    /// shown in it. The search itself covers every language.
    #[arg(long, default_value = "en")]
    pub lang: String,

    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,

    /// The question.
    #[arg(required = true, num_args = 1.., value_name = "QUESTION")]
    pub question: Vec<String>,
}

/// Which pension the estimate is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PensionArg {
    Employees,
    National,
}

#[derive(Debug, Args)]
#[command(allow_negative_numbers = true)]
pub struct EstimateArgs {
    /// Which pension: Employees' Pension (kosei nenkin) or National Pension (kokumin nenkin).
    #[arg(long, value_enum, default_value = "employees")]
    pub pension: PensionArg,

    /// Months of coverage (National Pension: fully paid months); needs --final-month.
    #[arg(long, value_name = "N", value_parser = parse_months, conflicts_with_all = ["from", "last_day"])]
    pub months: Option<u32>,

    /// The first day of work (YYYY-MM-DD); needs --last-day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date, requires = "last_day")]
    pub from: Option<NaiveDate>,

    /// The last working day (YYYY-MM-DD); needs --from.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date, requires = "from")]
    pub last_day: Option<NaiveDate>,

    /// The final insured month, or for the National Pension the last paid month (YYYY-MM).
    #[arg(long, value_name = "YYYY-MM", value_parser = parse_month, conflicts_with = "last_day")]
    pub final_month: Option<YearMonth>,

    /// Monthly pay in yen (base pay with allowances and overtime).
    #[arg(long, value_name = "YEN", value_parser = parse_yen, group = "pay")]
    pub salary: Option<Decimal>,

    /// The standard monthly remuneration in yen (標準報酬月額), if known.
    #[arg(long, value_name = "YEN", value_parser = parse_yen, group = "pay")]
    pub standard_remuneration: Option<Decimal>,

    /// The Employees' Pension premium on a payslip in yen (厚生年金保険料).
    #[arg(long, value_name = "YEN", value_parser = parse_yen, group = "pay")]
    pub payslip_pension: Option<Decimal>,

    /// The sum of all standard bonuses over the period in yen.
    #[arg(long, value_name = "YEN", value_parser = parse_yen)]
    pub bonuses: Option<Decimal>,

    /// One bonus payment as paid, in yen; repeat for each (rounded and capped per payment).
    #[arg(long, value_name = "YEN", value_parser = parse_yen)]
    pub bonus: Vec<Decimal>,

    /// National Pension months with a quarter exemption (three quarters paid).
    #[arg(long, value_name = "N", value_parser = parse_months)]
    pub quarter_exempt_months: Option<u32>,

    /// National Pension months with a half exemption.
    #[arg(long, value_name = "N", value_parser = parse_months)]
    pub half_exempt_months: Option<u32>,

    /// National Pension months with a three-quarter exemption (a quarter paid).
    #[arg(long, value_name = "N", value_parser = parse_months)]
    pub three_quarter_exempt_months: Option<u32>,

    /// National Pension months fully exempt or student-deferred.
    #[arg(long, value_name = "N", value_parser = parse_months)]
    pub exempt_months: Option<u32>,

    /// The day you left (or will leave) Japan (YYYY-MM-DD): gives the claim deadline.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub departure: Option<NaiveDate>,

    /// Today's date for the deadline check (YYYY-MM-DD; default: the system date).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,

    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// A flag error: the flag and what was expected.
struct FlagError {
    flag: &'static str,
    message: String,
}

impl FlagError {
    fn new(flag: &'static str, message: impl Into<String>) -> Self {
        Self { flag, message: message.into() }
    }
}

/// Parses the process arguments and runs the command.
pub fn run() -> ExitCode {
    // Not locked: while the bot serves, every thread's logs go to stderr.
    let code = run_from(std::env::args_os(), &mut std::io::stdout(), &mut std::io::stderr());
    ExitCode::from(code)
}

/// Runs the command line `args` (program name first), writing to `out` and `err`; returns the
/// exit code: 0 success, 1 failure (e.g. broken content), 2 bad flags or values.
pub fn run_from<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => return clap_exit(&error, out, err),
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => run_serve(cli.content_dir),
        Command::Health => run_health(out),
        Command::Estimate(args) => run_estimate(cli.content_dir, &args, out),
        Command::Search(args) => run_search(cli.content_dir, &args, out),
        Command::Check => run_check(cli.content_dir, out),
        Command::Chat(args) => run_chat(cli.content_dir, &args, out),
        Command::Link(args) => run_link(cli.content_dir, &args, out),
    };
    match result {
        Ok(()) => 0,
        Err(Failure::Usage(error)) => {
            let _ = writeln!(err, "error: {}: {}", error.flag, error.message);
            2
        }
        Err(Failure::Config(problems)) => {
            for problem in problems {
                let _ = writeln!(err, "error: {problem}");
            }
            2
        }
        Err(Failure::Other(error)) => {
            let _ = writeln!(err, "error: {error:#}");
            1
        }
    }
}

/// Why a command failed.
enum Failure {
    /// Configuration the user must set (one line per problem, exit code 2).
    Config(Vec<String>),
    /// A flag or value the user can fix.
    Usage(FlagError),
    /// Anything else: content missing or broken, output closed.
    Other(anyhow::Error),
}

/// Prints help and version as clap does; any other error as one line, exit code 2.
fn clap_exit(error: &clap::Error, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    use clap::error::ErrorKind;
    if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = write!(out, "{}", error.render());
        return 0;
    }
    let rendered = error.render().to_string();
    let first = rendered.lines().find(|l| !l.trim().is_empty()).unwrap_or("error: invalid arguments");
    let _ = writeln!(err, "{first}");
    2
}

fn run_estimate(content_dir: Option<PathBuf>, args: &EstimateArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let request = request_from(args).map_err(Failure::Usage)?;
    let rules =
        content::locate(content_dir.as_deref()).and_then(|dir| content::load_rules(&dir)).map_err(Failure::Other)?;
    let today = args.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    // Individual bonus payments become standard bonuses with the rules' rounding and cap.
    let request = add_bonus_payments(request, &rules, &args.bonus);
    let result = estimate::estimate(&rules, &request, today).map_err(|e| Failure::Usage(flag_of(&e, args)))?;
    let written =
        if args.json { writeln!(out, "{}", estimate_json(&result)) } else { write!(out, "{}", estimate_text(&result)) };
    written.map_err(|e| Failure::Other(e.into()))
}

/// Loads the content folder, or fails listing every problem.
fn load_content(content_dir: Option<PathBuf>) -> Result<Content, Failure> {
    let dir = content::locate(content_dir.as_deref()).map_err(Failure::Other)?;
    // The search index is built when first needed (not at all by most commands).
    Content::load_unindexed(&dir).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        Failure::Other(anyhow::anyhow!("the content has {} problem(s):\n{}", problems.len(), list.join("\n")))
    })
}

fn run_serve(content_dir: Option<PathBuf>) -> Result<(), Failure> {
    let config = crate::config::Config::from_env(content_dir)
        .map_err(|problems| Failure::Config(problems.iter().map(ToString::to_string).collect()))?;
    crate::telemetry::init();
    if let Some(webhook) = config.webhook.as_ref().filter(|w| w.generated) {
        tracing::warn!(
            url = %webhook.url,
            "NENKIN_WEBHOOK_SECRET is not set: this process made one up; set one shared secret before running several replicas"
        );
    }
    let dir = content::locate(config.content_dir.as_deref()).map_err(Failure::Other)?;
    let content = load_content(Some(dir.clone()))?;
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| Failure::Other(e.into()))?;
    runtime.block_on(crate::bot::serve(config, content, dir)).map_err(Failure::Other)
}

/// GETs `/healthz` on NENKIN_LISTEN (0.0.0.0 read as this host) within 3 seconds.
fn run_health(out: &mut dyn Write) -> Result<(), Failure> {
    use std::io::Read as _;
    let listen = std::env::var("NENKIN_LISTEN").unwrap_or_else(|_| crate::config::DEFAULT_LISTEN.to_owned());
    let mut address: std::net::SocketAddr =
        listen.parse().map_err(|_| Failure::Config(vec![format!("NENKIN_LISTEN is not an address: {listen}")]))?;
    if address.ip().is_unspecified() {
        address.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
    }
    let timeout = std::time::Duration::from_secs(3);
    let unhealthy = |e: std::io::Error| Failure::Other(anyhow::anyhow!("no answer from {address}/healthz: {e}"));
    let mut stream = std::net::TcpStream::connect_timeout(&address, timeout).map_err(unhealthy)?;
    stream.set_read_timeout(Some(timeout)).map_err(unhealthy)?;
    write!(stream, "GET /healthz HTTP/1.0\r\nHost: {address}\r\n\r\n").map_err(unhealthy)?;
    let mut answer = String::new();
    stream.take(4096).read_to_string(&mut answer).map_err(unhealthy)?;
    let status = answer.lines().next().unwrap_or_default();
    if status.split_whitespace().nth(1) == Some("200") {
        writeln!(out, "healthy").map_err(|e| Failure::Other(e.into()))
    } else {
        Err(Failure::Other(anyhow::anyhow!("{address}/healthz answered `{status}`")))
    }
}

fn run_chat(content_dir: Option<PathBuf>, args: &ChatArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let content = load_content(content_dir)?;
    let lang = content.locales.negotiate(Some(&args.lang)).clone();
    let today = args.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut input = std::io::stdin().lock();
    crate::chat::run(&content, &lang, today, &mut input, out).map_err(|e| Failure::Other(e.into()))
}

fn run_check(content_dir: Option<PathBuf>, out: &mut dyn Write) -> Result<(), Failure> {
    let content = load_content(content_dir)?;
    let langs: Vec<String> = content.locales.langs().map(ToString::to_string).collect();
    writeln!(
        out,
        "ok: {} entries in {} sections, locales {}, rules reviewed {}",
        content.catalogue.entries().len(),
        content.catalogue.sections().len(),
        langs.join(" "),
        content.rules.reviewed
    )
    .map_err(|e| Failure::Other(e.into()))
}

fn run_search(content_dir: Option<PathBuf>, args: &SearchArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let content = load_content(content_dir)?;
    let lang = content.locales.negotiate(Some(&args.lang)).clone();
    let query = args.question.join(" ");
    let ranking = content.index().search(&query);
    let written = if args.json {
        let results: Vec<Value> = ranking
            .hits
            .iter()
            .map(|hit| json!({"id": hit.id.as_str(), "score": (hit.score * 100.0).round() / 100.0}))
            .collect();
        writeln!(out, "{}", json!({"lang": lang.to_string(), "confident": ranking.confident, "results": results}))
    } else {
        let mut text = format!("confident: {}\n", if ranking.confident { "yes" } else { "no" });
        for (i, hit) in ranking.hits.iter().enumerate() {
            let question = content.locales.text(&lang, &format!("faq-{}-question", hit.id), None);
            text.push_str(&format!("{}. {:<20} {:>6.2}  {question}\n", i + 1, hit.id.as_str(), hit.score));
        }
        if ranking.hits.is_empty() {
            text.push_str("no entry matches\n");
        }
        write!(out, "{text}")
    };
    written.map_err(|e| Failure::Other(e.into()))
}

fn run_link(content_dir: Option<PathBuf>, args: &LinkArgs, out: &mut dyn Write) -> Result<(), Failure> {
    let content = load_content(content_dir)?;
    let lang = match args.lang.as_deref() {
        Some(lang) => {
            let known = content.locales.exact(lang);
            let names: Vec<String> = content.locales.langs().map(ToString::to_string).collect();
            let known = known.ok_or_else(|| {
                Failure::Usage(FlagError::new("--lang", format!("no locale `{lang}` (one of {})", names.join(", "))))
            })?;
            Some(known.to_string())
        }
        None => None,
    };
    let entry = match args.entry.as_deref() {
        Some(entry) => {
            let id = crate::faq::FaqId::parse(entry).map_err(|e| Failure::Usage(FlagError::new("--entry", e)))?;
            if content.catalogue.get(id.as_str()).is_none() {
                return Err(Failure::Usage(FlagError::new("--entry", format!("no entry `{entry}` in faq/"))));
            }
            Some(id)
        }
        None => None,
    };
    let link = crate::link::StartLink { lang, entry, org: args.org.clone() };
    let url = link.url(&args.bot).map_err(|error| {
        let flag = match error {
            crate::link::LinkError::Bot(_) => "--bot",
            crate::link::LinkError::Lang(_) => "--lang",
            crate::link::LinkError::Org(_) | crate::link::LinkError::TooLong(_) => "--org",
        };
        Failure::Usage(FlagError::new(flag, error.to_string()))
    })?;
    if let Some(path) = &args.qr {
        crate::qr::write(&url, path).map_err(|error| match error {
            crate::qr::QrError::Format => {
                Failure::Usage(FlagError::new("--qr", "the file must end in .png or .svg".to_owned()))
            }
            crate::qr::QrError::Other(error) => Failure::Other(error),
        })?;
    }
    writeln!(out, "{url}").map_err(|e| Failure::Other(e.into()))
}

fn request_from(args: &EstimateArgs) -> Result<Request, FlagError> {
    let coverage = match (args.months, args.from, args.last_day) {
        (Some(months), None, None) => {
            let final_month = args.final_month.ok_or_else(|| {
                FlagError::new("--final-month", "required with --months (expected YYYY-MM, e.g. 2026-03)")
            })?;
            Coverage::Months { months, final_month }
        }
        (None, Some(first_day), Some(last_day)) => Coverage::Dates { first_day, last_day },
        _ => {
            return Err(FlagError::new(
                "--months",
                "give --months N with --final-month YYYY-MM, or --from YYYY-MM-DD with --last-day YYYY-MM-DD",
            ));
        }
    };
    let scheme = match args.pension {
        PensionArg::Employees => {
            for (flag, given) in [
                ("--quarter-exempt-months", args.quarter_exempt_months.is_some()),
                ("--half-exempt-months", args.half_exempt_months.is_some()),
                ("--three-quarter-exempt-months", args.three_quarter_exempt_months.is_some()),
                ("--exempt-months", args.exempt_months.is_some()),
            ] {
                if given {
                    return Err(FlagError::new(flag, "only for --pension national"));
                }
            }
            let pay = match (args.salary, args.standard_remuneration, args.payslip_pension) {
                (Some(salary), None, None) => Pay::MonthlySalary(salary),
                (None, Some(standard), None) => Pay::StandardRemuneration(standard),
                (None, None, Some(premium)) => Pay::PayslipPremium(premium),
                _ => {
                    return Err(FlagError::new(
                        "--salary",
                        "give one of --salary, --standard-remuneration or --payslip-pension in yen, e.g. --salary 250000",
                    ));
                }
            };
            Scheme::Employees(EmployeesInput {
                pay,
                standard_bonuses: args.bonuses.unwrap_or(Decimal::ZERO),
                before_april_2003: None,
            })
        }
        PensionArg::National => {
            for (flag, given) in [
                ("--salary", args.salary.is_some()),
                ("--standard-remuneration", args.standard_remuneration.is_some()),
                ("--payslip-pension", args.payslip_pension.is_some()),
                ("--bonuses", args.bonuses.is_some()),
                ("--bonus", !args.bonus.is_empty()),
            ] {
                if given {
                    return Err(FlagError::new(flag, "only for --pension employees"));
                }
            }
            Scheme::National(NationalInput {
                quarter_exempt_months: args.quarter_exempt_months.unwrap_or(0),
                half_exempt_months: args.half_exempt_months.unwrap_or(0),
                three_quarter_exempt_months: args.three_quarter_exempt_months.unwrap_or(0),
                fully_exempt_months: args.exempt_months.unwrap_or(0),
            })
        }
    };
    Ok(Request { coverage, scheme, departure: args.departure })
}

fn add_bonus_payments(mut request: Request, rules: &estimate::Rules, payments: &[Decimal]) -> Request {
    if let Scheme::Employees(input) = &mut request.scheme {
        for &paid in payments {
            input.standard_bonuses += estimate::standard_bonus(rules, paid);
        }
    }
    request
}

/// Names the flag an estimate error is about.
fn flag_of(error: &InputError, args: &EstimateArgs) -> FlagError {
    let pay_flag = if args.standard_remuneration.is_some() {
        "--standard-remuneration"
    } else if args.payslip_pension.is_some() {
        "--payslip-pension"
    } else {
        "--salary"
    };
    let coverage_flag = if args.months.is_some() { "--months" } else { "--from" };
    let month_flag = if args.final_month.is_some() { "--final-month" } else { "--last-day" };
    let flag = match error {
        InputError::TooManyMonths => coverage_flag,
        InputError::LastDayBeforeFirstDay => "--last-day",
        InputError::AmountNotPositive | InputError::AmountTooLarge => pay_flag,
        InputError::BonusesOutOfRange => "--bonuses",
        InputError::EarlierMonthsExceedCoverage => coverage_flag,
        InputError::NoPremiumRate(_)
        | InputError::NoNationalPremium(_)
        | InputError::NoCap(_)
        | InputError::NoGradeTable(_) => month_flag,
    };
    FlagError::new(flag, error.to_string())
}

fn parse_months(text: &str) -> Result<u32, String> {
    let expected = || format!("expected a whole number of months from 0 to {}, e.g. 36", estimate::MAX_MONTHS);
    let months: u32 = text.trim().parse().map_err(|_| expected())?;
    if months > estimate::MAX_MONTHS {
        return Err(expected());
    }
    Ok(months)
}

fn parse_yen(text: &str) -> Result<Decimal, String> {
    let expected = || "expected a whole number of yen, e.g. 250000 or 250,000".to_owned();
    let digits: String = text.trim().chars().filter(|c| !matches!(c, ',' | '_')).collect();
    if digits.is_empty() || digits.len() > 15 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(expected());
    }
    digits.parse().map_err(|_| expected())
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| "expected a date as YYYY-MM-DD, e.g. 2026-03-31".to_owned())
}

fn parse_month(text: &str) -> Result<YearMonth, String> {
    text.parse().map_err(|_| "expected a month as YYYY-MM, e.g. 2026-03".to_owned())
}

/// The stable JSON interface of `estimate --json`.
pub fn estimate_json(estimate: &Estimate) -> Value {
    let mut object = json!({
        "eligible": estimate.eligible,
        "reasons": estimate.reasons.iter().map(|r| r.code()).collect::<Vec<_>>(),
        "pension": match estimate.pension { Pension::Employees => "employees", Pension::National => "national" },
        "months_counted": decimal_number(estimate.months_counted),
        "months_insured": estimate.months_insured,
        "band": estimate.band,
        "cap": estimate.cap,
        "final_month": estimate.final_month.to_string(),
        "gross": decimal_number(estimate.gross),
        "tax_withheld": decimal_number(estimate.tax_withheld),
        "net": decimal_number(estimate.net),
        "tax_refund_estimate": decimal_number(estimate.tax_refund_estimate),
        "warnings": estimate.warnings.iter().map(|w| w.code()).collect::<Vec<_>>(),
    });
    let fields = [
        ("rate", estimate.rate.map(|r| Value::String(r.to_string()))),
        ("premium_rate", estimate.premium_rate.map(|r| Value::String(r.normalize().to_string()))),
        (
            "average_remuneration",
            estimate.average_remuneration.map(|a| decimal_number(estimate::money::round_benefit(a))),
        ),
        ("monthly_premium", estimate.monthly_premium.map(decimal_number)),
        ("claim_deadline", estimate.claim_deadline.map(|d| Value::String(d.to_string()))),
    ];
    if let Value::Object(map) = &mut object {
        for (name, value) in fields {
            if let Some(value) = value {
                map.insert(name.to_owned(), value);
            }
        }
    }
    object
}

/// A decimal as a JSON number, exactly as written (whole yen stay integers).
fn decimal_number(value: Decimal) -> Value {
    let text = value.normalize().to_string();
    text.parse::<serde_json::Number>().map_or(Value::String(text), Value::Number)
}

/// A readable summary for a terminal (operators and developers; users see translated text).
fn estimate_text(estimate: &Estimate) -> String {
    let mut lines = Vec::new();
    let title = match estimate.pension {
        Pension::Employees => "Employees' Pension lump sum (estimate)",
        Pension::National => "National Pension lump sum (estimate)",
    };
    lines.push(title.to_owned());
    lines.push(format!("  eligible:             {}", if estimate.eligible { "yes" } else { "no" }));
    for reason in &estimate.reasons {
        lines.push(format!("  reason:               {}", reason.code()));
    }
    lines.push(format!(
        "  months counted:       {} (band {}, cap {})",
        estimate.months_counted.normalize(),
        estimate.band,
        estimate.cap
    ));
    lines.push(format!("  final month:          {}", estimate.final_month));
    if let Some(average) = estimate.average_remuneration {
        lines.push(format!("  average remuneration: {} yen", yen(estimate::money::round_benefit(average))));
    }
    if let (Some(rate), Some(premium_rate)) = (estimate.rate, estimate.premium_rate) {
        lines.push(format!(
            "  payment rate:         {rate} (premium rate {}% × ½ × {})",
            (premium_rate * Decimal::ONE_HUNDRED).normalize(),
            estimate.band
        ));
    }
    if let Some(premium) = estimate.monthly_premium {
        lines.push(format!("  monthly premium:      {} yen × ½ × {}", yen(premium), estimate.band));
    }
    lines.push(format!("  gross:                {} yen", yen(estimate.gross)));
    lines.push(format!("  tax withheld:         {} yen", yen(estimate.tax_withheld)));
    lines.push(format!("  paid out:             {} yen", yen(estimate.net)));
    lines.push(format!("  tax refund estimate:  {} yen", yen(estimate.tax_refund_estimate)));
    if let Some(deadline) = estimate.claim_deadline {
        lines.push(format!("  claim deadline:       {deadline}"));
    }
    for warning in &estimate.warnings {
        lines.push(format!("  warning:              {}", warning.code()));
    }
    lines.push("Only an estimate: the Japan Pension Service decides the amount.".to_owned());
    lines.join("\n") + "\n"
}

/// Whole yen with thousands separators, e.g. 1,650,000.
fn yen(amount: Decimal) -> String {
    crate::render::group_thousands(amount, ",")
}
