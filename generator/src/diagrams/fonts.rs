//! Label text measured the way the reader's browser will draw it.
//!
//! merman lays a diagram out before any browser exists, so it must guess
//! how wide each label is. Its built-in guess is a rough per-character
//! table (a lowercase letter is 0.43 em, where Arial draws 0.5 to 0.83 em)
//! that measures narrower than every common sans-serif font: in Chromium a
//! mind-map or flowchart label grows past its node, and an edge label past
//! its background. Padding the shapes afterwards would be a guess too.
//!
//! Instead we declare a font stack whose members all share one set of
//! advance widths, and measure with those widths:
//! Arial, Helvetica (Arial was drawn to Helvetica's widths), Liberation Sans
//! and Arimo (both metric-compatible with Arial by design) cover Windows,
//! macOS, most Linux desktops and ChromeOS. The widths come from Liberation
//! Sans (SIL OFL), read by `font_widths.py` into `font_widths.rs`. Symbols
//! Liberation Sans lacks (✓, ⇒, box drawing) are measured with DejaVu Sans,
//! the font browsers on Linux fall back to for them; anything else counts as
//! a full em, or 1.25 em for wide (East Asian, emoji) characters, so an
//! unknown glyph errs on the roomy side. Kerning only ever narrows text, so
//! ignoring it errs the same way.
//!
//! merman keeps its own wrapping and line heights; only widths change.

use std::sync::Arc;

use merman::svg::{
    DeterministicTextMeasurer, MeasurementProfileId, TextMeasurementPolicy, TextMeasurementProfile,
    TextMeasurementProfileIdentity, TextStyle,
};

use super::font_widths::{ARIAL_BOLD, ARIAL_REGULAR, FALLBACK_BOLD, FALLBACK_REGULAR};

/// The `font-family` every diagram declares (see the module comment).
pub(super) const FONT_STACK: &str = "Arial, Helvetica, \"Liberation Sans\", Arimo, sans-serif";

/// Units per em of the width tables.
const UNITS_PER_EM: f64 = 2048.0;

/// A text measurement policy for merman that uses [`width_px`] everywhere.
pub(super) fn measurement_policy() -> TextMeasurementPolicy {
    let identity = TextMeasurementProfileIdentity::new(
        MeasurementProfileId::new("crib.arial-metrics").expect("static profile id"),
        "1",
    )
    .expect("static profile version");
    let backend: Arc<_> = DeterministicTextMeasurer::default().with_width_callback(width_px);
    TextMeasurementPolicy::uniform(TextMeasurementProfile::new(identity, backend))
}

/// Width in CSS pixels of one line of `text` in `style` (size and weight;
/// the family is always [`FONT_STACK`]).
pub(super) fn width_px(text: &str, style: &TextStyle) -> f64 {
    let bold = is_bold(style.font_weight.as_deref());
    let (main, fallback) = if bold { (ARIAL_BOLD, FALLBACK_BOLD) } else { (ARIAL_REGULAR, FALLBACK_REGULAR) };
    let units: f64 = text
        .chars()
        .map(|c| advance(main, c).or_else(|| advance(fallback, c)).map_or_else(|| unknown_advance(c), f64::from))
        .sum();
    units / UNITS_PER_EM * style.font_size
}

fn is_bold(weight: Option<&str>) -> bool {
    match weight.map(str::trim) {
        Some("bold" | "bolder") => true,
        Some(w) => w.parse::<u32>().is_ok_and(|n| n >= 600),
        None => false,
    }
}

/// The advance of `c` in a table of `(first code point, widths)` runs.
fn advance(table: &[(u32, &[u16])], c: char) -> Option<u16> {
    let cp = c as u32;
    let run = table.partition_point(|(start, _)| *start <= cp).checked_sub(1)?;
    let (start, widths) = table[run];
    widths.get((cp - start) as usize).copied()
}

/// Characters in no table: zero for combining marks and controls, a full em
/// otherwise, 1.25 em for double-width characters (CJK, emoji).
fn unknown_advance(c: char) -> f64 {
    use unicode_width::UnicodeWidthChar;
    match c.width() {
        None | Some(0) => 0.0,
        Some(1) => UNITS_PER_EM,
        Some(_) => UNITS_PER_EM * 1.25,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(size: f64, weight: Option<&str>) -> TextStyle {
        TextStyle { font_size: size, font_weight: weight.map(str::to_string), ..Default::default() }
    }

    #[test]
    fn widths_are_arials() {
        // Arial at 16px: "Hello" = H 1479 + e 1139 + l 455 + l 455 + o 1139 units.
        let expected = (1479.0 + 1139.0 + 455.0 + 455.0 + 1139.0) / 2048.0 * 16.0;
        assert!((width_px("Hello", &style(16.0, None)) - expected).abs() < 1e-9);
        assert!(width_px("Hello", &style(16.0, Some("bold"))) > expected);
        assert!(width_px("Hello", &style(16.0, Some("700"))) > expected);
        assert_eq!(width_px("", &style(16.0, None)), 0.0);
    }

    #[test]
    fn symbols_use_the_fallback_font_and_unknowns_are_roomy() {
        let s = style(10.0, None);
        // U+2713 CHECK MARK is not in Liberation Sans; DejaVu Sans has it.
        assert!(advance(ARIAL_REGULAR, '✓').is_none());
        assert!(advance(FALLBACK_REGULAR, '✓').is_some());
        assert!(width_px("✓", &s) > 5.0);
        assert_eq!(width_px("漢", &s), 12.5);
        assert_eq!(width_px("e\u{301}", &s), width_px("e", &s));
    }
}
