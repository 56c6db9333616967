//! Loose name comparison: case-, diacritics- and punctuation-insensitive keys.
//!
//! Input: any string. Output: a key where "Xi Jinping", "XI  JINPING" and
//! "Xí Jinping" are equal, and "U.S." equals "U S". Used by corrections (entity
//! keys), cross-document merging and the watchlist.
//!
//! No Unicode normalisation tables are pulled in (they would weigh on the
//! wasm): combining marks (U+0300–U+036F) are dropped, and the precomposed Latin
//! letters of Latin-1 and Latin Extended-A (plus Romanian comma-below letters and
//! pinyin caron vowels) map to their base letter. Other scripts are compared
//! case-insensitively as they are. Linear in the input.

/// The comparison key of `s`: lowercase, base letters, words separated by one space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        if !c.is_alphanumeric() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ĳ' => out.push_str("ij"),
            _ => out.push(base(c)),
        }
    }
    out
}

/// True when `a` and `b` have the same [`fold`] key.
pub fn same(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// The base letter of a lowercase precomposed Latin letter (itself otherwise).
fn base(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' | 'ǎ' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ð' | 'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => 'i',
        'ĵ' => 'j',
        'ķ' | 'ĸ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ſ' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => {
            'u'
        }
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_punctuation() {
        assert_eq!(fold("  Xí  JINPING "), "xi jinping");
        assert_eq!(fold("Zürich"), fold("ZURICH"));
        assert_eq!(fold("Ştefan Ţurcanu"), "stefan turcanu");
        // Combining acute after a plain e.
        assert_eq!(fold("Jose\u{301}"), "jose");
        assert_eq!(fold("U.S."), "u s");
        assert_eq!(fold("Straße"), "strasse");
        assert_ne!(fold("Hikvision"), fold("Hik vision"));
        assert_eq!(fold("北京"), "北京");
        assert_eq!(fold("…!?"), "");
    }
}
