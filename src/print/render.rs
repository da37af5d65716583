//! Lays a [`CatalogueSource`] out on A4 pages with krilla: a cover, the
//! contents, then a page per product (photo, key facts, QR code, the
//! curator's note, the district's ODOP story, how to reach the producer).
//! Every page carries "Page N of M" and the day the catalogue was made.
//!
//! The layout is written from the start edge of the lines: in a
//! right-to-left catalogue (Arabic) the pen mirrors every position, so
//! text, boxes, photos and QR codes sit where an Arabic reader looks first.

use krilla::Document;
use krilla::action::LinkAction;
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use url::Url;

use super::qr;
use super::source::{CatalogueKind, CatalogueSource, Entry, MAX_PRODUCTS, Photo};
use super::text::{Fonts, Weight};
use crate::format::group_thousands;
use crate::i18n::{self, Direction, Locale, Message};
use crate::media::{self, Format, ImageHash, MediaKey, MediaStore};

const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 48.0;
const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// Where the flow of a page stops: the footer sits below.
const FLOW_BOTTOM: f32 = PAGE_HEIGHT - 64.0;
const FOOTER_BASELINE: f32 = PAGE_HEIGHT - 30.0;

/// The widest stored variant a page prints: a photo spans at most 500 pt
/// (7 inches), so 800 px is about 115 dpi, sharp on paper at arm's length,
/// at a quarter of the bytes of the 1600 px variant.
const PRINT_PHOTO_WIDTH: u32 = 800;
const PHOTO_MAX_HEIGHT: f32 = 240.0;
const QR_SIZE: f32 = 92.0;

/// The site's colours (docs: UI.md), as RGB.
const INDIGO: (u8, u8, u8) = (0x1f, 0x2a, 0x5a);
const MADDER: (u8, u8, u8) = (0xb2, 0x3a, 0x2e);
const TURMERIC: (u8, u8, u8) = (0xe0, 0xa5, 0x26);
const PAPER: (u8, u8, u8) = (0xf3, 0xee, 0xe4);
const INK: (u8, u8, u8) = (0x1d, 0x1d, 0x1f);
const MUTED: (u8, u8, u8) = (0x55, 0x55, 0x5c);
const WHITE: (u8, u8, u8) = (0xff, 0xff, 0xff);

/// Contents rows: a pavilion's name, or a product with its page.
const SECTION_ROW: f32 = 26.0;
const PRODUCT_ROW: f32 = 30.0;

fn fill(color: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// Draws on one page: text in the embedded fonts, boxes, images, links.
/// Every `x` it is given is a distance from the start edge of the page (the
/// left in English and Hindi, the right in Arabic).
struct Pen<'a, 'b> {
    surface: Surface<'a>,
    fonts: &'b Fonts,
    links: Vec<(Rect, String)>,
}

impl<'a, 'b> Pen<'a, 'b> {
    fn new(surface: Surface<'a>, fonts: &'b Fonts) -> Self {
        Self {
            surface,
            fonts,
            links: Vec::new(),
        }
    }

    /// The left edge on the page of a box `width` wide that starts `x` from the start edge.
    fn left(&self, x: f32, width: f32) -> f32 {
        match self.fonts.direction() {
            Direction::Ltr => x,
            Direction::Rtl => PAGE_WIDTH - x - width,
        }
    }

    /// Draws one line starting at `x` with its baseline at `y`; returns its width.
    fn line(&mut self, x: f32, y: f32, text: &str, weight: Weight, size: f32, color: (u8, u8, u8)) -> f32 {
        let runs = self.fonts.shape(text, weight);
        let width = runs.iter().map(|run| run.width).sum::<f32>() * size;
        self.surface.set_fill(Some(fill(color)));
        let mut at = self.left(x, width);
        for run in runs {
            self.surface.draw_glyphs(
                Point::from_xy(at, y),
                &run.glyphs,
                run.font,
                run.text,
                size,
                false,
            );
            at += run.width * size;
        }
        width
    }

    /// Draws one line ending at `end`, a distance from the start edge.
    fn line_end(&mut self, end: f32, y: f32, text: &str, weight: Weight, size: f32, color: (u8, u8, u8)) {
        let width = self.fonts.width(text, weight, size);
        self.line(end - width, y, text, weight, size, color);
    }

    /// Draws `text` wrapped to `width` from the top `y`, in at most
    /// `max_lines` lines and never below `bottom`; returns the y under it.
    /// Its lines start at the edge its own language starts from (an English
    /// description in an Arabic catalogue is ragged on the right, as its
    /// page shows it), inside the box, which sits at the document's start.
    #[expect(clippy::too_many_arguments, reason = "a text block is placed by all of these")]
    fn paragraph(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        text: &str,
        (weight, size, color): (Weight, f32, (u8, u8, u8)),
        max_lines: usize,
        bottom: f32,
    ) -> f32 {
        let leading = size * 1.4;
        let fit = ((bottom - y) / leading).floor().max(0.0) as usize;
        let lines = self
            .fonts
            .wrap_at_most(text, weight, size, width, max_lines.min(fit));
        let own_direction = self.fonts.direction_of(text) == self.fonts.direction();
        let mut baseline = y + size;
        for line in &lines {
            if own_direction {
                self.line(x, baseline, line, weight, size, color);
            } else {
                self.line_end(x + width, baseline, line, weight, size, color);
            }
            baseline += leading;
        }
        y + leading * lines.len() as f32
    }

    fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, color: (u8, u8, u8)) {
        let Some(rect) = Rect::from_xywh(self.left(x, width), y, width, height) else {
            return;
        };
        let mut path = PathBuilder::new();
        path.push_rect(rect);
        if let Some(path) = path.finish() {
            self.surface.set_fill(Some(fill(color)));
            self.surface.draw_path(&path);
        }
    }

    fn image(&mut self, image: Image, x: f32, y: f32, width: f32, height: f32) {
        let Some(size) = Size::from_wh(width, height) else {
            return;
        };
        self.surface
            .push_transform(&Transform::from_translate(self.left(x, width), y));
        self.surface.draw_image(image, size);
        self.surface.pop();
    }

    fn link(&mut self, x: f32, y: f32, width: f32, height: f32, url: &str) {
        if let Some(rect) = Rect::from_xywh(self.left(x, width), y, width, height) {
            self.links.push((rect, url.to_owned()));
        }
    }

    /// "Catalogue title · Made on 5 December 2026 · ODOP Bazaar … Page 3 of 12".
    fn footer(&mut self, title: &str, made_on: &str, page: usize, pages: usize) {
        self.rect(MARGIN, FOOTER_BASELINE - 16.0, CONTENT_WIDTH, 0.6, TURMERIC);
        let number = Message::new("print-page")
            .with("page", page)
            .with("pages", pages)
            .to_string();
        self.line_end(
            PAGE_WIDTH - MARGIN,
            FOOTER_BASELINE,
            &number,
            Weight::Bold,
            8.5,
            INK,
        );
        let room = CONTENT_WIDTH - self.fonts.width(&number, Weight::Bold, 8.5) - 24.0;
        let left = Message::new("print-footer")
            .with("title", title)
            .with("day", made_on)
            .to_string();
        let left = self
            .fonts
            .wrap_at_most(&left, Weight::Regular, 8.5, room, 1)
            .into_iter()
            .next()
            .unwrap_or_default();
        self.line(MARGIN, FOOTER_BASELINE, &left, Weight::Regular, 8.5, MUTED);
    }
}

/// A row of the contents pages.
enum Row<'a> {
    Section(&'a str),
    Product(&'a Entry, usize),
}

fn row_height(row: &Row<'_>) -> f32 {
    match row {
        Row::Section(_) => SECTION_ROW,
        Row::Product(..) => PRODUCT_ROW,
    }
}

/// The contents rows split into pages; the first page also holds its heading.
fn contents_pages<'a>(source: &'a CatalogueSource) -> Vec<Vec<Row<'a>>> {
    let mut rows = Vec::new();
    let mut index = 0;
    for section in &source.sections {
        if let Some(name) = &section.name {
            rows.push(Row::Section(name));
        }
        for entry in &section.entries {
            rows.push(Row::Product(entry, index));
            index += 1;
        }
    }
    let mut pages: Vec<Vec<Row<'a>>> = vec![Vec::new()];
    let mut y = contents_top(true);
    for row in rows {
        let height = row_height(&row);
        if y + height > FLOW_BOTTOM - 30.0 {
            pages.push(Vec::new());
            y = contents_top(false);
        }
        y += height;
        if let Some(page) = pages.last_mut() {
            page.push(row);
        }
    }
    pages
}

fn contents_top(first: bool) -> f32 {
    if first { MARGIN + 56.0 } else { MARGIN + 10.0 }
}

/// The absolute address of a path on the site.
fn absolute(site: &Url, path: &str) -> String {
    site.join(path).map_or_else(|_| path.to_owned(), String::from)
}

/// The stored JPEG variant a page prints for `photo`, or `None` when the
/// file is gone (the page then goes without a photo rather than failing).
fn print_photo(photos: &MediaStore, photo: &Photo) -> Option<(Image, f32, f32)> {
    let hash = ImageHash::parse(&photo.hash)?;
    let original = u32::try_from(photo.width).ok()?;
    let width = media::variant_widths(original)
        .into_iter()
        .filter(|w| *w <= PRINT_PHOTO_WIDTH)
        .max()?;
    let bytes = match photos.read(&MediaKey::new(&hash, width, Format::Jpeg)) {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::warn!(%error, photo = %photo.hash, "a catalogue photo is missing; its page prints without it");
            return None;
        }
    };
    let image = Image::from_jpeg(bytes.into(), true).ok()?;
    let (w, h) = image.size();
    Some((image, w as f32, h as f32))
}

/// Renders the catalogue in its language; `progress` hears of each product
/// page as it is laid out.
pub fn render(
    source: &CatalogueSource,
    site: &Url,
    now: chrono::NaiveDateTime,
    photos: &MediaStore,
    progress: &mut dyn FnMut(usize),
) -> anyhow::Result<Vec<u8>> {
    i18n::scoped(Locale::new(source.language), || {
        let made_on = super::source::made_on(now);
        render_in(source, site, &made_on, photos, progress)
    })
}

fn render_in(
    source: &CatalogueSource,
    site: &Url,
    made_on: &str,
    photos: &MediaStore,
    progress: &mut dyn FnMut(usize),
) -> anyhow::Result<Vec<u8>> {
    let fonts = Fonts::load(source.language.direction())?;
    let contents = contents_pages(source);
    let first_product_page = 2 + contents.len();
    let pages = 1 + contents.len() + source.printed();
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(source.title.clone())
            .creator("ODOP Bazaar".to_owned())
            .language(source.language.as_str().to_owned()),
    );
    let settings =
        || PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or_else(|| anyhow::anyhow!("A4 is a page size"));

    let mut page = document.start_page_with(settings()?);
    let links = {
        let mut pen = Pen::new(page.surface(), &fonts);
        cover(&mut pen, source, site, made_on)?;
        pen.footer(&source.title, made_on, 1, pages);
        let Pen { surface, links, .. } = pen;
        surface.finish();
        links
    };
    add_links(&mut page, links);
    page.finish();

    for (number, rows) in contents.iter().enumerate() {
        let mut page = document.start_page_with(settings()?);
        {
            let mut pen = Pen::new(page.surface(), &fonts);
            contents_page(&mut pen, rows, number == 0, first_product_page);
            if number + 1 == contents.len() && source.available > source.printed() {
                let note = Message::new("print-more-online")
                    .with("printed", source.printed())
                    .with("available", source.available)
                    .with("url", absolute(site, &source.page_path))
                    .to_string();
                pen.paragraph(
                    MARGIN,
                    FLOW_BOTTOM - 28.0,
                    CONTENT_WIDTH,
                    &note,
                    (Weight::Bold, 9.0, MADDER),
                    2,
                    FLOW_BOTTOM,
                );
            }
            pen.footer(&source.title, made_on, 2 + number, pages);
            pen.surface.finish();
        }
        page.finish();
    }

    let mut number = first_product_page;
    let mut done = 0;
    for section in &source.sections {
        for entry in &section.entries {
            let mut page = document.start_page_with(settings()?);
            let links = {
                let mut pen = Pen::new(page.surface(), &fonts);
                product_page(&mut pen, section.name.as_deref(), entry, site, photos)?;
                if number == pages && source.available > source.printed() {
                    let note = Message::new("print-the-end")
                        .with("printed", source.printed())
                        .with("available", source.available)
                        .with("most", MAX_PRODUCTS)
                        .to_string();
                    pen.line(MARGIN, FLOW_BOTTOM + 10.0, &note, Weight::Bold, 8.5, MADDER);
                }
                pen.footer(&source.title, made_on, number, pages);
                let Pen { surface, links, .. } = pen;
                surface.finish();
                links
            };
            add_links(&mut page, links);
            page.finish();
            number += 1;
            done += 1;
            progress(done);
        }
    }
    document
        .finish()
        .map_err(|e| anyhow::anyhow!("the PDF could not be written: {e:?}"))
}

fn add_links(page: &mut krilla::page::Page<'_>, links: Vec<(Rect, String)>) {
    for (rect, url) in links {
        page.add_annotation(Annotation::new_link(
            LinkAnnotation::new(rect, Target::Action(LinkAction::new(url).into())),
            None,
        ));
    }
}

fn cover(pen: &mut Pen<'_, '_>, source: &CatalogueSource, site: &Url, made_on: &str) -> anyhow::Result<()> {
    let band = 330.0;
    pen.rect(0.0, 0.0, PAGE_WIDTH, band, INDIGO);
    pen.rect(0.0, band, PAGE_WIDTH, 6.0, TURMERIC);
    let kind = Message::new("print-kind").with(
        "kind",
        match source.kind {
            CatalogueKind::Showcase => "showcase",
            CatalogueKind::District => "district",
            CatalogueKind::Producer => "producer",
        },
    );
    let site_name = Message::new("site-name").to_string();
    pen.line(MARGIN, 78.0, &site_name, Weight::Bold, 13.0, TURMERIC);
    pen.line(MARGIN, 98.0, &kind.to_string(), Weight::Regular, 9.5, WHITE);
    let y = pen.paragraph(
        MARGIN,
        140.0,
        CONTENT_WIDTH,
        &source.title,
        (Weight::Bold, 30.0, WHITE),
        3,
        band - 60.0,
    );
    pen.paragraph(
        MARGIN,
        y + 8.0,
        CONTENT_WIDTH,
        &source.byline,
        (Weight::Regular, 14.0, WHITE),
        2,
        band - 12.0,
    );

    let mut y = band + 40.0;
    if !source.intro.trim().is_empty() {
        y = pen.paragraph(
            MARGIN,
            y,
            CONTENT_WIDTH,
            &source.intro,
            (Weight::Regular, 11.5, INK),
            14,
            640.0,
        ) + 16.0;
    }
    let count = match (source.printed(), source.available) {
        (printed, available) if available > printed => Message::new("print-products-first")
            .with("printed", printed)
            .with("available", available),
        (printed, _) => Message::new("print-products").with("count", printed),
    };
    pen.line(MARGIN, y + 12.0, &count.to_string(), Weight::Bold, 12.0, INK);
    pen.line(
        MARGIN,
        y + 30.0,
        &Message::new("print-made-on").with("day", made_on).to_string(),
        Weight::Regular,
        11.0,
        MUTED,
    );

    let url = absolute(site, &source.page_path);
    let top = FLOW_BOTTOM - QR_SIZE - 10.0;
    let qr = Image::from_png(qr::png(&url)?.into(), false).map_err(anyhow::Error::msg)?;
    pen.image(qr, MARGIN, top, QR_SIZE, QR_SIZE);
    pen.link(MARGIN, top, QR_SIZE, QR_SIZE, &url);
    let x = MARGIN + QR_SIZE + 16.0;
    pen.line(
        x,
        top + 30.0,
        &Message::new("print-see-online").to_string(),
        Weight::Regular,
        10.0,
        INK,
    );
    pen.paragraph(
        x,
        top + 38.0,
        CONTENT_WIDTH - QR_SIZE - 16.0,
        &url,
        (Weight::Bold, 10.0, INDIGO),
        2,
        FLOW_BOTTOM,
    );
    pen.link(x, top + 38.0, CONTENT_WIDTH - QR_SIZE - 16.0, 28.0, &url);
    Ok(())
}

fn contents_page(pen: &mut Pen<'_, '_>, rows: &[Row<'_>], first: bool, first_product_page: usize) {
    if first {
        let heading = Message::new("print-contents").to_string();
        pen.line(MARGIN, MARGIN + 24.0, &heading, Weight::Bold, 22.0, INDIGO);
        pen.rect(MARGIN, MARGIN + 36.0, 60.0, 3.0, TURMERIC);
    }
    let mut y = contents_top(first);
    let number_column = 60.0;
    for row in rows {
        match row {
            Row::Section(name) => {
                pen.line(MARGIN, y + 18.0, name, Weight::Bold, 12.0, MADDER);
            }
            Row::Product(entry, index) => {
                let page = group_thousands((first_product_page + index) as i64);
                pen.line_end(PAGE_WIDTH - MARGIN, y + 12.0, &page, Weight::Bold, 10.5, INK);
                let width = CONTENT_WIDTH - number_column;
                let title = pen.fonts.wrap_at_most(&entry.title, Weight::Bold, 10.5, width, 1);
                pen.line(
                    MARGIN,
                    y + 12.0,
                    title.first().map_or("", String::as_str),
                    Weight::Bold,
                    10.5,
                    INK,
                );
                let by = format!("{} · {}", entry.producer, entry.place);
                let by = pen.fonts.wrap_at_most(&by, Weight::Regular, 8.5, width, 1);
                pen.line(
                    MARGIN,
                    y + 24.0,
                    by.first().map_or("", String::as_str),
                    Weight::Regular,
                    8.5,
                    MUTED,
                );
            }
        }
        y += row_height(row);
    }
}

fn product_page(
    pen: &mut Pen<'_, '_>,
    section: Option<&str>,
    entry: &Entry,
    site: &Url,
    photos: &MediaStore,
) -> anyhow::Result<()> {
    let product_url = absolute(site, &crate::format::paths::product(&entry.slug));
    let mut y = MARGIN;
    if let Some(section) = section {
        pen.line(MARGIN, y + 9.0, section, Weight::Bold, 9.0, MADDER);
        y += 16.0;
    }
    y = pen.paragraph(
        MARGIN,
        y,
        CONTENT_WIDTH,
        &entry.title,
        (Weight::Bold, 19.0, INDIGO),
        2,
        FLOW_BOTTOM,
    );
    let by = format!("{} · {}", entry.producer, entry.place);
    y = pen.paragraph(
        MARGIN,
        y + 2.0,
        CONTENT_WIDTH,
        &by,
        (Weight::Regular, 10.5, MUTED),
        1,
        FLOW_BOTTOM,
    ) + 10.0;

    if let Some((image, width, height)) = entry.photo.as_ref().and_then(|p| print_photo(photos, p)) {
        // Fitted inside the box with its own aspect ratio, never enlarged past 2×.
        let scale = (CONTENT_WIDTH / width).min(PHOTO_MAX_HEIGHT / height).min(2.0);
        let (w, h) = (width * scale, height * scale);
        pen.image(image, MARGIN, y, w, h);
        y += h + 14.0;
    }

    // Key facts on the left, the QR code on the right.
    let facts_top = y;
    // The labels' column is as wide as its longest label (translations
    // differ in length), within bounds that leave the values room.
    let label_width = entry
        .facts
        .iter()
        .map(|fact| pen.fonts.width(&fact.label, Weight::Bold, 9.0))
        .fold(0.0_f32, f32::max)
        .clamp(60.0, 130.0)
        + 10.0;
    let value_width = CONTENT_WIDTH - QR_SIZE - 24.0 - label_width;
    for fact in &entry.facts {
        let label_bottom = pen.paragraph(
            MARGIN,
            y,
            label_width - 10.0,
            &fact.label,
            (Weight::Bold, 9.0, INK),
            2,
            FLOW_BOTTOM,
        );
        y = label_bottom.max(pen.paragraph(
            MARGIN + label_width,
            y,
            value_width,
            &fact.value,
            (Weight::Regular, 9.0, INK),
            2,
            FLOW_BOTTOM,
        )) + 2.0;
    }
    let qr_x = PAGE_WIDTH - MARGIN - QR_SIZE;
    let qr = Image::from_png(qr::png(&product_url)?.into(), false).map_err(anyhow::Error::msg)?;
    pen.image(qr, qr_x, facts_top, QR_SIZE, QR_SIZE);
    pen.link(qr_x, facts_top, QR_SIZE, QR_SIZE, &product_url);
    let caption_bottom = pen.paragraph(
        qr_x,
        facts_top + QR_SIZE + 2.0,
        QR_SIZE,
        &Message::new("print-scan").to_string(),
        (Weight::Regular, 7.5, MUTED),
        3,
        FLOW_BOTTOM,
    );
    y = y.max(caption_bottom) + 12.0;

    // How to reach the producer always fits: the blocks above it give way.
    let reach_title = Message::new("print-reach-title")
        .with("producer", entry.producer.as_str())
        .to_string();
    let reach = Message::new("print-reach")
        .with("url", format!("{product_url}/enquire"))
        .to_string();
    let reach_lines = pen
        .fonts
        .wrap(&reach, Weight::Regular, 9.0, CONTENT_WIDTH)
        .len()
        .min(3);
    let reach_height = 16.0 + reach_lines as f32 * 9.0 * 1.4 + 4.0;
    let bottom = FLOW_BOTTOM - reach_height;

    if !entry.note.trim().is_empty() && y + 40.0 < bottom {
        let top = y;
        let heading = Message::new("print-curators-note").to_string();
        pen.line(MARGIN + 10.0, y + 9.5, &heading, Weight::Bold, 9.5, INDIGO);
        y = pen.paragraph(
            MARGIN + 10.0,
            y + 14.0,
            CONTENT_WIDTH - 10.0,
            &entry.note,
            (Weight::Regular, 9.5, INK),
            3,
            bottom,
        );
        pen.rect(MARGIN, top, 3.0, y - top, TURMERIC);
        y += 10.0;
    }
    if let Some(story) = &entry.story
        && y + 44.0 < bottom
    {
        let heading = Message::new("print-odop-heading")
            .with("district", story.district.as_str())
            .with("product", story.product.as_str())
            .to_string();
        let lines = pen
            .fonts
            .wrap_at_most(&heading, Weight::Bold, 9.0, CONTENT_WIDTH - 20.0, 2);
        let text_lines = pen
            .fonts
            .wrap(&story.description, Weight::Regular, 9.0, CONTENT_WIDTH - 20.0)
            .len()
            .min(3);
        let room = ((bottom - y - 20.0 - lines.len() as f32 * 12.6) / 12.6)
            .floor()
            .max(0.0) as usize;
        let shown = text_lines.min(room);
        let height = 14.0 + (lines.len() + shown) as f32 * 12.6;
        pen.rect(MARGIN, y, CONTENT_WIDTH, height, PAPER);
        let mut baseline = y + 8.0 + 9.0;
        for line in &lines {
            pen.line(MARGIN + 10.0, baseline, line, Weight::Bold, 9.0, INK);
            baseline += 12.6;
        }
        if shown > 0 {
            pen.paragraph(
                MARGIN + 10.0,
                baseline - 9.0,
                CONTENT_WIDTH - 20.0,
                &story.description,
                (Weight::Regular, 9.0, INK),
                shown,
                bottom,
            );
        }
        y += height + 10.0;
    }
    // The description takes what room is left, and ends in “…” when cut.
    if !entry.description.trim().is_empty() && y + 40.0 < bottom {
        let heading = Message::new("products-about").to_string();
        pen.line(MARGIN, y + 9.5, &heading, Weight::Bold, 9.5, INDIGO);
        y = pen.paragraph(
            MARGIN,
            y + 14.0,
            CONTENT_WIDTH,
            &entry.description,
            (Weight::Regular, 9.5, INK),
            12,
            bottom,
        ) + 8.0;
    }
    let y = y.min(bottom);
    pen.line(MARGIN, y + 9.5, &reach_title, Weight::Bold, 9.5, INDIGO);
    pen.paragraph(
        MARGIN,
        y + 14.0,
        CONTENT_WIDTH,
        &reach,
        (Weight::Regular, 9.0, INK),
        3,
        FLOW_BOTTOM,
    );
    pen.link(
        MARGIN,
        y + 14.0,
        CONTENT_WIDTH,
        reach_lines as f32 * 12.6,
        &format!("{product_url}/enquire"),
    );
    Ok(())
}
