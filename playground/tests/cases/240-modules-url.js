// URL and URLSearchParams (globals and require('url')): parsing, relative
// references, dot segments, percent-encoding, the live searchParams, util.inspect
// output, and the helpers fileURLToPath, pathToFileURL, format, resolve, parse.
const u = new URL('https://user:pw@Example.com:8080/a/../b/./c?x=1&y=a%20b#frag');
console.log(u);
console.log(u.searchParams);
console.log(String(u), u.origin, u.host, u.port, u.pathname, u.search, u.hash, u.username, u.password);
const p = new URLSearchParams('a=1&b=2&a=3'); p.append('c', 'x y'); console.log(p.getAll('a'), p.toString(), [...p], p.size);
console.log(new URL('../x?q', 'http://h.com/a/b/c').href, new URL('file:///tmp/a b.txt').pathname);
try { new URL('nope') } catch (e) { console.log(e.name, e.code, e.message, e.input) }
console.log(JSON.stringify({ u: new URL('http://a.com') }), new URL('HTTP://A.COM').href, new URL('http://a.com:80/').href);
const q = new URLSearchParams({ a: '1', b: 'two words' }); q.sort(); q.set('a', '9'); q.delete('b'); console.log(q.toString(), q.has('a'));
const url = require('url');
console.log(url.fileURLToPath('file:///tmp/x%20y.txt'), url.pathToFileURL('/tmp/x y.txt').href);
const v = new URL('https://example.org/search?q=node');
v.searchParams.append('page', '2'); v.searchParams.set('q', 'deno & bun'); v.hash = 'top'; v.pathname = '/find me';
console.log(v.href, v.search);
v.search = '?a=1'; console.log(v.searchParams.get('a'), v.href);
v.port = '8443'; v.hostname = 'Other.org'; console.log(v.host, v.href, v.origin);
for (const [k, val] of new URLSearchParams('k=1&k=2&e=&=x&plus=a+b&pct=%E2%9C%93')) console.log(JSON.stringify(k), JSON.stringify(val));
console.log(new URL('mailto:someone@example.com').pathname, new URL('mailto:someone@example.com').origin, new URL('data:text/plain,hi').href);
console.log(new URL('/abs/path?x#y', 'https://b.com/base/file').href, new URL('?only', 'https://b.com/p/q').href, new URL('#h', 'https://b.com/p?q').href, new URL('//other.com/x', 'https://b.com').href);
console.log(URL.canParse('https://x.y'), URL.canParse('x'), URL.canParse('x', 'https://base.com/'));
console.log(Object.prototype.toString.call(new URL('http://a.b')), new URLSearchParams('a=1').toString(), String(new URLSearchParams([['x', 'é'], ['y', '1 2']])));
console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/a', query: { b: 1 } }), url.resolve('http://a.com/b/c', '../d'), url.resolve('/one/two/three', 'four'));
const legacy = url.parse('https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash');
console.log(legacy.host, legacy.pathname, legacy.query, legacy.hash, legacy.port, legacy.auth, legacy.href);
console.log(new URL('./data.json', 'file:///home/crib/app/main.mjs').href);
console.log(new URL('http://example.com/a%2Fb c'), new URLSearchParams(''));
