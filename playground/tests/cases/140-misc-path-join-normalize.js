// path (POSIX): join, normalize, resolve with absolute segments, relative,
// isAbsolute, and trailing-slash handling.
const path = require('path');
console.log(path.join('/a/b', '../c', './d.txt'));
console.log(path.join('a', '', 'b/', '/c/'));
console.log(JSON.stringify(path.join()), JSON.stringify(path.join('')), path.join('..', 'x', '..', '..'));
console.log(path.normalize('/foo/bar//baz/asdf/quux/..'));
console.log(path.normalize('./a/../../b/./c/'), path.normalize(''), path.normalize('//x'));
console.log(path.resolve('/root', 'sub', '/abs', 'file.js'));
console.log(path.resolve('/a/b', '../../..', 'c'));
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
console.log(JSON.stringify(path.relative('/same', '/same')), path.relative('/a', '/a/b/c'), path.relative('/a/b/c', '/a'));
console.log(path.isAbsolute('/x'), path.isAbsolute('x/y'), path.isAbsolute(''));
console.log(path.sep, path.delimiter, path === path.posix, typeof path.win32.join);
console.log(path.resolve('') === process.cwd(), path.resolve('x') === process.cwd() + '/x');
try { path.join('a', 1); } catch (e) { console.log(e.code); }
