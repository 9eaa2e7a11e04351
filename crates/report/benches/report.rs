//! Report benchmarks (not timed tests): `cargo bench -p mamori-report`.
//!
//! The full report of the demo company (株式会社ミナト精工, 2026-11-25) in Japanese and English:
//! time per render (model, layout, drawing, font subsetting, serialization) over 20 renders
//! after one warm-up (which also parses the embedded font), the time of that first render, the
//! file size, the page count, and model + layout alone. The summary is measured the same way.
//!
//! Figures and targets: docs/PERFORMANCE.md.

use std::time::{Duration, Instant};

use mamori_core::Locale;
use mamori_i18n::Localizer;
use mamori_report::{Branding, ReportInput, ReportKind, lay_out, render};
use mamori_store::demo_org_data;
use time::macros::date;

const RUNS: usize = 20;

fn main() {
    let data = demo_org_data(date!(2026 - 11 - 25));
    let Ok(l) = Localizer::new() else {
        eprintln!("messages failed to load");
        return;
    };
    let branding = Branding::default();
    for kind in [ReportKind::Full, ReportKind::Summary] {
        for locale in Locale::ALL {
            let input = ReportInput {
                data: &data,
                localizer: &l,
                locale,
                date: date!(2026 - 11 - 25),
                branding: &branding,
            };
            let t0 = Instant::now();
            let first = match render(kind, &input) {
                Ok(pdf) => pdf,
                Err(e) => {
                    eprintln!("render failed: {e}");
                    return;
                }
            };
            let first_ms = ms(t0.elapsed());
            let mut times: Vec<Duration> = (0..RUNS)
                .map(|_| {
                    let t = Instant::now();
                    let _ = render(kind, &input);
                    t.elapsed()
                })
                .collect();
            times.sort();
            // Model and layout alone: the rest is drawing, subsetting and serialization.
            let mut layout_times: Vec<Duration> = (0..RUNS)
                .map(|_| {
                    let t = Instant::now();
                    let _ = lay_out(kind, &input);
                    t.elapsed()
                })
                .collect();
            layout_times.sort();
            println!(
                "{} {}: {} pages, {} bytes ({:.0} KB); first render {:.1} ms; n={RUNS} p50={:.1} ms max={:.1} ms; model+layout p50={:.1} ms",
                kind.as_str(),
                locale.tag(),
                first.pages,
                first.bytes.len(),
                first.bytes.len() as f64 / 1024.0,
                first_ms,
                ms(times[RUNS / 2]),
                ms(times[RUNS - 1]),
                ms(layout_times[RUNS / 2]),
            );
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
