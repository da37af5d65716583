//! The programme report as pages show it: key figures, charts drawn on the
//! server as SVG (plotters' SVG backend, no script), each with its title,
//! a description for screen readers, and the same data as a table beside it.
//! Its words are written when it is built (the SVG carries them), so it is
//! built inside the reader's locale (`i18n::scoped`).

use std::collections::{BTreeMap, HashMap};

use plotters::prelude::*;
use serde::Serialize;

use crate::directory::Sector;
use crate::format::escape_markup;
use crate::i18n::Message;
use crate::meetings::model::{ParticipantStatus, Side};
use crate::meetings::report::{ProgrammeReport, percent};

/// One figure of a chart or table: what, and how many (as shown).
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub label: String,
    pub value: String,
}

/// A bar chart with its data table.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// Unique on the page; names the SVG's title and description.
    pub id: &'static str,
    pub title: String,
    /// What the chart shows, in a sentence (the SVG's description).
    pub description: String,
    /// The SVG markup, drawn here and trusted by the template.
    pub svg: String,
    pub rows: Vec<Figure>,
}

/// The width the charts are drawn at: a 390 px phone shows them whole,
/// and wider screens scale them up (the SVG has a viewBox).
const WIDTH: u32 = 360;
const ROW: u32 = 26;
const LABEL_WIDTH: i32 = 130;
/// Characters of a label that fit beside a bar; the table has it whole.
const LABEL_CHARS: usize = 18;
const INK: RGBColor = RGBColor(31, 42, 90);
const BAR: RGBColor = RGBColor(47, 111, 176);

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A chart's title and its description (the message's `description` attribute).
fn chart_words(id: &'static str) -> (String, String) {
    let title = crate::i18n::text(crate::i18n::current(), id, None).unwrap_or_else(|_| id.to_owned());
    let attribute = format!("{id}.description");
    let description =
        crate::i18n::text(crate::i18n::current(), &attribute, None).unwrap_or_else(|_| String::new());
    (title, description)
}

/// A horizontal bar chart of `rows` (label, count).
pub fn bar_chart(id: &'static str, title: &str, description: &str, rows: &[(String, i64)]) -> Chart {
    let svg = draw(rows).map_or_else(
        // Drawing into a string cannot fail on I/O; should plotters refuse
        // anyway, the table beside the chart still carries every figure.
        |e| {
            tracing::warn!(chart = id, error = %e, "chart not drawn");
            String::new()
        },
        |svg| accessible(&svg, id, title, description),
    );
    Chart {
        id,
        title: title.to_owned(),
        description: description.to_owned(),
        svg,
        rows: rows
            .iter()
            .map(|(label, n)| Figure {
                label: label.clone(),
                value: crate::format::group_thousands(*n),
            })
            .collect(),
    }
}

/// plotters lays text out with a font it has been given (no system fonts
/// are read): the one the catalogues ship. The SVG still names `sans-serif`,
/// so browsers draw the labels in their own.
fn register_chart_font() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if plotters::style::register_font("sans-serif", FontStyle::Normal, crate::print::NOTO_SANS_REGULAR)
            .is_err()
        {
            tracing::warn!("the charts' font could not be read; charts are drawn without labels");
        }
    });
}

fn draw(rows: &[(String, i64)]) -> Result<String, Box<dyn std::error::Error>> {
    register_chart_font();
    let height = ROW * u32::try_from(rows.len().max(1))? + 8;
    let most = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let bar_room = i64::from(WIDTH) - i64::from(LABEL_WIDTH) - 52;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let label_style = ("sans-serif", 13).into_font().color(&INK);
        for (i, (label, n)) in rows.iter().enumerate() {
            let top = 4 + i32::try_from(i)? * i32::try_from(ROW)?;
            let width = i32::try_from(bar_room * n / most)?;
            root.draw(&Text::new(short(label), (4, top + 5), label_style.clone()))?;
            if width > 0 {
                root.draw(&Rectangle::new(
                    [
                        (LABEL_WIDTH, top + 3),
                        (LABEL_WIDTH + width, top + i32::try_from(ROW)? - 5),
                    ],
                    BAR.filled(),
                ))?;
            }
            root.draw(&Text::new(
                crate::format::group_thousands(*n),
                (LABEL_WIDTH + width + 4, top + 5),
                label_style.clone(),
            ))?;
        }
        root.present()?;
    }
    Ok(svg)
}

/// Names the drawing for assistive technology and lets it scale: a role,
/// a title and a description inside, and a viewBox with the width left to CSS.
fn accessible(svg: &str, id: &str, title: &str, description: &str) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg.to_owned();
    };
    let (open, rest) = svg.split_at(open_end);
    let open = open.replacen(
        "<svg ",
        &format!(r#"<svg role="img" aria-labelledby="{id}-title {id}-desc" class="chart__svg" "#),
        1,
    );
    format!(
        r#"{open}><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>{}"#,
        escape_markup(title),
        escape_markup(description),
        &rest[1..]
    )
}

/// The names a report's codes stand for, looked up by the handler.
#[derive(Debug, Default)]
pub struct Names {
    pub countries: HashMap<String, String>,
    /// District code → (district, state).
    pub districts: HashMap<i32, (String, String)>,
}

/// A CSV export offered on the page.
#[derive(Debug, Clone, Serialize)]
pub struct Download {
    /// The export's name (`participants`, `meetings`, `outcomes`), which the page words.
    pub name: &'static str,
    pub path: String,
}

/// `/dashboard/events/{slug}/report` and `/admin/reports`.
#[derive(Debug, Clone, Serialize)]
pub struct ReportPage {
    pub title: String,
    /// The event's own page, for an event's report.
    pub event_slug: Option<String>,
    pub key_figures: Vec<Figure>,
    pub charts: Vec<Chart>,
    /// Tables without a chart: each a heading and its rows.
    pub tables: Vec<Table>,
    pub producers_without_meetings: Vec<String>,
    pub downloads: Vec<Download>,
    /// Admins: every event (title and slug), each linking to its report.
    pub events: Vec<Figure>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub id: &'static str,
    pub title: String,
    pub head: (String, String),
    pub rows: Vec<Figure>,
    /// Said under a table that shows only its first rows.
    pub more: Option<String>,
}

/// A table titled by message `title` with its two columns' messages.
fn table(
    id: &'static str,
    title: &'static str,
    head: (&'static str, &'static str),
    rows: Vec<Figure>,
) -> Table {
    Table {
        id,
        title: words(title),
        head: (words(head.0), words(head.1)),
        rows,
        more: None,
    }
}

/// A table of the first rows of a long list (see [`top`]).
fn top_table(
    id: &'static str,
    title: &'static str,
    head: (&'static str, &'static str),
    rows: Vec<Figure>,
    csv: &'static str,
) -> Table {
    let (rows, more) = top(rows, csv);
    Table {
        more,
        ..table(id, title, head, rows)
    }
}

/// Message `id`, written in the locale being built in.
fn words(id: &'static str) -> String {
    Message::new(id).to_string()
}

/// A share as the page writes it ("25%"), or a dash when there is no whole.
fn share(part: i64, whole: i64) -> String {
    percent(part, whole).map_or_else(
        || "–".to_owned(),
        |percent| {
            Message::new("meetings-report-percent")
                .with("percent", percent)
                .to_string()
        },
    )
}

fn figure(label: impl Into<String>, value: impl Into<String>) -> Figure {
    Figure {
        label: label.into(),
        value: value.into(),
    }
}

/// Sums `rows` by the key `key_of` gives each, largest first.
fn regroup<K>(rows: &[(K, i64)], key_of: impl Fn(&K) -> String) -> Vec<(String, i64)> {
    let mut sums: BTreeMap<String, i64> = BTreeMap::new();
    for (key, n) in rows {
        *sums.entry(key_of(key)).or_insert(0) += n;
    }
    let mut rows: Vec<(String, i64)> = sums.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}

/// The bands producers are counted in by their booked meetings: the first
/// meetings one by one, where a small event's producers are, then wider bands
/// for a large one's (a producer at a big meet may have forty).
const BANDS: [(i64, Option<i64>); 7] = [
    (0, Some(0)),
    (1, Some(1)),
    (2, Some(4)),
    (5, Some(9)),
    (10, Some(19)),
    (20, Some(49)),
    (50, None),
];

/// How many producers had a number of booked meetings in each of [`BANDS`].
fn distribution(per_producer: &[(String, i64)]) -> Vec<(String, i64)> {
    BANDS
        .iter()
        .map(|&(low, high)| {
            let label = match (low, high) {
                (low, Some(high)) if low == high => Message::new("meetings-report-band").with("count", low),
                (low, Some(high)) => Message::new("meetings-report-band-range")
                    .with("low", low)
                    .with("high", high),
                (low, None) => Message::new("meetings-report-band-more").with("low", low),
            }
            .to_string();
            let producers = per_producer
                .iter()
                .filter(|(_, n)| *n >= low && high.is_none_or(|high| *n <= high))
                .count();
            (label, i64::try_from(producers).unwrap_or(i64::MAX))
        })
        .collect()
}

/// Rows a long table shows on the page; the CSV exports hold every one.
const LONGEST_TABLE: usize = 20;

/// The first [`LONGEST_TABLE`] of `rows` (sorted, most first) and, when some
/// are left out, a line saying how many and which export (`csv`) has them all.
fn top(rows: Vec<Figure>, csv: &'static str) -> (Vec<Figure>, Option<String>) {
    let total = rows.len();
    if total <= LONGEST_TABLE {
        return (rows, None);
    }
    let shown = rows.into_iter().take(LONGEST_TABLE).collect();
    let more = Message::new("meetings-report-more")
        .with("shown", LONGEST_TABLE)
        .with("total", total)
        .with("csv", csv);
    (shown, Some(more.to_string()))
}

impl ReportPage {
    /// The page for `report`; `amounts` words a sum of minor units in a currency.
    pub fn new(
        title: String,
        report: &ProgrammeReport,
        names: &Names,
        amounts: impl Fn(i64, &str) -> String,
    ) -> Self {
        let side_total = |side: Side, status: Option<ParticipantStatus>| -> i64 {
            report
                .registrations
                .iter()
                .filter(|(s, st, _)| *s == side && status.is_none_or(|wanted| wanted == *st))
                .map(|(_, _, n)| n)
                .sum()
        };
        let thousands = crate::format::group_thousands;
        let registered = |side: Side| {
            Message::new("meetings-report-registered-value")
                .with("count", side_total(side, None))
                .with("approved", side_total(side, Some(ParticipantStatus::Approved)))
                .to_string()
        };
        let key_figures = vec![
            figure(
                words("meetings-report-producers-registered"),
                registered(Side::Producer),
            ),
            figure(
                words("meetings-report-buyers-registered"),
                registered(Side::Buyer),
            ),
            figure(words("meetings-report-requests"), thousands(report.requests())),
            figure(
                words("meetings-report-acceptance"),
                match report.decided() {
                    0 => words("meetings-report-none-decided"),
                    decided => Message::new("meetings-report-acceptance-value")
                        .with("percent", share(report.ever_accepted, decided))
                        .with("accepted", report.ever_accepted)
                        .with("decided", decided)
                        .to_string(),
                },
            ),
            figure(words("meetings-report-held"), thousands(report.held)),
            figure(
                words("meetings-report-no-shows"),
                match report.held {
                    // A share of nothing reads as a dash in brackets: say the count alone.
                    0 => thousands(report.no_shows),
                    held => Message::new("meetings-report-no-shows-value")
                        .with("count", report.no_shows)
                        .with("percent", share(report.no_shows, held))
                        .to_string(),
                },
            ),
            figure(words("meetings-report-technical"), thousands(report.technical)),
            figure(
                words("meetings-report-without-meeting"),
                thousands(report.producers_without_meetings().count() as i64),
            ),
        ];
        let country = |code: &Option<String>| match code {
            Some(code) => names.countries.get(code).cloned().unwrap_or_else(|| code.clone()),
            None => words("meetings-report-not-given"),
        };
        let sector = |slug: &String| {
            Sector::from_slug(slug)
                .map(|s| s.name().to_owned())
                .unwrap_or_else(|| slug.clone())
        };
        let state = |code: &i32| {
            names
                .districts
                .get(code)
                .map(|(_, state)| state.clone())
                .unwrap_or_else(|| code.to_string())
        };
        let district = |code: &i32| {
            names
                .districts
                .get(code)
                .map(|(district, state)| format!("{district}, {state}"))
                .unwrap_or_else(|| code.to_string())
        };
        let outcome_rows: Vec<(String, i64)> = report
            .outcomes
            .iter()
            .map(|(took_place, result, n)| {
                let label = match result {
                    Some(result) => Message::new("meetings-how-it-went").with("value", result.as_str()),
                    None => Message::new("meetings-took-place").with("value", took_place.as_str()),
                };
                (label.to_string(), *n)
            })
            .collect();
        let follow_ups: Vec<(String, i64)> = report
            .follow_ups
            .iter()
            .map(|(since, n)| {
                let label = Message::new("meetings-since-then").with("value", since.as_str());
                (label.to_string(), *n)
            })
            .collect();
        let chart = |id: &'static str, rows: &[(String, i64)]| {
            let (title, description) = chart_words(id);
            bar_chart(
                id.trim_start_matches("meetings-report-"),
                &title,
                &description,
                rows,
            )
        };
        let charts = vec![
            chart(
                "meetings-report-per-producer",
                &distribution(&report.per_producer),
            ),
            chart(
                "meetings-report-by-country",
                &regroup(&report.by_country, country),
            ),
            chart("meetings-report-by-sector", &regroup(&report.by_sector, sector)),
            chart("meetings-report-by-state", &regroup(&report.by_district, state)),
            chart("meetings-report-outcomes", &outcome_rows),
            chart("meetings-report-follow-ups", &follow_ups),
        ];
        let counted = |rows: Vec<(String, i64)>| -> Vec<Figure> {
            rows.into_iter()
                .map(|(label, n)| figure(label, thousands(n)))
                .collect()
        };
        let money = |rows: &[(String, i64)]| -> Vec<Figure> {
            rows.iter()
                .map(|(code, minor)| figure(code.clone(), amounts(*minor, code)))
                .collect()
        };
        let tables = vec![
            table(
                "registrations",
                "meetings-report-registrations",
                ("meetings-report-side-and-status", "meetings-report-participants"),
                report
                    .registrations
                    .iter()
                    .map(|(side, status, n)| {
                        let side = Message::new("meetings-side").with("side", side.as_str());
                        let status =
                            Message::new("meetings-participant-status").with("status", status.as_str());
                        let label = Message::new("meetings-report-side-status")
                            .with("side", side.to_string())
                            .with("status", status.to_string());
                        figure(label.to_string(), thousands(*n))
                    })
                    .collect(),
            ),
            table(
                "requests",
                "meetings-report-requests-by-status",
                ("meetings-report-status", "meetings-report-requests"),
                report
                    .by_status
                    .iter()
                    .map(|(status, n)| {
                        let label = Message::new("meetings-status").with("status", status.as_str());
                        figure(label.to_string(), thousands(*n))
                    })
                    .collect(),
            ),
            top_table(
                "by-district",
                "meetings-report-by-district",
                ("meetings-report-district", "meetings-report-meetings"),
                counted(regroup(&report.by_district, district)),
                "districts",
            ),
            top_table(
                "producers",
                "meetings-report-each-producer",
                ("meetings-report-producer", "meetings-report-meetings"),
                counted(report.per_producer.clone()),
                "participants",
            ),
            table(
                "expected",
                "meetings-report-expected",
                ("meetings-report-currency", "meetings-report-total"),
                money(&report.expected_values),
            ),
            table(
                "orders",
                "meetings-report-orders",
                ("meetings-report-currency", "meetings-report-total"),
                money(&report.order_values),
            ),
        ];
        Self {
            title,
            event_slug: None,
            key_figures,
            charts,
            tables,
            producers_without_meetings: report.producers_without_meetings().map(str::to_owned).collect(),
            downloads: Vec::new(),
            events: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn producers_fall_in_one_band_each_from_none_to_fifty_or_more() {
        let per_producer: Vec<(String, i64)> = [0, 0, 1, 2, 4, 5, 19, 20, 49, 50, 120]
            .iter()
            .map(|n| (format!("producer with {n}"), *n))
            .collect();
        let bands = distribution(&per_producer);
        let labels: Vec<&str> = bands.iter().map(|(label, _)| label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "0 meetings",
                "1 meeting",
                "2–4 meetings",
                "5–9 meetings",
                "10–19 meetings",
                "20–49 meetings",
                "50 or more"
            ]
        );
        let counts: Vec<i64> = bands.iter().map(|(_, n)| *n).collect();
        assert_eq!(counts, [2, 1, 2, 1, 1, 2, 2]);
        assert_eq!(counts.iter().sum::<i64>(), 11, "every producer counted once");
    }

    #[test]
    fn a_long_table_shows_its_first_rows_and_says_where_the_rest_are() {
        let rows: Vec<Figure> = (0..1_234).map(|n| figure(format!("row {n}"), "1")).collect();
        let (shown, more) = top(rows, "participants");
        assert_eq!(shown.len(), LONGEST_TABLE);
        assert_eq!(shown[0].label, "row 0");
        assert_eq!(
            more.as_deref(),
            Some("The 20 with the most of 1,234; all of them are in each event's participants CSV.")
        );
        let (shown, more) = top(vec![figure("only", "3")], "participants");
        assert_eq!((shown.len(), more), (1, None));
    }

    #[test]
    fn a_chart_is_an_svg_named_for_screen_readers_with_every_figure_in_its_table() {
        let rows = vec![
            ("Germany".to_owned(), 12),
            ("United States of America".to_owned(), 3),
        ];
        let chart = bar_chart(
            "by-country",
            "Meetings by buyer country",
            "Booked meetings <by> country.",
            &rows,
        );
        assert!(
            chart
                .svg
                .starts_with("<svg role=\"img\" aria-labelledby=\"by-country-title by-country-desc\"")
        );
        assert!(
            chart
                .svg
                .contains("<title id=\"by-country-title\">Meetings by buyer country</title>")
        );
        assert!(
            chart.svg.contains("Booked meetings &lt;by&gt; country."),
            "{}",
            chart.svg
        );
        assert!(
            chart.svg.contains("viewBox"),
            "scales to the screen: {}",
            chart.svg
        );
        assert!(
            chart.svg.contains("Germany") && chart.svg.contains("United States of…"),
            "{}",
            chart.svg
        );
        assert_eq!(chart.rows[1].label, "United States of America");
        assert_eq!(chart.rows[0].value, "12");
    }
}
