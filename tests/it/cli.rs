//! `nenkin-bot estimate`: the worked examples through the command line, and bad flags.

use serde_json::json;

use crate::helpers::{run, run_json};

#[test]
fn worked_examples_through_the_command_line() {
    let cases: [(&[&str], serde_json::Value); 14] = [
        (
            &["--months", "35", "--final-month", "2025-03", "--standard-remuneration", "250000"],
            json!({"gross": 675_000, "tax_withheld": 137_835, "net": 537_165, "tax_refund_estimate": 137_835, "rate": "2.7"}),
        ),
        (
            &["--months", "36", "--final-month", "2026-03", "--standard-remuneration", "220,000"],
            json!({"gross": 726_000, "tax_withheld": 148_249, "net": 577_751, "tax_refund_estimate": 148_249, "rate": "3.3"}),
        ),
        (
            &["--from", "2023-04-01", "--last-day", "2026-03-30", "--standard-remuneration", "220000"],
            json!({"months_counted": 35, "final_month": "2026-02", "gross": 594_000, "tax_withheld": 121_294, "net": 472_706}),
        ),
        (
            &["--months", "11", "--final-month", "2026-05", "--standard-remuneration", "200000"],
            json!({"rate": "0.5", "gross": 100_000, "tax_withheld": 20_420, "net": 79_580, "tax_refund_estimate": 20_420}),
        ),
        (
            &["--months", "24", "--final-month", "2026-08", "--standard-remuneration", "240000", "--bonuses", "600000"],
            json!({"average_remuneration": 265_000, "rate": "2.2", "gross": 583_000, "tax_withheld": 119_048, "net": 463_952}),
        ),
        (
            &[
                "--months",
                "24",
                "--final-month",
                "2026-08",
                "--standard-remuneration",
                "240000",
                "--bonus",
                "300500",
                "--bonus",
                "300999",
            ],
            json!({"average_remuneration": 265_000, "gross": 583_000}),
        ),
        (
            &["--months", "48", "--final-month", "2026-10", "--salary", "700000"],
            json!({"average_remuneration": 650_000, "rate": "4.4", "gross": 2_860_000, "tax_withheld": 584_012, "net": 2_275_988, "tax_refund_estimate": 551_912}),
        ),
        (
            &["--months", "60", "--final-month", "2026-06", "--standard-remuneration", "300000"],
            json!({"rate": "5.5", "gross": 1_650_000, "tax_withheld": 336_930, "net": 1_313_070, "tax_refund_estimate": 336_930}),
        ),
        (
            &["--months", "96", "--final-month", "2026-09", "--standard-remuneration", "280000"],
            json!({"rate": "5.5", "cap": 60, "gross": 1_540_000, "tax_withheld": 314_468, "net": 1_225_532, "tax_refund_estimate": 314_468}),
        ),
        (
            &["--months", "48", "--final-month", "2021-03", "--standard-remuneration", "250000"],
            json!({"rate": "3.3", "cap": 36, "gross": 825_000, "tax_withheld": 168_465, "net": 656_535}),
        ),
        (
            &["--pension", "national", "--months", "24", "--final-month", "2025-11"],
            json!({"pension": "national", "gross": 210_120, "tax_withheld": 0, "net": 210_120}),
        ),
        (
            &["--pension", "national", "--months", "20", "--half-exempt-months", "12", "--final-month", "2026-07"],
            json!({"pension": "national", "months_counted": 26, "gross": 215_040, "tax_withheld": 0, "net": 215_040}),
        ),
        (
            &["--pension", "national", "--months", "20", "--exempt-months", "12", "--final-month", "2026-07"],
            json!({"months_counted": 20, "gross": 161_280}),
        ),
        (&["--pension", "national", "--months", "6", "--final-month", "2024-12"], json!({"gross": 50_940})),
    ];
    for (args, expected) in cases {
        let got = run_json(args);
        for (field, value) in expected.as_object().expect("object") {
            assert_eq!(&got[field], value, "{field} for {args:?}: {got}");
        }
        assert_eq!(got["eligible"], true);
        assert_eq!(got["warnings"][0], "erases-earlier-coverage");
    }
}

#[test]
fn national_pension_table_through_the_command_line() {
    // The 60+ column of section 3.4 for each fiscal year, and its 6–11 column.
    let rows = [
        ("2019-04", 49_230, 295_380),
        ("2020-04", 49_620, 297_720),
        ("2021-04", 49_830, 498_300),
        ("2022-04", 49_770, 497_700),
        ("2023-04", 49_560, 495_600),
        ("2024-04", 50_940, 509_400),
        ("2025-04", 52_530, 525_300),
        ("2026-04", 53_760, 537_600),
    ];
    for (last_paid, six, sixty) in rows {
        for (months, expected) in [("6", six), ("60", sixty)] {
            let got = run_json(&["--pension", "national", "--months", months, "--final-month", last_paid]);
            assert_eq!(got["gross"], expected, "{months} months to {last_paid}");
        }
    }
}

#[test]
fn json_has_the_stable_fields() {
    let got = run_json(&[
        "--from",
        "2023-04-01",
        "--last-day",
        "2026-03-30",
        "--salary",
        "250000",
        "--departure",
        "2026-04-02",
    ]);
    for field in [
        "eligible",
        "reasons",
        "pension",
        "months_counted",
        "final_month",
        "rate",
        "average_remuneration",
        "gross",
        "tax_withheld",
        "net",
        "tax_refund_estimate",
        "warnings",
        "claim_deadline",
    ] {
        assert!(got.get(field).is_some(), "missing {field}: {got}");
    }
    assert_eq!(got["claim_deadline"], "2028-04-01");
    assert!(got["warnings"].as_array().expect("array").contains(&json!("band-lost-by-leaving-early")));
    assert!(got["gross"].is_u64(), "yen are JSON numbers");
}

#[test]
fn ineligible_estimates_say_why() {
    let got = run_json(&["--months", "5", "--final-month", "2026-03", "--salary", "250000"]);
    assert_eq!(got["eligible"], false);
    assert_eq!(got["reasons"], json!(["fewer-than-6-months"]));
    assert_eq!(got["gross"], 0);
    let got =
        run_json(&["--months", "36", "--final-month", "2023-03", "--salary", "250000", "--departure", "2023-04-01"]);
    assert_eq!(got["reasons"], json!(["claim-period-expired"]));
}

#[test]
fn text_output_is_readable() {
    let (code, out, _) =
        run(&["estimate", "--months", "36", "--final-month", "2026-03", "--standard-remuneration", "220000"]);
    assert_eq!(code, 0);
    assert!(out.contains("726,000 yen"), "{out}");
    assert!(out.contains("estimate"), "{out}");
}

#[test]
fn bad_flags_get_one_line_naming_the_flag_and_exit_2() {
    let cases: [(&[&str], &str); 11] = [
        (&["--months", "abc", "--final-month", "2026-03", "--salary", "1"], "--months"),
        (&["--months", "-3", "--final-month", "2026-03", "--salary", "1"], "--months"),
        (&["--months", "99999999999", "--final-month", "2026-03", "--salary", "1"], "--months"),
        (&["--months", "36", "--final-month", "2026-3", "--salary", "1"], "--final-month"),
        (&["--months", "36", "--salary", "250000"], "--final-month"),
        (&["--months", "36", "--final-month", "2026-03"], "--salary"),
        (&["--months", "36", "--final-month", "2026-03", "--salary", "-5"], "--salary"),
        (&["--months", "36", "--final-month", "2026-03", "--salary", "0"], "--salary"),
        (&["--months", "36", "--final-month", "2026-03", "--salary", "1e9"], "--salary"),
        (&["--from", "2026-03-31", "--last-day", "2026-02-30", "--salary", "250000"], "--last-day"),
        (&["--pension", "national", "--months", "36", "--final-month", "2027-04"], "--final-month"),
    ];
    for (args, flag) in cases {
        let mut full = vec!["estimate"];
        full.extend_from_slice(args);
        let (code, out, err) = run(&full);
        assert_eq!(code, 2, "exit code for {args:?}: {err}");
        assert!(out.is_empty(), "{out}");
        assert_eq!(err.trim_end().lines().count(), 1, "one line for {args:?}: {err}");
        assert!(err.contains(flag), "{args:?} should name {flag}: {err}");
    }
}

#[test]
fn help_lists_the_flags() {
    let (code, out, _) = run(&["estimate", "--help"]);
    assert_eq!(code, 0);
    for flag in ["--pension", "--months", "--from", "--last-day", "--final-month", "--payslip-pension", "--json"] {
        assert!(out.contains(flag), "{flag} missing from help");
    }
}

/// The text a QR code in a PNG file holds, as a phone's camera would read it.
fn scan_png(path: &std::path::Path) -> String {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).expect("png file")));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    assert_eq!(info.color_type, png::ColorType::Grayscale);
    let width = info.width as usize;
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, info.height as usize, |x, y| pixels[y * width + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the image");
    grids[0].decode().expect("decodes").1
}

#[test]
fn link_prints_the_start_link_and_its_qr_code_scans_back_to_it() {
    let dir = std::env::temp_dir().join(format!("nenkin-link-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let png = dir.join("poster.png");
    let svg = dir.join("poster.svg");
    let (code, out, err) = run(&[
        "link",
        "--bot",
        "@nenkin_help_bot",
        "--lang",
        "vi",
        "--entry",
        "ls-documents",
        "--org",
        "OSAKA-DORM-3",
        "--qr",
        png.to_str().expect("path"),
    ]);
    assert_eq!(code, 0, "{err}");
    let url = out.trim();
    assert_eq!(url, "https://t.me/nenkin_help_bot?start=go_l-vi_e-ls-documents_o-OSAKA-DORM-3");
    assert_eq!(scan_png(&png), url);
    let payload = url.split("start=").nth(1).expect("payload");
    let read = nenkin_bot::link::StartLink::parse(payload).expect("the bot reads its own links");
    assert_eq!((read.lang.as_deref(), read.org.as_deref()), (Some("vi"), Some("OSAKA-DORM-3")));

    let (code, out, _) =
        run(&["link", "--bot", "nenkin_help_bot", "--lang", "zh-cn", "--qr", svg.to_str().expect("path")]);
    assert_eq!((code, out.trim()), (0, "https://t.me/nenkin_help_bot?start=zh-CN"));
    let drawing = std::fs::read_to_string(&svg).expect("svg");
    assert!(drawing.contains("<svg") && drawing.contains("</svg>"), "{drawing}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn link_refuses_what_would_not_work_and_says_which_flag() {
    for (args, flag) in [
        (vec!["link", "--bot", "nenkin", "--lang", "vi"], "--bot"),
        (vec!["link", "--bot", "nenkin_help_bot", "--lang", "pt"], "--lang"),
        (vec!["link", "--bot", "nenkin_help_bot", "--entry", "q99"], "--entry"),
        (vec!["link", "--bot", "nenkin_help_bot", "--org", "two words"], "--org"),
        (vec!["link", "--bot", "nenkin_help_bot", "--lang", "vi", "--qr", "poster.jpg"], "--qr"),
    ] {
        let (code, out, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {out}");
        assert!(err.starts_with(&format!("error: {flag}")), "{args:?}: {err}");
    }
}
