// path is Node's own lib/path.js: win32 UNC and device paths, posix edge cases.
const path = require('path');
const w = path.win32;
console.log(w.dirname('\\\\unc\\share\\foo'), w.dirname('\\\\unc\\share'), w.dirname('c:'), w.dirname('c:foo\\bar'));
console.log(w.join('//foo/bar'), w.join('\\\\server', 'share'), w.join('c:', 'file'));
console.log(w.relative('c:\\aaaa\\bbbb', 'd:\\'), w.relative('\\\\foo\\bar', '\\\\foo\\bar\\baz'), w.relative('C:\\foo\\bar', 'c:\\foo'));
console.log(w.resolve('c:/blah\\blah', 'd:/games', 'c:../a'), w.resolve('\\\\server\\share', '..', 'relative\\'));
console.log(w.parse('\\\\server\\share\\file.txt'), w.parse('C:'), path.posix.parse('/'));
console.log(w.extname('file.\\'), path.extname('.file.'), w.toNamespacedPath('C:\\x'), w.toNamespacedPath('\\\\a\\b\\c'));
console.log(w.normalize('\\\\.\\foo\\bar'), w.normalize('c:/../a'), w.isAbsolute('//server'), w.isAbsolute('c:'));
console.log(w.format({ root: 'C:\\', name: 'x', ext: 'txt' }), path.format({ dir: 'a', base: 'b' }));
console.log(require('path/win32') === w, require('path/posix') === path.posix, path.posix === path, w.sep, w.delimiter);
try { path.join(null); } catch (e) { console.log(e.code, e.message); }
try { path.format(1); } catch (e) { console.log(e.code, e.message); }
