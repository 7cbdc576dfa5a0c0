//! The build script's half of the derived figures: reads `[[derived]]` and `[[refused]]` tables
//! and writes them as Rust literals, each derived result computed by `src/data/interval.rs` and
//! `src/data/operation.rs` (the same files the app compiles).

use crate::interval::{End, Interval};
use crate::operation::{Operand, Operation};
use serde::Deserialize;

#[derive(Deserialize, Debug, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
pub enum DerivedUnit {
    RmbBillion,
    Count,
    Percent,
    Times,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Derived {
    pub id: String,
    section: String,
    inputs: Vec<String>,
    operation: String,
    unit: DerivedUnit,
    // What a count counts, and what the result is per: our words, from the content file.
    #[serde(default)]
    pub noun: String,
    #[serde(default)]
    pub per: String,
    // Our words, from the content file (build.rs joins them by id).
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub meaning: String,
    // Only needed where inputs differ in place or period, or their link is uncertain.
    #[serde(default)]
    pub caveat: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refused {
    pub id: String,
    section: String,
    inputs: Vec<String>,
    operation: String,
    // Our words, from the content file (build.rs joins them by id).
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub reason: String,
}

/// An input as the operations see it: the figure's qualified value and its period's length.
/// Mirrors `Interval::of_figure` and `Operand::of_figure` in `src/data/derived.rs`; a native test
/// recomputes every result from the figures and compares it with the generated table.
pub fn operand(value: f64, lower_bound: bool, percent: bool, (start, end): (u16, u16)) -> Operand {
    Operand {
        value: Interval::stated(value, lower_bound, percent),
        years: end.saturating_sub(start).saturating_add(1),
    }
}

fn operation(name: &str, owner: &str) -> Operation {
    Operation::from_name(name).unwrap_or_else(|| {
        let names: Vec<_> = Operation::ALL.iter().map(|op| op.name()).collect();
        panic!("{owner}: unknown operation {name:?}; expected one of {names:?}")
    })
}

/// `{:?}` keeps a decimal point on finite floats; infinities need their constant's name.
fn float(v: f64) -> String {
    match v {
        f64::INFINITY => "f64::INFINITY".into(),
        f64::NEG_INFINITY => "f64::NEG_INFINITY".into(),
        v => format!("{v:?}"),
    }
}

fn end(e: End) -> String {
    format!("End {{ value: {}, closed: {} }}", float(e.value), e.closed)
}

fn interval(i: Interval) -> String {
    format!("Interval {{ lo: {}, hi: {} }}", end(i.lo), end(i.hi))
}

/// Checks the operation's arity against the inputs, and resolves each input with `operand`.
fn checked<'a>(
    owner: &str,
    name: &str,
    inputs: &'a [String],
    operand: &dyn Fn(&str, &str) -> Operand,
) -> (Operation, Vec<Operand>, &'a [String]) {
    let op = operation(name, owner);
    assert!(
        inputs.len() == op.arity(),
        "{owner}: {name} takes {} inputs, not {}",
        op.arity(),
        inputs.len()
    );
    let operands = inputs.iter().map(|id| operand(id, owner)).collect();
    (op, operands, inputs)
}

impl Derived {
    pub fn literal(&self, operand: &dyn Fn(&str, &str) -> Operand) -> String {
        let (op, operands, inputs) = checked(&self.id, &self.operation, &self.inputs, operand);
        let result = op
            .apply(&operands)
            .unwrap_or_else(|| panic!("{}: arity checked above", self.id));
        format!(
            "Derived {{ id: {:?}, section: {:?}, inputs: &{:?}, operation: Operation::{:?}, \
             unit: DerivedUnit::{:?}, noun: {}, per: {}, label: {}, result: {} }}",
            self.id,
            self.section,
            inputs,
            op,
            self.unit,
            self.noun,
            self.per,
            self.label,
            interval(result)
        )
    }

    /// Its row of `DERIVED_TEXT`: the id, what the result means and the caveat.
    pub fn text_literal(&self) -> String {
        format!("({:?}, {:?}, {:?})", self.id, self.meaning, self.caveat)
    }
}

impl Refused {
    /// Refusals are never computed, but their inputs and operation are checked like the rest.
    pub fn literal(&self, operand: &dyn Fn(&str, &str) -> Operand) -> String {
        let (op, _, inputs) = checked(&self.id, &self.operation, &self.inputs, operand);
        format!(
            "Refused {{ id: {:?}, section: {:?}, inputs: &{:?}, operation: Operation::{:?}, \
             label: {:?}, reason: {:?} }}",
            self.id, self.section, inputs, op, self.label, self.reason
        )
    }
}
