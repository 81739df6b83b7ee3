//! Loading all content at start-up (rules, catalogue, every locale, every check, the search
//! index), building the index alone, and one search per script.

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
        ("offtopic", "what is the weather in tokyo tomorrow"),
    ];
    for (name, query) in queries {
        c.bench_function(&format!("search/query_{name}"), |b| b.iter(|| content.search.search(black_box(query))));
    }
}

criterion_group!(benches, bench_content);
criterion_main!(benches);
