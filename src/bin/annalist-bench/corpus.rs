//! Synthetic news corpus for the benchmarks.
//!
//! Input: a seed. Output: English news-like articles (`Article`: id, date,
//! text) composed from sentence templates and word lists written for this
//! project, filled by a seeded PRNG (SplitMix64), so every run of the bench
//! sees the same texts while no two articles are alike (repeating one article
//! would flatter caches). Each article has a small cast (people, firms,
//! places, goods) that recurs under short forms ("Mr Okafor", "Okafor"), as
//! real reports do, plus amounts, clock times and relative and absolute dates.
//! A little non-ASCII (names, currency signs, dashes, curly quotes) keeps
//! byte and character counts apart.

/// SplitMix64: tiny, fast, good enough to pick words; no dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        let i = self.below(xs.len());
        xs.get(i).copied().unwrap_or("")
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const FIRST: &[&str] = &[
    "Amara", "Daniel", "Helena", "Kwame", "Lucía", "Marek", "Naomi", "Oskar", "Priya", "Rafael",
    "Sophie", "Tomasz", "Yuki", "Ingrid", "Chidi", "Elena", "Farid", "Grace", "Hannah", "Jonas",
    "Leila", "Mateo", "Nadia", "Pedro", "Ruth", "Samuel", "Tariq", "Valerie", "Wen", "Zoë",
    "Søren", "André", "Beatriz", "Dmitri", "Fatima", "Gustavo", "Irene", "Kenji", "Maren", "Omar",
];

const LAST: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Castellano",
    "Novak",
    "Haddad",
    "Tanaka",
    "Brennan",
    "Kowalski",
    "Mensah",
    "Fischer",
    "Ramírez",
    "Petrov",
    "Sato",
    "Whitfield",
    "Adeyemi",
    "Bergström",
    "Delacroix",
    "Ferreira",
    "Gallagher",
    "Hoffmann",
    "Iqbal",
    "Jansen",
    "Kaplan",
    "Larsen",
    "Mbeki",
    "Nakamura",
    "O'Connell",
    "Pereira",
    "Quinn",
    "Rossi",
    "Schneider",
    "Takahashi",
    "Underwood",
    "Vasquez",
    "Weber",
    "Yilmaz",
    "Zhou",
    "Müller",
    "Lefèvre",
];

/// Public figures, usable as facts.
const FAMOUS: &[&str] = &[
    "Joe Biden",
    "Xi Jinping",
    "Antony Blinken",
    "Olaf Scholz",
    "Emmanuel Macron",
    "Ursula von der Leyen",
    "Narendra Modi",
    "Luiz Inácio Lula da Silva",
];

const TITLE: &[&str] = &[
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Trade Minister",
    "Secretary of State",
    "Chancellor",
    "Senator",
    "Governor",
    "Ambassador",
    "General",
];

const ROLE: &[&str] = &[
    "chief executive",
    "spokeswoman",
    "spokesman",
    "finance director",
    "senior analyst",
    "deputy minister",
    "trade envoy",
    "lead researcher",
];

const ORG_STEM: &[&str] = &[
    "Northwind",
    "Bluepeak",
    "Arcturus",
    "Meridian",
    "Kestrel",
    "Halcyon",
    "Tessera",
    "Orbis",
    "Granite",
    "Silverline",
    "Corvid",
    "Lumen",
    "Pioneer",
    "Redwater",
    "Sable",
    "Vantage",
];

const ORG_SUFFIX: &[&str] = &[
    "Holdings",
    "Group",
    "Technologies",
    "Systems",
    "Motors",
    "Aerospace",
    "Bank",
    "Energy",
    "Logistics",
    "Semiconductor",
    "Optics",
    "Industries",
];

/// Real organisations, usable as facts.
const ORG_KNOWN: &[&str] = &[
    "Hikvision",
    "iRay Technology",
    "Wuhan Global Sensor Technology",
    "North China Research Institute of Electro-Optics",
    "the European Commission",
    "the Commerce Department",
    "the World Bank",
    "the International Monetary Fund",
    "NATO",
    "the United Nations",
    "the Federal Reserve",
    "the Bundestag",
];

/// (country, nationality adjective, some cities).
const COUNTRY: &[(&str, &str, &[&str])] = &[
    (
        "China",
        "Chinese",
        &["Beijing", "Shanghai", "Shenzhen", "Wuhan"],
    ),
    ("Russia", "Russian", &["Moscow", "Kazan", "Novosibirsk"]),
    ("Germany", "German", &["Berlin", "Hamburg", "Munich"]),
    ("France", "French", &["Paris", "Lyon", "Toulouse"]),
    ("Japan", "Japanese", &["Tokyo", "Osaka", "Nagoya"]),
    ("India", "Indian", &["New Delhi", "Mumbai", "Bengaluru"]),
    ("Brazil", "Brazilian", &["Brasília", "São Paulo", "Recife"]),
    ("Kenya", "Kenyan", &["Nairobi", "Mombasa"]),
    ("Poland", "Polish", &["Warsaw", "Kraków", "Gdańsk"]),
    ("Turkey", "Turkish", &["Ankara", "Istanbul", "Izmir"]),
    ("Mexico", "Mexican", &["Mexico City", "Monterrey"]),
    ("Vietnam", "Vietnamese", &["Hanoi", "Ho Chi Minh City"]),
    ("Ukraine", "Ukrainian", &["Kyiv", "Kharkiv", "Odesa"]),
    (
        "the United States",
        "American",
        &["Washington", "New York", "Houston"],
    ),
    ("Britain", "British", &["London", "Manchester", "Glasgow"]),
    ("South Korea", "South Korean", &["Seoul", "Busan"]),
    ("Switzerland", "Swiss", &["Zürich", "Geneva", "Bern"]),
    ("Nigeria", "Nigerian", &["Abuja", "Lagos"]),
];

const ITEM: &[&str] = &[
    "machine tools",
    "turbojet engines",
    "optical sensors",
    "thermal imaging cameras",
    "semiconductors",
    "ball bearings",
    "lithium batteries",
    "drone motors",
    "navigation modules",
    "satellite receivers",
    "industrial robots",
    "microcontrollers",
    "fibre-optic cable",
    "solar panels",
    "wind turbines",
    "rare earth magnets",
    "night-vision goggles",
    "carbon fibre",
];

const VERB: &[&str] = &[
    "signed an agreement with",
    "held talks with",
    "criticised",
    "announced a partnership with",
    "imposed sanctions on",
    "opened an investigation into",
    "agreed to buy a stake in",
    "filed a complaint against",
    "praised",
    "cut ties with",
];

const WEEKDAY: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTH: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const NUMBER_WORD: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
];

const ORDINAL: &[&str] = &["second", "third", "fourth", "fifth", "sixth"];

/// Sentence templates. Slots: {P} person (full name the first time, then a
/// short form), {PT} person with title or role, {O} organisation, {C} country,
/// {Y} city, {N} nationality, {I} item, {V} verb phrase, {D} past time,
/// {F} future time, {M} money, {Q} quantity, {R} percentage, {K} clock time,
/// {YR} year, {NW} number word, {ORD} ordinal, {QTR} quarter, {NUM} plain number, {DA} absolute date.
const SENTENCE: &[&str] = &[
    "{PT} said {D} that {C} would not accept new limits on its exports of {I}.",
    "{N} officials estimate that {R} of the {I} shipped to {C} last year passed through {Y}.",
    "{O} declined to comment on the report, which was first published {D}.",
    "Shares in {O} fell {R} in {Y} after the announcement.",
    "{P}, who arrived in {Y} {D}, is expected to meet {PT} before flying on to {Y}.",
    "“We are watching this very closely,” {P} told reporters in {Y}.",
    "According to {O}, sales of {I} to {C} rose to {M} {D}.",
    "The contract, worth {M}, was signed {D} and runs until {YR}.",
    "{P} {V} {O} {D}, a spokesperson for the {N} government said.",
    "Talks between {C} and {C} are due to resume {F}.",
    "In {YR}, {O} supplied {Q} of {I} to buyers in {C}, up from {Q} a year earlier.",
    "Analysts at {O} said the measures could cost {N} manufacturers as much as {M} a year.",
    "The ministry in {Y} said {NUM} companies had been added to its export control list {D}.",
    "{P} has run {O} since {YR}.",
    "Critics say the rules on {I} are too vague to enforce.",
    "Prices for {I} have roughly doubled over the past {NW} years.",
    "{O}, which is based in {Y}, makes {I} and {I}.",
    "Neither {P} nor {O} answered a request for comment {D}.",
    "The {ORD} round of negotiations is scheduled for {DA}.",
    "At {K} local time, police in {Y} closed the road leading to the {O} plant.",
    "{PT} {V} {O} over what was described as a breach of the {YR} accord.",
    "Customs data show that imports of {I} from {C} jumped {R} in the {QTR} quarter.",
    "{P} is due to testify before lawmakers in {Y} {F}.",
    "A report by {O} published {D} found that {NUM} shipments of {I} had been mislabelled.",
    "\"There is no evidence of wrongdoing,\" said {P}, adding that {O} follows {N} law.",
    "The {N} delegation left {Y} {D} without a joint statement.",
    "{O} expects revenue of {M} for {YR}, roughly {R} more than it forecast on {DA}.",
    "Investigators in {C} seized {Q} of {I} at the port of {Y} {D}.",
    "The plan would take effect {F} and last for {NW} months.",
    "{PT} and {PT} spoke by phone {D} for about {NW} minutes.",
    "{N} lawmakers have called for a ban on {I} made by {O}.",
    "Earlier, {P} had warned that the dispute could spread to {I}.",
];

const HEADLINE: &[&str] = &[
    "{N} firms face new curbs on {I}",
    "{C} and {C} trade accusations over {I}",
    "{O} under scrutiny as {I} exports surge",
    "{P} pledges action on {I} smuggling",
    "Talks in {Y} end without deal on {I}",
    "{O} shares slide after {N} probe",
];

/// One generated document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub id: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    pub text: String,
}

struct Person {
    full: String,
    last: String,
    title: String,
    mentioned: bool,
}

/// The recurring cast of one article.
struct Cast {
    people: Vec<Person>,
    orgs: Vec<String>,
    countries: Vec<usize>,
    items: Vec<&'static str>,
    year: usize,
}

fn person(rng: &mut Rng) -> Person {
    let full = if rng.chance(20) {
        rng.pick(FAMOUS).to_string()
    } else {
        format!("{} {}", rng.pick(FIRST), rng.pick(LAST))
    };
    let last = full.rsplit(' ').next().unwrap_or(&full).to_string();
    let title = if rng.chance(50) {
        rng.pick(TITLE).to_string()
    } else {
        String::new()
    };
    Person {
        full,
        last,
        title,
        mentioned: false,
    }
}

fn org(rng: &mut Rng) -> String {
    if rng.chance(30) {
        rng.pick(ORG_KNOWN).to_string()
    } else {
        format!("{} {}", rng.pick(ORG_STEM), rng.pick(ORG_SUFFIX))
    }
}

fn cast(rng: &mut Rng, year: usize) -> Cast {
    let people = (0..rng.range(2, 4)).map(|_| person(rng)).collect();
    let orgs = (0..rng.range(1, 3)).map(|_| org(rng)).collect();
    let countries = (0..rng.range(2, 3))
        .map(|_| rng.below(COUNTRY.len()))
        .collect();
    let items = (0..rng.range(1, 3)).map(|_| rng.pick(ITEM)).collect();
    Cast {
        people,
        orgs,
        countries,
        items,
        year,
    }
}

fn pick_idx(rng: &mut Rng, n: usize) -> usize {
    rng.below(n.max(1))
}

impl Cast {
    fn person_name(&mut self, rng: &mut Rng, with_title: bool) -> String {
        let i = pick_idx(rng, self.people.len());
        let Some(p) = self.people.get_mut(i) else {
            return "the minister".to_string();
        };
        let first = !p.mentioned;
        p.mentioned = true;
        if first || with_title {
            if !p.title.is_empty() && (with_title || rng.chance(60)) {
                return format!("{} {}", p.title, p.full);
            }
            if with_title {
                let role = rng.pick(ROLE);
                return format!(
                    "{}, {role} of {},",
                    p.full,
                    self.orgs.first().map_or("the group", |o| o)
                );
            }
            return p.full.clone();
        }
        match rng.below(4) {
            0 => format!("Mr {}", p.last),
            1 => format!("Ms {}", p.last),
            _ => p.last.clone(),
        }
    }

    fn country(
        &self,
        rng: &mut Rng,
    ) -> &'static (&'static str, &'static str, &'static [&'static str]) {
        let i = self
            .countries
            .get(pick_idx(rng, self.countries.len()))
            .copied()
            .unwrap_or(0);
        &COUNTRY[i % COUNTRY.len()]
    }
}

fn past_time(rng: &mut Rng, year: usize) -> String {
    match rng.below(9) {
        0 | 1 => format!("on {}", rng.pick(WEEKDAY)),
        2 => "last week".to_string(),
        3 => "earlier this month".to_string(),
        4 => format!("on {} {}", rng.pick(MONTH), rng.range(1, 28)),
        5 => format!("in {} {}", rng.pick(MONTH), year - rng.below(2)),
        6 => format!("{} years ago", rng.pick(NUMBER_WORD)),
        7 => "yesterday".to_string(),
        _ => format!("on {} {}, {}", rng.pick(MONTH), rng.range(1, 28), year - 1),
    }
}

fn future_time(rng: &mut Rng, year: usize) -> String {
    match rng.below(6) {
        0 => format!("next {}", rng.pick(WEEKDAY)),
        1 => "next month".to_string(),
        2 => format!("by the end of {}", year + rng.below(2)),
        3 => format!("in {}", rng.pick(MONTH)),
        4 => format!("within {} weeks", rng.pick(NUMBER_WORD)),
        _ => "later this year".to_string(),
    }
}

fn money(rng: &mut Rng) -> String {
    let whole = rng.range(1, 950);
    let unit = rng.pick(&["million", "billion"]);
    match rng.below(4) {
        0 => format!("${whole} {unit}"),
        1 => format!("€{}.{} {unit}", whole, rng.below(10)),
        2 => format!("£{whole}m"),
        _ => format!("{whole} {unit} yuan"),
    }
}

fn quantity(rng: &mut Rng) -> String {
    let n = rng.range(2, 9_999);
    let unit = rng.pick(&["tonnes", "units", "containers", "kilograms"]);
    if n >= 1000 {
        format!("{},{:03} {unit}", n / 1000, n % 1000)
    } else {
        format!("{n} {unit}")
    }
}

fn percent(rng: &mut Rng) -> String {
    let n = rng.range(2, 95);
    match rng.below(3) {
        0 => format!("{n} per cent"),
        1 => format!("{n}%"),
        _ => format!("about {n} percent"),
    }
}

fn fill(tpl: &str, rng: &mut Rng, cast: &mut Cast, out: &mut String) {
    let mut rest = tpl;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return;
        };
        let slot = &after[..close];
        rest = &after[close + 1..];
        let year = cast.year;
        let text = match slot {
            "P" => cast.person_name(rng, false),
            "PT" => cast.person_name(rng, true),
            "O" => cast
                .orgs
                .get(pick_idx(rng, cast.orgs.len()))
                .cloned()
                .unwrap_or_default(),
            "C" => cast.country(rng).0.to_string(),
            "N" => cast.country(rng).1.to_string(),
            "Y" => {
                let cities = cast.country(rng).2;
                rng.pick(cities).to_string()
            }
            "I" => cast
                .items
                .get(pick_idx(rng, cast.items.len()))
                .copied()
                .unwrap_or("spare parts")
                .to_string(),
            "V" => rng.pick(VERB).to_string(),
            "D" => past_time(rng, year),
            "F" => future_time(rng, year),
            "M" => money(rng),
            "Q" => quantity(rng),
            "R" => percent(rng),
            "K" => format!(
                "{}:{:02} {}",
                rng.range(1, 12),
                rng.below(12) * 5,
                rng.pick(&["a.m.", "p.m."])
            ),
            "YR" => (year - rng.below(6)).to_string(),
            "NW" => rng.pick(NUMBER_WORD).to_string(),
            "ORD" => rng.pick(ORDINAL).to_string(),
            "QTR" => rng
                .pick(&["first", "second", "third", "fourth"])
                .to_string(),
            "NUM" => rng.range(3, 480).to_string(),
            "DA" => format!(
                "{} {}, {}",
                rng.pick(MONTH),
                rng.range(1, 28),
                year + rng.below(2)
            ),
            other => other.to_string(),
        };
        out.push_str(&text);
    }
    out.push_str(rest);
}

/// Capitalise the first letter of `s` in place (templates may start with "the ...").
fn capitalise_from(out: &mut String, start: usize) {
    let Some(tail) = out.get(start..) else {
        return;
    };
    let Some(c) = tail.chars().next() else {
        return;
    };
    if c.is_lowercase() {
        let up: String = c.to_uppercase().collect();
        out.replace_range(start..start + c.len_utf8(), &up);
    }
}

/// Article number `n` of the stream seeded by `rng`.
pub fn article(rng: &mut Rng, n: usize) -> Article {
    let year = rng.range(2019, 2025);
    let date = format!("{year}-{:02}-{:02}", rng.range(1, 12), rng.range(1, 28));
    let mut cast = cast(rng, year);
    let mut text = String::with_capacity(4096);
    fill(rng.pick(HEADLINE), rng, &mut cast, &mut text);
    capitalise_from(&mut text, 0);
    text.push_str("\n\n");
    let city = cast.country(rng).2;
    text.push_str(&rng.pick(city).to_uppercase());
    text.push_str(" — ");
    for p in 0..rng.range(5, 12) {
        if p > 0 {
            text.push_str("\n\n");
        }
        for s in 0..rng.range(1, 4) {
            if s > 0 {
                text.push(' ');
            }
            let start = text.len();
            fill(rng.pick(SENTENCE), rng, &mut cast, &mut text);
            capitalise_from(&mut text, start);
        }
    }
    text.push('\n');
    Article {
        id: format!("gen-{n}"),
        date,
        text,
    }
}

/// Articles from `seed` until their texts hold at least `bytes` bytes.
pub fn articles(seed: u64, bytes: usize) -> Vec<Article> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        let a = article(&mut rng, out.len());
        total += a.text.len();
        out.push(a);
    }
    out
}

/// One text of about `bytes` bytes (never less): articles joined by blank lines.
#[cfg(test)]
fn long_text(seed: u64, bytes: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut text = String::with_capacity(bytes + 8192);
    let mut n = 0;
    while text.len() < bytes {
        if n > 0 {
            text.push_str("\n\n");
        }
        text.push_str(&article(&mut rng, n).text);
        n += 1;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn same_seed_same_texts_other_seed_other_texts() {
        let a = articles(7, 20_000);
        let b = articles(7, 20_000);
        let c = articles(8, 20_000);
        assert_eq!(a, b);
        assert_ne!(a.first().map(|x| &x.text), c.first().map(|x| &x.text));
    }

    #[test]
    fn sentences_are_varied_not_one_article_repeated() {
        let text = long_text(3, 200_000);
        let sentences: Vec<&str> = text
            .split(['.', '\n'])
            .map(str::trim)
            .filter(|s| s.len() > 20)
            .collect();
        let distinct: HashSet<&str> = sentences.iter().copied().collect();
        assert!(sentences.len() > 500, "{} sentences", sentences.len());
        // Templates recur, but their fillings make almost every sentence unique.
        assert!(
            distinct.len() * 10 >= sentences.len() * 9,
            "{} distinct of {}",
            distinct.len(),
            sentences.len()
        );
    }

    #[test]
    fn every_slot_is_filled_and_sizes_are_met() {
        for a in articles(11, 50_000) {
            assert!(!a.text.contains('{') && !a.text.contains('}'), "{}", a.text);
            assert!(a.text.len() > 300, "short article: {}", a.text);
            let y: usize = a.date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
            assert!((2019..=2025).contains(&y), "{}", a.date);
        }
        let t = long_text(5, 10_000);
        assert!(t.len() >= 10_000 && t.len() < 10_000 + 8_000, "{}", t.len());
    }

    #[test]
    fn cast_recurs_under_short_forms_and_text_is_not_only_ascii() {
        let text = long_text(9, 100_000);
        assert!(text.contains("Mr ") || text.contains("Ms "));
        assert!(text.chars().count() < text.len(), "expected some non-ASCII");
        for sign in ["€", "—", "per cent", "“"] {
            assert!(text.contains(sign), "missing {sign}");
        }
        assert!(text.contains("a.m.") || text.contains("p.m."));
    }
}
