//! Loading all content at start-up (rules, catalogue, every locale, every check, the search
//! index), building the index alone, one search per script, rendering an answer, and parsing
//! what users type.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use nenkin_bot::content::{self, Content};

fn bench_content(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = Content::load(dir).expect("content loads");
    c.bench_function("content/load_and_check_all", |b| b.iter(|| Content::load(black_box(dir))));
    c.bench_function("search/build_index", |b| {
        b.iter(|| content::search_index(black_box(&content.catalogue), black_box(&content.locales)));
    });
    let queries = [
        ("latin", "how much refund when i go home after 3 years kosei nenkin"),
        ("latin_short", "dattai ichijikin deadline"),
        ("vietnamese", "tiền lương hưu khi về nước"),
        ("han", "脱退一時金の請求期限"),
        ("thai", "เงินบำนาญคืนเมื่อกลับประเทศ"),
        ("burmese", "ပင်စင်ငွေ ဘယ်လိုပြန်ရမလဲ"),
        (
            "burmese_zawgyi",
            "\u{1015}\u{1004}\u{1039}\u{1005}\u{1004}\u{1039}\u{1031}\u{1004}\u{103C} \u{1018}\u{101A}\u{1039}\u{1031}\u{101C}\u{102C}\u{1000}\u{1039}\u{101C}\u{1032}",
        ),
        ("khmer", "ប្រាក់សោធនត្រឡប់មកវិញ"),
        ("devanagari", "पेन्सन फिर्ता कसरी पाउने"),
        ("cyrillic", "тэтгэврийн мөнгө буцааж авах"),
        ("offtopic", "what is the weather in tokyo tomorrow"),
    ];
    for (name, query) in queries {
        c.bench_function(&format!("search/query_{name}"), |b| b.iter(|| content.index().search(black_box(query))));
    }
    for lang in ["en", "my"] {
        let lang: unic_langid::LanguageIdentifier = lang.parse().expect("tag");
        let renderer = nenkin_bot::render::Renderer::new(&content, &lang);
        let id = content.catalogue.get("ls-amount").expect("entry").id.clone();
        let screen = nenkin_bot::dialogue::session::Screen::Answer(id);
        c.bench_function(&format!("render/answer_ls_amount_{lang}"), |b| {
            b.iter(|| renderer.screen(black_box(&screen)))
        });
    }
}

fn bench_input(c: &mut Criterion) {
    use nenkin_bot::dialogue::input;
    c.bench_function("input/yen_grouped", |b| b.iter(|| input::parse_yen(black_box("250,000"))));
    c.bench_function("input/yen_words", |b| b.iter(|| input::parse_yen(black_box("25万円"))));
    c.bench_function("input/yen_burmese_digits", |b| b.iter(|| input::parse_yen(black_box("၂၅၀,၀၀၀"))));
    c.bench_function("input/months_words", |b| b.iter(|| input::parse_months(black_box("3 years 2 months"))));
    c.bench_function("input/months_zawgyi", |b| b.iter(|| input::parse_months(black_box("၃ ႏွစ္"))));
    c.bench_function("input/date", |b| b.iter(|| input::parse_date(black_box("31/03/2026"))));
}

criterion_group!(benches, bench_content, bench_input);
criterion_main!(benches);
