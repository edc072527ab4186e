// querystring (generated from Node 20's own source) and the path/posix,
// path/win32 modules.
const qs = require('querystring');
console.log(qs.parse('a=1&b=2&b=3&c=%E2%9C%93&d&e=x+y'));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: '✓', d: '' }), qs.escape('a b&c'), qs.unescape('%41%zz'));
console.log(qs.parse('a:1;b:2', ';', ':'), qs.decode === qs.parse, qs.encode === qs.stringify);
console.log(qs.parse('a=1&a=2&a=3', null, null, { maxKeys: 2 }));
try { qs.escape('\uD800') } catch (e) { console.log(e.name, e.code, e.message) }
console.log(qs.unescapeBuffer('%41%42').toString());
console.log(require('path/posix').join('a', 'b'), require('path/posix') === require('path').posix);
console.log(require('path/win32').join('a', 'b'), require('path/win32').sep, require('node:path/posix').sep);
