//! Word classes of `words.tsv`, as bits (a word may have several): what `Ctx::has` and
//! `Ctx::class` test a token for. Split from `ctx.rs` (session 48) to keep that file short.

pub const AUX: u64 = 1;
pub const BE: u64 = 1 << 1;
pub const ADV: u64 = 1 << 2;
pub const HEDGE: u64 = 1 << 3;
pub const NEG: u64 = 1 << 4;
pub const SPEECH: u64 = 1 << 5;
pub const COLLECTIVE: u64 = 1 << 6;
pub const HELP: u64 = 1 << 7;
pub const LIGHT: u64 = 1 << 8;
pub const PRONOUN: u64 = 1 << 9;
pub const BOUNDARY: u64 = 1 << 10;
pub const DET: u64 = 1 << 11;
pub const CONSUME: u64 = 1 << 12;
pub const PREP: u64 = 1 << 13;
pub const UNNAMED: u64 = 1 << 14;
pub const PARTITIVE: u64 = 1 << 15;
pub const PLACEMOD: u64 = 1 << 16;
pub const ARRANGE: u64 = 1 << 17;
pub const AUTHORITY: u64 = 1 << 18;
pub const REQUEST: u64 = 1 << 19;
pub const DIVEST: u64 = 1 << 20;
pub const ROLEMOD: u64 = 1 << 21;
pub const ROLE: u64 = 1 << 22;
pub const ASSETS: u64 = 1 << 23;
pub const GOVERNMENT: u64 = 1 << 24;
pub const ACCUSE: u64 = 1 << 25;
pub const CHARGE: u64 = 1 << 26;
pub const AGREEMENT: u64 = 1 << 27;
pub const CUSTOMER: u64 = 1 << 28;
pub const MANAGE: u64 = 1 << 29;
pub const TRADE: u64 = 1 << 30;
pub const NOTGOODS: u64 = 1 << 31;
pub const QUANTITY: u64 = 1 << 32;
pub const COORD: u64 = 1 << 33;
pub const PLAN: u64 = 1 << 34;
pub const SEND: u64 = 1 << 35;
pub const APPOINT: u64 = 1 << 36;
pub const SANCTION_LIST: u64 = 1 << 37;
pub const SITE: u64 = 1 << 38;
pub const PAST_ROLE: u64 = 1 << 39;
pub const MEASURE: u64 = 1 << 40;
pub const SHARE_ADV: u64 = 1 << 41;
pub const EQUITY: u64 = 1 << 42;
pub const DEPART: u64 = 1 << 43;
pub const TAKE_UP: u64 = 1 << 44;
pub const MAKE: u64 = 1 << 45;
pub const AID: u64 = 1 << 46;
pub const COMPLETE: u64 = 1 << 47;
pub const BAND: u64 = 1 << 48;
pub const PROSPECT: u64 = 1 << 49;
/// Verbs of an intent not yet a commitment ("plans to supply", "hopes to sell"): a supply only
/// intended is hedged; "agreed to supply", "will supply" are commitments, asserted.
pub const INTENT: u64 = 1 << 50;
/// Classes of content words (lemmas and nouns read only where a frame names them): a word
/// of these alone is still a plain word, no function word.
pub const CONTENT: u64 = ACCUSE
    | CHARGE
    | AGREEMENT
    | CUSTOMER
    | ROLEMOD
    | MANAGE
    | TRADE
    | NOTGOODS
    | QUANTITY
    | PLAN
    | SEND
    | APPOINT
    | SANCTION_LIST
    | SITE
    | PAST_ROLE
    | MEASURE
    | SHARE_ADV
    | EQUITY
    | DEPART
    | MAKE
    | AID
    | COMPLETE
    | BAND
    | PROSPECT
    | INTENT
    | TAKE_UP
    | COORD;

pub fn parse(s: &str) -> Option<u64> {
    Some(match s {
        "aux" => AUX,
        "be" => BE,
        "adv" => ADV,
        "hedge" => HEDGE,
        "neg" => NEG,
        "speech" => SPEECH,
        "collective" => COLLECTIVE,
        "help" => HELP,
        "light" => LIGHT,
        "pronoun" => PRONOUN,
        "boundary" => BOUNDARY,
        "det" => DET,
        "consume" => CONSUME,
        "prep" => PREP,
        "unnamed" => UNNAMED,
        "partitive" => PARTITIVE,
        "placemod" => PLACEMOD,
        "arrange" => ARRANGE,
        "authority" => AUTHORITY,
        "request" => REQUEST,
        "divest" => DIVEST,
        "role" => ROLE,
        "assets" => ASSETS,
        "government" => GOVERNMENT,
        "accuse" => ACCUSE,
        "charge" => CHARGE,
        "agreement" => AGREEMENT,
        "customer" => CUSTOMER,
        "rolemod" => ROLEMOD,
        "equity" => EQUITY,
        "manage" => MANAGE,
        "trade" => TRADE,
        "notgoods" => NOTGOODS,
        "quantity" => QUANTITY,
        "coord" => COORD,
        "plan" => PLAN,
        "send" => SEND,
        "appoint" => APPOINT,
        "sanctionlist" => SANCTION_LIST,
        "site" => SITE,
        "pastrole" => PAST_ROLE,
        "measure" => MEASURE,
        "shareadv" => SHARE_ADV,
        "depart" => DEPART,
        "band" => BAND,
        "takeup" => TAKE_UP,
        "make" => MAKE,
        "aid" => AID,
        "complete" => COMPLETE,
        "prospect" => PROSPECT,
        "intent" => INTENT,
        _ => return None,
    })
}
