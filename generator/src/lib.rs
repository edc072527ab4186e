//! crib: a static-site generator for technical cheat sheets with a live
//! JavaScript playground. See ARCHITECTURE.md for the data flow.
//!
//! Pipeline stages, one module each: [`config`], [`content`], [`markdown`]
//! (with [`highlight`] and [`diagrams`] behind its fence hook), [`theme`],
//! and [`site`], which orchestrates them. [`diagnostics`] and [`cache`]
//! serve every stage.

pub mod cache;
pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod diagrams;
pub mod examples;
pub mod highlight;
pub mod markdown;
pub mod offline;
pub mod playground_assets;
pub mod runner;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod single_file;
pub mod site;
pub mod theme;
