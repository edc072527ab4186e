//! The files `crib new` writes: a small site that shows every authoring
//! feature (a runnable example with documented output, an alert, a
//! diagram) and passes `crib check` as it is.

/// (relative path, contents) of every scaffolded file.
pub fn files(name: &str) -> Vec<(&'static str, String)> {
    let title = name.replace('"', "'");
    vec![
        (
            "crib.toml",
            format!("title = \"{title}\"\ndescription = \"A cheat sheet made with crib\"\nlanguage = \"en\"\n"),
        ),
        (".gitignore", "dist/\n.crib-cache/\n".to_string()),
        ("content/index.md", INDEX.replace("{title}", &title)),
    ]
}

const INDEX: &str = r#"+++
title = "{title}"
description = "Start here"
+++

# {title}

Every `js` example on this site runs in the reader's browser, and
`crib check` proves that the output written under it is what Node prints.

## The event loop in one example

```js
console.log('1. Start');
setTimeout(() => console.log('4. setTimeout'), 0);
Promise.resolve().then(() => console.log('3. Promise'));
process.nextTick(() => console.log('2. nextTick'));
console.log('5. End');
// Output:
// 1. Start
// 5. End
// 2. nextTick
// 3. Promise
// 4. setTimeout
```

> [!TIP]
> Synchronous code runs first; then the `process.nextTick` queue, then
> promise microtasks, then the timers phase. Read more [below](#how-it-flows).

## How it flows

```mermaid
flowchart LR
    A[Main script] --> B[nextTick queue]
    B --> C[Microtasks]
    C --> D[Timers phase]
```

## Next steps

- `crib serve` rebuilds and reloads this page on every save.
- `crib check` runs every example and checks every link.
- `crib build` writes the site to `dist/`.
"#;
