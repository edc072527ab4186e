// The legacy url API (url.parse, url.format, url.resolve) as Node 20 has it, including its quirks.
const url = require('url');
for (const s of ['http://user:pw@host.com:8080/p/a/t/h?query=string#hash', '//foo/bar', 'HTTP://X.COM/Y', 'mailto:a@b.c?subject=hi', 'javascript:alert(1)', '/a/b?c=d&c=e', 'http://x.com\\y', 'http://a.com/\'"<>`{}|^ z', 'xmpp:isaacschlueter@jabber.org', 'file:///etc/passwd', 'http://[::1]:80/x']) {
  const p = url.parse(s, true);
  console.log(JSON.stringify(s), p.protocol, p.slashes, p.auth, p.host, p.port, p.hostname, p.hash, p.search, JSON.stringify(p.query), p.pathname, p.path, p.href);
}
console.log(url.parse('//foo/bar', false, true).host);
console.log(url.format({ protocol: 'http', host: 'a.com', pathname: '/x y', query: { a: 1, b: ['c', 'd'] }, hash: 'h' }));
console.log(url.format({ protocol: 'mailto', pathname: 'a@b' }), url.format('http://a.com/b?c#d'));
console.log(url.format(new URL('http://u:p@a.com/b?c#d'), { auth: false, search: false, fragment: false }));
for (const [f, t] of [['http://a/b/c', '../d'], ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b', '//c/d'], ['mailto:a@b', 'c'], ['http://a/b/c', '']]) {
  console.log(f, t, '->', url.resolve(f, t));
}
console.log(url.resolveObject('http://a/b/c', '../d').href);
try { url.parse(42); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.format(null); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(url.fileURLToPath('file:///a/b%20c'), url.pathToFileURL('/x y#?%').href);
try { url.fileURLToPath('http://x/'); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.fileURLToPath('file:///a%2fb'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(url.urlToHttpOptions(new URL('https://u:p@a.com:99/x?y')));
