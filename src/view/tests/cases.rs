//! The page attributes the app sets for a list of addresses, exported as a fixture
//! (`tests/e2e/fixtures/url-cases.json`) that the e2e suite runs `static/early.js` over: the
//! blocking script that sets them before the first paint must read every address as this parser
//! does, or the first paint shows another view than the app.
//!
//! The fixture is checked, not rewritten: `UPDATE_URL_CASES=1 cargo test --features ssr
//! url_cases` regenerates it after a deliberate change of the parser's rules.

use super::*;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/e2e/fixtures/url-cases.json"
);
/// How many seeded pseudo-random queries follow the hand-picked ones.
const GENERATED: usize = 600;

/// Addresses picked by hand: each rule of the parser, and the disagreements seen in issue #13.
const PICKED: &[&str] = &[
    "",
    "?",
    "??embed=swjtu",
    "?embed",
    "?embed=",
    "?embed=bogus",
    "?embed=swjtu&embed=money",
    "?embed=money&embed",
    "?embed=Swjtu",
    "?embed=swjtu%20",
    "?embed=shared-ownership",
    "?embed=shared+ownership",
    "?embed=%73wjtu",
    "?%65mbed=ip",
    "?embed=%ZZ",
    "?embed=%+1",
    "?embed=swjtu&embed=%ZZ",
    "?embed=%C3",
    "?embed=%C3%A9",
    "?embed=%ED%A0%80",
    "?embed=%C0%80",
    "?embed=pilot&x=%ZZ",
    "?embed=timeline&embed=nope",
    "?embed=money=log",
    "?embed=military",
    "?embed=military&embed=bogus",
    "?embed=ip&embed=military",
    "?theme=dark&theme=light",
    "?theme=light&theme=bogus",
    "?theme=auto",
    "?theme=DARK",
    "?theme=dark%",
    "?theme=%64ark",
    "?transparent",
    "?transparent&transparent=0",
    "?transparent=0&transparent",
    "?transparent=false",
    "?transparent=False",
    "?transparent=no",
    "?transparent=%30",
    "?transparent=0%",
    "?transparent=",
    "?embed=swjtu&theme=dark&transparent",
    "?utm_source=newsletter&source=swjtu-startups",
    "?tables=money,swjtu",
    "?embed=ip&initialWidth=600&childId=x&parentUrl=http%3A%2F%2Fa",
    "?embed=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "?&&embed=money&&",
    "?=embed&embed=pilot",
    "?embed&theme=dark&transparent=1&embed=military",
];

/// Pieces the seeded queries are made of (separated by whitespace): the parameters and values early.js reads, every
/// broken or odd escape, separators and non-ASCII text.
const PIECES: &str = "embed theme transparent = = & & ? + % %2 %ZZ %+1 %65 %6D %C3 %A9 %C3%A9 \
    %F0%9F%92%A5 %00 %3D %26 %20 pilot military mianyang shared-ownership swjtu ip money timeline \
    light dark auto 0 false 1 true x é 💥 # , tables source";

/// A small deterministic generator (xorshift64*): the same corpus on every machine.
struct Seeded(u64);

impl Seeded {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
}

fn corpus() -> Vec<String> {
    let pieces: Vec<&str> = PIECES.split_whitespace().collect();
    let mut rng = Seeded(0x5eed_2018_0000_0013);
    let generated = (0..GENERATED).map(|_| {
        let len = 1 + rng.below(9);
        let body: String = (0..len).map(|_| pieces[rng.below(pieces.len())]).collect();
        format!("?{body}")
    });
    let every_view = embed_views().map(|v| format!("?embed={v}"));
    PICKED
        .iter()
        .map(|s| s.to_string())
        .chain(every_view)
        .chain(generated)
        .collect()
}

/// One line per address: what `location.search` holds, and the three attributes.
fn fixture() -> String {
    let lines: Vec<String> = corpus()
        .iter()
        .map(|search| {
            let (embed, theme, transparent) = page_attributes(&View::from_url(search, ""));
            let case = serde_json::json!({
                "search": search, "embed": embed, "theme": theme, "transparent": transparent,
            });
            format!("  {case}")
        })
        .collect();
    format!("[\n{}\n]\n", lines.join(",\n"))
}

#[test]
fn url_cases_fixture_is_what_the_parser_says() {
    assert_covers_every_outcome();
    let expected = fixture();
    if std::env::var_os("UPDATE_URL_CASES").is_some() {
        std::fs::write(FIXTURE, &expected).expect("write the fixture");
        return;
    }
    let found = std::fs::read_to_string(FIXTURE).unwrap_or_default();
    assert!(
        found == expected,
        "{FIXTURE} is not what the parser gives: run UPDATE_URL_CASES=1 cargo test --features ssr url_cases"
    );
}

/// The corpus reaches every value of every attribute, so that no rule goes unchecked.
fn assert_covers_every_outcome() {
    let cases: Vec<_> = corpus()
        .iter()
        .map(|s| page_attributes(&View::from_url(s, "")))
        .collect();
    for view in embed_views() {
        assert!(cases.iter().any(|c| c.0 == Some(view)), "{view}");
    }
    for embed in [None, Some("all"), Some("unknown")] {
        assert!(cases.iter().any(|c| c.0 == embed), "{embed:?}");
    }
    for theme in [None, Some("light"), Some("dark")] {
        assert!(cases.iter().any(|c| c.1 == theme), "{theme:?}");
    }
    assert!(cases.iter().any(|c| c.2) && cases.iter().any(|c| !c.2));
}
