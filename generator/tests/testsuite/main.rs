//! Fixture tests, one folder per behaviour: `testsuite/<area>/<case>/` is a
//! site root (crib.toml, content/, themes/) that a test copies to a temp
//! folder, builds with the real `crib` binary, and checks (often with a
//! reviewed `insta` snapshot of the rendered HTML).

mod common;
#[path = "../support/mod.rs"]
mod support;

mod cache;
mod cheatsheet;
mod diagrams;
mod errors;
mod examples;
mod highlight;
mod incremental;
mod markdown;
mod names;
mod site;
mod theme;
