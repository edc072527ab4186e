//! Page weight: merman writes geometry with full float precision
//! (`C-19.31868782406581 -21.5, …`), which is most of a flowchart's bytes.
//! Rounding the numbers of `d`, `points` and `transform` to hundredths of a
//! pixel is invisible and roughly halves the SVG.

/// Attributes whose numbers are geometry.
const GEOMETRY: &[&str] = &[" d=\"", " points=\"", " transform=\""];

pub(super) fn round_geometry(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    loop {
        let next = GEOMETRY.iter().filter_map(|attr| rest.find(attr).map(|at| (at, attr.len()))).min();
        let Some((at, len)) = next else { break };
        let value_start = at + len;
        let Some(value_len) = rest[value_start..].find('"') else { break };
        out.push_str(&rest[..value_start]);
        round_numbers_into(&rest[value_start..value_start + value_len], &mut out);
        rest = &rest[value_start + value_len..];
    }
    out.push_str(rest);
    out
}

/// Copies `value`, rewriting every decimal number with a fraction.
fn round_numbers_into(value: &str, out: &mut String) {
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let starts_number = c.is_ascii_digit() || (c == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        let after_entity = i >= 2 && bytes[..i].ends_with(b"&#");
        if !starts_number || after_entity {
            out.push(c as char);
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let mut has_fraction = false;
        if i < bytes.len() && bytes[i] == b'.' {
            has_fraction = true;
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
        }
        if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
            let mut j = i + 1;
            if j < bytes.len() && (bytes[j] == b'-' || bytes[j] == b'+') {
                j += 1;
            }
            if j < bytes.len() && bytes[j].is_ascii_digit() {
                has_fraction = true;
                i = j;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
            }
        }
        let text = &value[start..i];
        match text.parse::<f64>() {
            Ok(number) if has_fraction => {
                // Compact paths write `12.258.001` for 12.258 then .001; once
                // rounded (`12.26`, `0`) the two would run together.
                if out.ends_with(|c: char| c.is_ascii_digit() || c == '.') {
                    out.push(' ');
                }
                out.push_str(&format_hundredths(number));
            }
            _ => out.push_str(text),
        }
    }
}

fn format_hundredths(number: f64) -> String {
    let rounded = (number * 100.0).round() / 100.0;
    let mut text = format!("{rounded:.2}");
    while text.ends_with('0') {
        text.pop();
    }
    if text.ends_with('.') {
        text.pop();
    }
    if text == "-0" {
        text = "0".into();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_written_without_separators_stay_apart() {
        // merman's sequence-diagram database symbol, as Mermaid writes it.
        let svg = r#"<path d="M12.258.001l.256.004.255.005-.5.25"/>"#;
        assert_eq!(round_geometry(svg), r#"<path d="M12.26 0l0.26 0 0.26 0.01-0.5 0.25"/>"#);
    }

    #[test]
    fn geometry_is_rounded_and_nothing_else_changes() {
        let svg = r#"<path d="M-63.875 -21.5 C-19.31868782406581 -21.5, 2.0000001 1e-7" x="1.23456"/><g transform="translate(356.7333948669976, 233.6)"><text>3.14159</text></g><path d="&#10; M1.005 2"/>"#;
        assert_eq!(
            round_geometry(svg),
            r#"<path d="M-63.88 -21.5 C-19.32 -21.5, 2 0" x="1.23456"/><g transform="translate(356.73, 233.6)"><text>3.14159</text></g><path d="&#10; M1 2"/>"#
        );
    }
}
