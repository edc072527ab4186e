//! crib: a static-site generator for technical cheat sheets with a live
//! JavaScript playground. See ARCHITECTURE.md for the data flow.

pub mod cli;
pub mod commands;
pub mod diagrams;
