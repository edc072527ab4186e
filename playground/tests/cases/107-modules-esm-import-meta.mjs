// import.meta and ESM scope facts that do not print paths.
console.log('url is file URL:', import.meta.url.startsWith('file:///'), import.meta.url.endsWith('.mjs'));
console.log('typeof import.meta.resolve:', typeof import.meta.resolve);
console.log('resolve a built-in:', import.meta.resolve('node:fs'), import.meta.resolve('path'));
console.log('typeof require/module/exports/__filename:', typeof require, typeof module, typeof exports, typeof __filename);
console.log('this at top level:', this);
console.log('strict mode:', (function () { return this === undefined; })());
console.log('import.meta.filename/dirname:', import.meta.filename.endsWith('.mjs'), typeof import.meta.dirname);
console.log('import.meta keys:', Object.keys(import.meta).sort());
