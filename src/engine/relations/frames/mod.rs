//! Relation frames: given a trigger's token span, find its parties and items.
//!
//! Each frame reads the subject with [`Ctx::subject`] (a walk left over auxiliaries, adverbs,
//! hedges and negations to a party mention) and, for verb triggers, its objects and
//! complements from the trigger's clause (`relations::groups`); noun triggers read the party
//! phrase after them with [`Ctx::parties_at`]. All walks stay inside the trigger's sentence and look at a fixed
//! number of tokens, so the stage stays linear; only [`sanction_list`] reads on, a fixed
//! number of sentences, for the names a counted object announces.
//!
//! One module per relation type ([`supply`], [`supply_obtain`], [`supply_noun`] and [`supply_split`], [`meeting`], [`sanction`] and [`sanction_list`],
//! [`ownership`] and [`appositive`], [`works`], [`rely`]); what they share is in [`common`]; the walks are
//! `relations::walk`. This file only dispatches a trigger to its frame.

mod appositive;
mod common;
mod contract;
mod meeting;
mod ownership;
mod rely;
mod sanction;
mod sanction_list;
mod supply;
mod supply_noun;
mod supply_obtain;
mod supply_split;
mod works;

pub(crate) use common::Found;

use super::ctx::{Ctx, Frame, Trigger};

/// Run the frame of `trigger` found at tokens `a..=b`.
pub(crate) fn apply(ctx: &Ctx, trigger: &Trigger, a: usize, b: usize, out: &mut Vec<Found>) {
    match trigger.frame {
        // One call of each frame function: a second call site keeps the size-optimised build
        // from inlining it (it grew the app by kilobytes).
        Frame::Give | Frame::Sell => {
            supply::give(ctx, a, b, out);
            if trigger.frame == Frame::Sell {
                ownership::sold(ctx, a, b, out);
            }
        }
        Frame::Obtain | Frame::Acquire => {
            supply_obtain::obtain(ctx, a, b, out);
            if trigger.frame == Frame::Acquire {
                ownership::acquired(ctx, a, b, out);
            }
        }
        Frame::Origin => supply_obtain::origin(ctx, a, b, out),
        Frame::MeetVerb => meeting::meet_verb(ctx, a, b, out),
        Frame::MeetNoun => meeting::meet_noun(ctx, a, b, out),
        Frame::SanctionVerb => sanction::sanction_verb(ctx, a, b, out),
        Frame::SanctionNoun => sanction::sanction_noun(ctx, a, b, out),
        Frame::GiveNoun => supply_noun::give_noun(ctx, a, b, out),
        Frame::OwnedBy => ownership::owned_by(ctx, a, b, out),
        Frame::OwnerOf => ownership::owner_of(ctx, a, b, out),
        Frame::Owns | Frame::HoldsShare | Frame::Operates => {
            ownership::owns(ctx, a, b, trigger.frame, out)
        }
        Frame::Stake | Frame::Acquisition => {
            ownership::stake(ctx, a, b, trigger.frame == Frame::Acquisition, out)
        }
        Frame::MeetAfter => meeting::meet_after(ctx, a, b, out),
        Frame::Freeze => sanction::freeze(ctx, a, b, out),
        Frame::ListAdd => sanction::list_add(ctx, a, b, out),
        Frame::Holding => ownership::holding(ctx, a, b, out),
        Frame::OwnedAppos | Frame::OwnerAppos => {
            appositive::owned_appos(ctx, a, b, trigger.frame == Frame::OwnerAppos, out)
        }
        Frame::ContractFor => contract::contract_for(ctx, a, b, out),
        Frame::JointVenture => appositive::joint_venture(ctx, a, b, out),
        Frame::WorksAt => works::works_at(ctx, a, b, out),
        Frame::Rely => rely::rely(ctx, a, b, out),
        Frame::MeetBetween => meeting::meet_between(ctx, a, b, out),
        Frame::Signing => works::signing(ctx, a, b, out),
        Frame::Ban => sanction::ban(ctx, a, b, out),
    }
}
