//! Runs on one thread share an engine (see `src/engine.rs`). A program that
//! tampers with the realm (intrinsics, globals, prototypes, built-in module
//! state) must never change what the next program prints: after each
//! hostile program, a probe that looks at all of those must print exactly
//! what it printed on a brand-new engine.

use playground::{RunOptions, Stream, run};

const PROBE: &str = r#"
console.log([1, 2].map((x) => x * 2), ({}).x, typeof leak, typeof g, typeof h);
console.log(Object.isFrozen(Array.prototype), Object.getPrototypeOf(Array.prototype) === Object.prototype);
console.log(typeof Map, [...new Map([[1, 2]])], [...new Set([3])], Math.random() < 1, JSON.stringify({ a: 1 }));
console.log('ab'.repeat(2), Promise.prototype.then.name, String(Symbol('s')), [3, 1, 2].sort());
console.log(new Error('e').stack.split('\n').length > 1, Error.stackTraceLimit);
console.log(require('events').defaultMaxListeners, process.listenerCount('exit'), process.exitCode);
console.log(Array.from({ length: 2 }), new Array(3).length, Object.keys(globalThis).length);
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('timer'), 5);
process.nextTick(() => console.log('tick'));
"#;

const HOSTILE: &[&str] = &[
    "Array.prototype.map = () => 'hacked';",
    "Object.defineProperty(Object.prototype, 'x', { value: 1, enumerable: true, configurable: true });",
    "globalThis.leak = 42; global.other = 1;",
    "Object.freeze(Array.prototype);",
    "Object.setPrototypeOf(Array.prototype, null);",
    "Error.stackTraceLimit = 0;",
    "Promise.prototype.then = function hijacked() {};",
    "delete globalThis.Map;",
    "Math.random = () => 4; JSON.stringify = () => 'x';",
    "String.prototype.repeat = () => 'no';",
    "Object.getPrototypeOf([][Symbol.iterator]()).next = () => ({ done: true });",
    "Object.getPrototypeOf(new Map()[Symbol.iterator]()).next = () => ({ done: true });",
    "Array.prototype.sort = function () { return this; };",
    "Symbol.prototype.toString = () => 'sym';",
    "(0, eval)('var g = 1; let h = 2;');",
    "new Function('globalThis.leak = 1')();",
    "require('events').defaultMaxListeners = 1; process.on('exit', () => {}); process.exitCode = 3;",
    "Object.defineProperty(globalThis, 'console', { value: { log() {} }, configurable: false });",
    "Object.defineProperty(globalThis, 'pinned', { value: 1, configurable: false });",
    "Object.preventExtensions(globalThis);",
    "while (true) {}",
    "function f() { f(); } f();",
    "Error.captureStackTrace = null; Object.defineProperty(Error.prototype, 'stack', { value: 'x' });",
];

fn output(source: &str) -> String {
    let result = run(&RunOptions { source: source.into(), ..RunOptions::default() });
    format!("{}{}exit {}", result.text(Stream::Stdout), result.text(Stream::Stderr), result.exit_code)
}

#[test]
fn a_hostile_program_never_changes_the_next_run() {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let fresh = output(PROBE);
            assert!(fresh.contains("[ 2, 4 ] undefined undefined undefined undefined"), "probe output: {fresh}");
            assert!(fresh.ends_with("tick\nmicrotask\ntimer\nexit 0"), "probe output: {fresh}");
            let mut failures = Vec::new();
            for hostile in HOSTILE {
                output(hostile);
                let after = output(PROBE);
                if after != fresh {
                    failures.push(format!("after `{hostile}`:\n{after}"));
                }
                // And twice in a row, on the engine the probe left behind.
                let again = output(PROBE);
                if again != fresh {
                    failures.push(format!("second probe after `{hostile}`:\n{again}"));
                }
            }
            assert!(failures.is_empty(), "fresh engine printed:\n{fresh}\n\n{}", failures.join("\n\n"));
        })
        .expect("spawn")
        .join()
        .expect("no panic");
}
