//! A town standing for its club: "Dortmund sporting director X" works for Borussia Dortmund,
//! "X joined Newcastle" for Newcastle United, never for the city. The club is the one
//! organisation of the document whose name holds the town's name as whole words.
//!
//! Input: a [`Ctx`] and entity indexes. Output: the club's entity index. Which organisations
//! hold which words is found once per document, on first use.

use super::ctx::Ctx;
use crate::engine::lexicon::lexicon;
use crate::engine::lexicon::words::words;
use crate::engine::model::Label;

/// Most words of a town's name looked up in an organisation's name.
const MAX_TOWN_WORDS: usize = 3;

impl Ctx<'_> {
    /// Is entity `e` a place that is no country (a town, a city, a region)?
    pub(super) fn town(&self, e: usize) -> bool {
        let Some(x) = self.merged.entities.get(e) else {
            return false;
        };
        let mut buf = String::new();
        x.label == Label::Gpe
            && lexicon()
                .get_any(&x.name, &mut buf)
                .is_none_or(|l| l.country.is_none())
    }

    /// The one organisation whose name holds the name of town `e` as whole words, after or
    /// before other words ("Borussia Dortmund", "Newcastle United"); `None` when none or
    /// several do.
    pub(super) fn club_of_town(&self, e: usize) -> Option<usize> {
        if !self.town(e) {
            return None;
        }
        let clubs = self.town_clubs.get_or_init(|| {
            let mut map = rustc_hash::FxHashMap::default();
            for (i, x) in self.merged.entities.iter().enumerate() {
                if x.label != Label::Org {
                    continue;
                }
                let w: Vec<&str> = x.name.split_whitespace().collect();
                for n in 1..=MAX_TOWN_WORDS.min(w.len().saturating_sub(1)) {
                    for part in w.windows(n) {
                        let slot = map
                            .entry(part.join(" ").into_boxed_str())
                            .or_insert(Some(i));
                        if *slot != Some(i) {
                            *slot = None;
                        }
                    }
                }
            }
            map
        });
        clubs
            .get(self.merged.entities[e].name.as_str())
            .copied()
            .flatten()
    }

    /// Does a word of tokens `a..b` name a club's staff (`[club_staff]`: "sporting director",
    /// "coach", "president")?
    pub(super) fn club_title(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| words().club_staff.contains(&self.low(k).as_str()))
    }
}
