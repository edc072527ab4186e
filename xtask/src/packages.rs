//! `cargo xtask packages`: the npm packages the playground can `require`
//! (`playground/packages/`), snapshotted into `playground/packages/prebuilt/`.
//!
//! A package is not bundled into one file: its artifact is a snapshot of
//! its installed `node_modules` tree, mounted read-only at `/node_modules/`
//! for the runtime's CommonJS loader. So Node's own module semantics hold
//! exactly (one module per file, `require.cache`, `__filename`, resolution
//! through `package.json`), there are no bundler interop shims, and any
//! pure-JavaScript package comes in the same way by adding it to
//! `playground/packages/package.json`.
//!
//! What is kept: only the files reachable from the package's entry by
//! `require` with a literal argument, followed statically (oxc's parser) with
//! Node's resolution (`node_modules` lookup, `main`, `exports` with the
//! `require`/`node`/`default` conditions, `index.js`, `.js`/`.json`); the
//! `package.json` of every package it enters (trimmed to what resolution
//! reads, whole when code requires it); and every package's licence files.
//! JavaScript is minified with the built-ins' minifier (`minify.rs`).
//!
//! Each top-level dependency gets `prebuilt/<name>.json`:
//! `{name, version, lock, generator, builtins, licenses, files}`, where
//! `lock` hashes `package-lock.json` and `generator` this file and
//! `minify.rs`, which `playground/tests/packages.rs` recomputes.

use crate::minify::{Kind, minify};
use oxc_allocator::Allocator;
use oxc_ast::ast::{Argument, CallExpression, Expression};
use oxc_ast_visit::{Visit, walk};
use oxc_parser::Parser;
use oxc_span::SourceType;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The folder with `package.json`, `package-lock.json` and `node_modules/`.
pub(crate) const FOLDER: &str = "playground/packages";
/// Where the snapshots go, one JSON file per top-level package.
pub(crate) const PREBUILT: &str = "playground/packages/prebuilt";
/// What the artifacts are made by: a change to either regenerates them.
pub(crate) const GENERATOR_FILES: &[&str] = &["xtask/src/packages.rs", "xtask/src/minify.rs"];

pub(crate) fn run(root: &Path) -> Result<(), String> {
    let folder = root.join(FOLDER);
    crate::test::ensure_npm_packages(&folder)?;
    let manifest: Value = read_json(&folder.join("package.json"))?;
    let names: Vec<String> = manifest
        .get("dependencies")
        .and_then(Value::as_object)
        .map(|d| d.keys().cloned().collect())
        .unwrap_or_default();
    let lock = hash_files(root, &[&format!("{FOLDER}/package-lock.json")])?;
    let generator = hash_files(root, GENERATOR_FILES)?;
    let builtins = node_builtins()?;
    let out = root.join(PREBUILT);
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    for entry in std::fs::read_dir(&out).map_err(|e| format!("cannot list {}: {e}", out.display()))?.flatten() {
        let stale = entry.path().extension().is_some_and(|e| e == "json")
            && !names.iter().any(|n| entry.file_name().to_string_lossy() == artifact_name(n));
        if stale {
            std::fs::remove_file(entry.path()).map_err(|e| format!("cannot remove {}: {e}", entry.path().display()))?;
        }
    }
    for name in &names {
        let snap = Snapshot::take(&folder, name, &builtins)?;
        let version = snap.version(name)?;
        let (raw, small) = snap.sizes();
        let artifact = json!({
            "name": name,
            "version": version,
            "lock": lock,
            "generator": generator,
            "builtins": snap.builtins,
            "licenses": snap.licenses,
            "files": snap.files,
        });
        let text = serde_json::to_string(&artifact).map_err(|e| e.to_string())? + "\n";
        let dest = out.join(artifact_name(name));
        std::fs::write(&dest, &text).map_err(|e| format!("cannot write {}: {e}", dest.display()))?;
        for warning in &snap.warnings {
            eprintln!("xtask packages: {name}: {warning}");
        }
        eprintln!(
            "xtask packages: {name}@{version}: {} files ({} JavaScript, {raw} bytes minified to {small}), {} bytes written to {}",
            snap.files.len(),
            snap.js_files,
            text.len(),
            dest.display()
        );
    }
    Ok(())
}

/// `express` -> `express.json`, `@scope/name` -> `@scope+name.json`.
pub(crate) fn artifact_name(package: &str) -> String {
    format!("{}.json", package.replace('/', "+"))
}

/// blake3 over the files' names and bytes (`\n` line ends), as hex.
fn hash_files(root: &Path, rels: &[&str]) -> Result<String, String> {
    let mut h = blake3::Hasher::new();
    for rel in rels {
        let text = std::fs::read_to_string(root.join(rel)).map_err(|e| format!("cannot read {rel}: {e}"))?;
        let text = text.replace("\r\n", "\n");
        for part in [rel.as_bytes(), text.as_bytes()] {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part);
        }
    }
    Ok(h.finalize().to_hex().to_string())
}

fn node_builtins() -> Result<BTreeSet<String>, String> {
    let out = Command::new("node")
        .args(["-p", "require('module').builtinModules.join('\\n')"])
        .output()
        .map_err(|e| format!("cannot run node (it lists Node's built-in modules): {e}"))?;
    if !out.status.success() {
        return Err("`node -p require('module').builtinModules` failed".into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect())
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{} is not valid JSON: {e}", path.display()))
}

/// One package's reachable files, by virtual path (`/node_modules/...`).
struct Snapshot {
    /// The real folder that `/` stands for (holds `node_modules/`).
    base: PathBuf,
    files: BTreeMap<String, String>,
    /// Package folders entered (virtual), for their package.json and licences.
    packages: BTreeSet<String>,
    /// package.json files that code requires: kept whole.
    required_json: BTreeSet<String>,
    builtins: BTreeSet<String>,
    /// package name@version -> licence (from its package.json).
    licenses: BTreeMap<String, String>,
    warnings: Vec<String>,
    js_files: usize,
    raw_js: usize,
    small_js: usize,
}

impl Snapshot {
    fn take(folder: &Path, name: &str, builtins: &BTreeSet<String>) -> Result<Snapshot, String> {
        let mut s = Snapshot {
            base: folder.to_path_buf(),
            files: BTreeMap::new(),
            packages: BTreeSet::new(),
            required_json: BTreeSet::new(),
            builtins: BTreeSet::new(),
            licenses: BTreeMap::new(),
            warnings: Vec::new(),
            js_files: 0,
            raw_js: 0,
            small_js: 0,
        };
        let entry =
            s.resolve(name, "/").ok_or_else(|| format!("`{name}` does not resolve from {}", folder.display()))?;
        let mut todo = vec![entry];
        let mut seen = BTreeSet::new();
        while let Some(path) = todo.pop() {
            if !seen.insert(path.clone()) {
                continue;
            }
            let text = std::fs::read_to_string(s.real(&path)).map_err(|e| format!("cannot read {path}: {e}"))?;
            if path.ends_with(".json") {
                if path.ends_with("/package.json") {
                    s.required_json.insert(path.clone());
                }
                let value: Value = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
                s.files.insert(path, value.to_string());
                continue;
            }
            let dir = parent(&path);
            for spec in s.requires(&path, &text)? {
                let bare = spec.strip_prefix("node:").unwrap_or(&spec);
                if spec.starts_with("node:") || builtins.contains(bare) {
                    s.builtins.insert(bare.to_string());
                    continue;
                }
                match s.resolve(&spec, &dir) {
                    Some(found) => todo.push(found),
                    None => s.warnings.push(format!("{path}: require('{spec}') does not resolve (left out)")),
                }
            }
            let small = minify(&text, Kind::Module).map_err(|e| format!("{path} does not parse:\n{e}"))?;
            s.js_files += 1;
            s.raw_js += text.len();
            s.small_js += small.len();
            s.files.insert(path, small);
        }
        s.add_package_files()?;
        Ok(s)
    }

    fn real(&self, virtual_path: &str) -> PathBuf {
        self.base.join(virtual_path.trim_start_matches('/'))
    }

    fn is_file(&self, virtual_path: &str) -> bool {
        self.real(virtual_path).is_file()
    }

    fn version(&self, name: &str) -> Result<String, String> {
        let pj = read_json(&self.real(&format!("/node_modules/{name}/package.json")))?;
        Ok(pj.get("version").and_then(Value::as_str).unwrap_or("").to_string())
    }

    fn sizes(&self) -> (usize, usize) {
        (self.raw_js, self.small_js)
    }

    /// The literal arguments of `require(...)` calls in a file; other
    /// calls to `require` are warned about.
    fn requires(&mut self, path: &str, text: &str) -> Result<Vec<String>, String> {
        struct Finder {
            found: Vec<String>,
            dynamic: usize,
        }
        impl<'a> Visit<'a> for Finder {
            fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
                let is_require = matches!(&it.callee, Expression::Identifier(id) if id.name == "require");
                if is_require {
                    match it.arguments.first() {
                        Some(Argument::StringLiteral(s)) => self.found.push(s.value.to_string()),
                        _ => self.dynamic += 1,
                    }
                }
                walk::walk_call_expression(self, it);
            }
        }
        let allocator = Allocator::default();
        let parsed = Parser::new(&allocator, text, SourceType::cjs()).parse();
        if !parsed.diagnostics.is_empty() {
            let messages: Vec<String> = parsed.diagnostics.iter().map(|d| d.to_string()).collect();
            return Err(format!("{path} does not parse:\n{}", messages.join("\n")));
        }
        let mut finder = Finder { found: Vec::new(), dynamic: 0 };
        finder.visit_program(&parsed.program);
        if finder.dynamic > 0 {
            self.warnings.push(format!(
                "{path}: {} require() call(s) without a literal argument (not followed)",
                finder.dynamic
            ));
        }
        Ok(finder.found)
    }

    /// Node's `require.resolve(spec)` from the folder `dir`, on the real tree.
    fn resolve(&mut self, spec: &str, dir: &str) -> Option<String> {
        if spec.starts_with("./") || spec.starts_with("../") || spec.starts_with('/') || spec == "." || spec == ".." {
            let target = normalize(&format!("{dir}/{spec}"));
            return self.load_file(&target).or_else(|| self.load_dir(&target));
        }
        let (name, sub) = split_bare(spec);
        let mut d = dir.to_string();
        loop {
            if !d.ends_with("/node_modules") {
                let pkg = normalize(&format!("{d}/node_modules/{name}"));
                if self.real(&pkg).is_dir() {
                    self.enter(&pkg);
                    if let Some(exports) = self.package_json(&pkg).and_then(|p| p.get("exports").cloned()) {
                        let key = if sub.is_empty() { ".".to_string() } else { format!(".{sub}") };
                        return resolve_exports(&exports, &key)
                            .map(|t| normalize(&format!("{pkg}/{t}")))
                            .filter(|p| self.is_file(p));
                    }
                    let target = format!("{pkg}{sub}");
                    if let Some(found) = self.load_file(&target).or_else(|| self.load_dir(&target)) {
                        return Some(found);
                    }
                }
            }
            if d == "/" {
                return None;
            }
            d = parent(&d);
        }
    }

    fn load_file(&self, target: &str) -> Option<String> {
        [target.to_string(), format!("{target}.js"), format!("{target}.json")].into_iter().find(|c| self.is_file(c))
    }

    fn load_dir(&mut self, target: &str) -> Option<String> {
        if let Some(main) =
            self.package_json(target).and_then(|p| p.get("main").and_then(Value::as_str).map(str::to_string))
        {
            self.enter(target);
            let m = normalize(&format!("{target}/{main}"));
            if let Some(found) = self.load_file(&m).or_else(|| self.load_file(&format!("{m}/index"))) {
                return Some(found);
            }
        }
        self.load_file(&format!("{target}/index"))
    }

    fn package_json(&self, dir: &str) -> Option<Value> {
        read_json(&self.real(&format!("{dir}/package.json"))).ok()
    }

    fn enter(&mut self, pkg: &str) {
        self.packages.insert(pkg.to_string());
    }

    /// Every entered package's package.json (trimmed unless required) and
    /// licence files.
    fn add_package_files(&mut self) -> Result<(), String> {
        for pkg in self.packages.clone() {
            let pj_path = format!("{pkg}/package.json");
            let Some(pj) = self.package_json(&pkg) else { continue };
            if !self.required_json.contains(&pj_path) {
                let mut kept = Map::new();
                for key in ["name", "version", "license", "main", "exports"] {
                    if let Some(v) = pj.get(key) {
                        kept.insert(key.to_string(), v.clone());
                    }
                }
                self.files.insert(pj_path, Value::Object(kept).to_string());
            }
            let id = format!(
                "{}@{}",
                pj.get("name").and_then(Value::as_str).unwrap_or(&pkg),
                pj.get("version").and_then(Value::as_str).unwrap_or("?")
            );
            let license = pj.get("license").and_then(Value::as_str).unwrap_or("(none declared)").to_string();
            self.licenses.insert(id.clone(), license);
            let mut found = false;
            let real = self.real(&pkg);
            let entries = std::fs::read_dir(&real).map_err(|e| format!("cannot list {}: {e}", real.display()))?;
            let mut names: Vec<String> =
                entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
            names.sort();
            for file in names {
                let lower = file.to_ascii_lowercase();
                if ["license", "licence", "copying"].iter().any(|l| lower == *l || lower.starts_with(&format!("{l}.")))
                {
                    let text = std::fs::read_to_string(real.join(&file))
                        .map_err(|e| format!("cannot read {pkg}/{file}: {e}"))?;
                    self.files.insert(format!("{pkg}/{file}"), text.replace("\r\n", "\n"));
                    found = true;
                }
            }
            if !found {
                self.warnings.push(format!("{id} ships no licence file"));
            }
        }
        Ok(())
    }
}

/// `@scope/name/sub/path` -> (`@scope/name`, `/sub/path`).
fn split_bare(spec: &str) -> (String, String) {
    let parts: Vec<&str> = spec.splitn(if spec.starts_with('@') { 3 } else { 2 }, '/').collect();
    let n = if spec.starts_with('@') { 2.min(parts.len()) } else { 1 };
    let name = parts[..n].join("/");
    let sub = spec[name.len()..].to_string();
    (name, sub)
}

/// A package's `exports` for a subpath (`.` or `./x`), with the conditions
/// of `require()` in Node 20 without require(esm): `require`, `node`, `default`.
fn resolve_exports(exports: &Value, key: &str) -> Option<String> {
    let is_map = exports.as_object().is_some_and(|m| m.keys().any(|k| k.starts_with('.')));
    let target = if is_map {
        exports.get(key)?
    } else if key == "." {
        exports
    } else {
        return None;
    };
    fn pick(t: &Value) -> Option<String> {
        match t {
            Value::String(s) => Some(s.clone()),
            Value::Array(items) => items.iter().find_map(pick),
            Value::Object(m) => {
                m.iter().find(|(k, _)| ["require", "node", "default"].contains(&k.as_str())).and_then(|(_, v)| pick(v))
            }
            _ => None,
        }
    }
    pick(target)
}

fn parent(path: &str) -> String {
    match path.rfind('/') {
        Some(0) | None => "/".to_string(),
        Some(i) => path[..i].to_string(),
    }
}

fn normalize(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            p => out.push(p),
        }
    }
    format!("/{}", out.join("/"))
}

#[cfg(test)]
mod tests {
    use super::{resolve_exports, split_bare};
    use serde_json::json;

    #[test]
    fn bare_names_split_as_node_does() {
        assert_eq!(split_bare("express"), ("express".into(), "".into()));
        assert_eq!(split_bare("qs/lib/utils"), ("qs".into(), "/lib/utils".into()));
        assert_eq!(split_bare("@scope/pkg/x"), ("@scope/pkg".into(), "/x".into()));
    }

    #[test]
    fn exports_take_the_require_conditions() {
        let e = json!({".": [{"module-sync": "./require.mjs", "import": "./index.mjs", "default": "./index.js"}, "./index.js"], "./get": "./get.js"});
        assert_eq!(resolve_exports(&e, ".").as_deref(), Some("./index.js"));
        assert_eq!(resolve_exports(&e, "./get").as_deref(), Some("./get.js"));
        assert_eq!(resolve_exports(&e, "./nope"), None);
        assert_eq!(resolve_exports(&json!("./main.js"), ".").as_deref(), Some("./main.js"));
    }
}
