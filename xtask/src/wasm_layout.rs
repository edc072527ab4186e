//! Lays out the playground's wasm for compression: puts the function bodies
//! in the order of their names and drops the name section.
//!
//! The code is nothing but what rustc and wasm-bindgen produced; only its
//! order changes (with the function indices that refer to it: calls,
//! `ref.func`, exports, table elements, start). wasm-bindgen emits bodies
//! largest first, which scatters the copies of one generic function (Boa's
//! parser exists once per source reader, each typed array constructor once
//! per element type) and the functions of one module across the section,
//! farther apart than gzip's 32 KiB window. Sorted by name, they sit side by
//! side and gzip finds the repeats: about 65 KB less to transfer, same code.
//!
//! The name section is only read for the order and is not kept (names are
//! ~650 KB raw; a panic carries its own message). The result is validated.

use std::collections::HashMap;
use wasm_encoder::reencode::{self, Reencode};

/// Reorders `wasm` (which must carry a name section) and returns the new module.
pub fn sort_functions_by_name(wasm: &[u8]) -> std::result::Result<Vec<u8>, String> {
    let Survey { imported, names, sizes } = survey(wasm).map_err(|e| format!("cannot read the module: {e}"))?;
    let defined = sizes.len() as u32;
    if names.is_empty() {
        return Err("the module has no function names to sort by (was it built with -Cstrip?)".into());
    }
    // order[new position] = old position among the defined functions.
    let mut order: Vec<u32> = (0..defined).collect();
    let key = |f: u32| {
        let name = names.get(&(imported + f));
        // Rust's legacy names end in `::h<16 hex digits>`, different for each
        // copy of a generic function: without it the copies sort together,
        // smallest first (measured: 1.6 KB less gzip than by full name).
        let stem = name.map(|n| match n.rfind("::h") {
            Some(at) if n.len() - at == 19 && n[at + 3..].bytes().all(|b| b.is_ascii_hexdigit()) => &n[..at],
            _ => n.as_str(),
        });
        (name.is_none(), stem, sizes[f as usize], f)
    };
    order.sort_by_cached_key(|&f| key(f));
    let mut new_index = vec![0u32; defined as usize];
    for (new, &old) in order.iter().enumerate() {
        new_index[old as usize] = new as u32;
    }
    let mut layout = Layout { imported, order, new_index };
    let mut module = wasm_encoder::Module::new();
    layout
        .parse_core_module(&mut module, wasmparser::Parser::new(0), wasm)
        .map_err(|e| format!("cannot rewrite the module: {e:?}"))?;
    let out = module.finish();
    let features = wasmparser::WasmFeatures::all();
    wasmparser::Validator::new_with_features(features)
        .validate_all(&out)
        .map_err(|e| format!("the reordered module does not validate: {e}"))?;
    Ok(out)
}

struct Survey {
    /// Number of imported functions (the first indices).
    imported: u32,
    /// Function names by index.
    names: HashMap<u32, String>,
    /// Body sizes of the defined functions, in order.
    sizes: Vec<usize>,
}

fn survey(wasm: &[u8]) -> wasmparser::Result<Survey> {
    let (mut imported, mut names, mut sizes) = (0, HashMap::new(), Vec::new());
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload? {
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(import?.ty, wasmparser::TypeRef::Func(_) | wasmparser::TypeRef::FuncExact(_)) {
                        imported += 1;
                    }
                }
            }
            wasmparser::Payload::CodeSectionEntry(body) => sizes.push(body.range().len()),
            wasmparser::Payload::CustomSection(section) => {
                if let wasmparser::KnownCustom::Name(reader) = section.as_known() {
                    for name in reader {
                        if let wasmparser::Name::Function(map) = name? {
                            for naming in map {
                                let naming = naming?;
                                names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(Survey { imported, names, sizes })
}

struct Layout {
    imported: u32,
    order: Vec<u32>,
    new_index: Vec<u32>,
}

type Result<T> = std::result::Result<T, reencode::Error<std::convert::Infallible>>;

impl Reencode for Layout {
    type Error = std::convert::Infallible;

    fn function_index(&mut self, func: u32) -> Result<u32> {
        Ok(if func < self.imported { func } else { self.imported + self.new_index[(func - self.imported) as usize] })
    }

    fn parse_function_section(
        &mut self,
        functions: &mut wasm_encoder::FunctionSection,
        section: wasmparser::FunctionSectionReader<'_>,
    ) -> Result<()> {
        let types = section.into_iter().collect::<std::result::Result<Vec<u32>, _>>()?;
        for old in self.order.clone() {
            functions.function(self.type_index(types[old as usize])?);
        }
        Ok(())
    }

    fn parse_code_section(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        section: wasmparser::CodeSectionReader<'_>,
    ) -> Result<()> {
        let bodies = section.into_iter().collect::<std::result::Result<Vec<_>, _>>()?;
        for old in self.order.clone() {
            self.parse_function_body(code, bodies[old as usize].clone())?;
        }
        Ok(())
    }

    fn parse_custom_section(
        &mut self,
        module: &mut wasm_encoder::Module,
        section: wasmparser::CustomSectionReader<'_>,
    ) -> Result<()> {
        match section.name() {
            "name" | "producers" => Ok(()),
            _ => reencode::utils::parse_custom_section(self, module, section),
        }
    }
}
