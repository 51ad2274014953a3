//! The suite's Markdown table and the P2/P4 series for the plot (S1–S4 write their own).

use std::fmt::Write as _;
use std::path::Path;

/// One measured figure next to its baseline.
pub struct Figure {
    id: &'static str,
    what: String,
    value: f64,
    unit: &'static str,
    baseline: Option<f64>,
    target: &'static str,
    /// None: recorded, not judged.
    pass: Option<bool>,
}

impl Figure {
    /// `check` gets value / baseline (or the value when there is no baseline).
    pub fn plain(
        id: &'static str,
        what: &str,
        value: f64,
        unit: &'static str,
        baseline: Option<f64>,
        target: &'static str,
        check: impl Fn(f64) -> bool,
    ) -> Figure {
        let ratio = baseline.map_or(value, |b| value / b);
        Figure { id, what: what.into(), value, unit, baseline, target, pass: Some(check(ratio)) }
    }

    /// A figure shown for the record, without a target.
    pub fn recorded(id: &'static str, what: &str, value: f64, unit: &'static str) -> Figure {
        Figure { id, what: what.into(), value, unit, baseline: None, target: "— (recorded)", pass: None }
    }

    pub fn us(
        id: &'static str,
        what: &str,
        us: f64,
        base: Option<f64>,
        target: &'static str,
        check: impl Fn(f64) -> bool,
    ) -> Figure {
        Figure::plain(id, what, us, "µs", base, target, check)
    }

    /// Seconds in, shown as milliseconds.
    pub fn ms(
        id: &'static str,
        what: &str,
        secs: f64,
        base: Option<f64>,
        target: &'static str,
        check: impl Fn(f64) -> bool,
    ) -> Figure {
        Figure::plain(id, what, secs * 1e3, "ms", base.map(|b| b * 1e3), target, check)
    }
}

#[derive(Default)]
pub struct Report {
    /// Tiny sizes: fixed costs dominate, so results are shown but not judged.
    quick: bool,
    figures: Vec<Figure>,
    /// (figure id, conversations, ours in s, baseline in s)
    series: Vec<(&'static str, usize, f64, f64)>,
    /// Lines under the table.
    notes: Vec<String>,
}

fn num(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

impl Report {
    pub fn new(quick: bool) -> Report {
        Report { quick, ..Report::default() }
    }

    pub fn add(&mut self, f: Figure) {
        println!(
            "{} {}: {} {} (baseline {}) → {}",
            f.id,
            f.what,
            num(f.value),
            f.unit,
            f.baseline.map_or("-".into(), num),
            match (f.pass, self.quick) {
                (None, _) => "recorded",
                (Some(true), _) => "pass",
                (Some(false), true) => "over target at this tiny size (not judged)",
                (Some(false), false) => "MISS",
            }
        );
        self.figures.push(f);
    }

    pub fn note(&mut self, text: &str) {
        println!("{text}");
        self.notes.push(text.into());
    }

    pub fn series(&mut self, id: &'static str, n: usize, ours: f64, base: f64) {
        self.series.push((id, n, ours, base));
    }

    /// Writes `results.md` (or `results-quick.md`) and the P2/P4 series as CSV into `dir`.
    pub fn write(&self, dir: &Path, quick: bool) {
        let suffix = if quick { "-quick" } else { "" };
        std::fs::write(dir.join(format!("results{suffix}.md")), self.table()).unwrap();
        std::fs::write(dir.join(format!("results{suffix}.csv")), self.csv()).unwrap();
    }

    /// Writes the table alone as `<name>.md` into `dir`.
    #[allow(dead_code)]
    pub fn write_named(&self, dir: &Path, name: &str) {
        std::fs::write(dir.join(format!("{name}.md")), self.table()).unwrap();
    }

    /// The figures as a Markdown table, with the notes under it.
    fn table(&self) -> String {
        let mut md =
            String::from("| id | measure | timconv | baseline (same run) | ratio | target | result |\n");
        md.push_str("|---|---|---|---|---|---|---|\n");
        for f in &self.figures {
            let (base, ratio) = match f.baseline {
                Some(b) => (format!("{} {}", num(b), f.unit), format!("{:.2}×", f.value / b)),
                None => ("—".into(), "—".into()),
            };
            let _ = writeln!(
                md,
                "| {} | {} | {} {} | {} | {} | {} | {} |",
                f.id,
                f.what,
                num(f.value),
                f.unit,
                base,
                ratio,
                f.target,
                match f.pass {
                    None => "—",
                    Some(true) => "pass",
                    Some(false) => "**miss**",
                }
            );
        }
        for note in &self.notes {
            let _ = write!(md, "\n{note}\n");
        }
        md
    }

    /// The P2/P4 series as CSV.
    fn csv(&self) -> String {
        let mut csv = String::from("figure,conversations,timconv_ms,baseline_ms\n");
        for (id, n, ours, base) in &self.series {
            let _ = writeln!(csv, "{id},{n},{:.3},{:.3}", ours * 1e3, base * 1e3);
        }
        csv
    }
}
