//! The output of the time stage: one [`TimexDraft`] per expression, byte offsets into the
//! document text, kept compact while the later stages hold them.

use crate::engine::model::TimexType;

/// A normalised time expression. Byte offsets.
///
/// Compact (issue 16.6): one per expression of the document, alive from the time stage to
/// the output, so the three rarely set TimeML fields share one box ([`TimexDraft::modifier`],
/// [`TimexDraft::range_end`], [`TimexDraft::period`]): 56 bytes natively instead of 120.
#[derive(Debug, Clone, PartialEq)]
pub struct TimexDraft {
    /// Start, in bytes into the document text.
    pub start: usize,
    /// End, in bytes, exclusive.
    pub end: usize,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TimeML value ("2024-04-16", "P2W", "PAST_REF"), copied to [`crate::engine::model::Timex::value`].
    pub value: String,
    /// The rare fields; `None` when none is set.
    extra: Option<Box<Extra>>,
}

/// [`TimexDraft`]'s rarely set fields.
#[derive(Debug, Clone, PartialEq, Default)]
struct Extra {
    modifier: Option<String>,
    range_end: Option<String>,
    period: Option<String>,
}

impl TimexDraft {
    /// A draft; the box for the rare fields only when one of them is set.
    pub fn new(
        (start, end): (usize, usize),
        kind: TimexType,
        value: String,
        modifier: Option<String>,
        range_end: Option<String>,
        period: Option<String>,
    ) -> TimexDraft {
        let extra = (modifier.is_some() || range_end.is_some() || period.is_some()).then(|| {
            Box::new(Extra {
                modifier,
                range_end,
                period,
            })
        });
        TimexDraft {
            start,
            end,
            kind,
            value,
            extra,
        }
    }

    /// TimeML mod ("START", "APPROX", ...), if any.
    pub fn modifier(&self) -> Option<&str> {
        self.extra.as_ref()?.modifier.as_deref()
    }

    /// End of a range written as one expression ("2014-2016": value "2014", end "2016").
    pub fn range_end(&self) -> Option<&str> {
        self.extra.as_ref()?.range_end.as_deref()
    }

    /// The dates a duration covers when the text says ("the first eight months
    /// of 2025" → "2025-01/2025-08"): events use it as their date.
    pub fn period(&self) -> Option<&str> {
        self.extra.as_ref()?.period.as_deref()
    }
}
