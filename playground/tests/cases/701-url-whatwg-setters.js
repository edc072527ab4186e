// URL setters (state overrides) and URLSearchParams kept in step with the URL, as in Node 20.
const cases = [
  ['http://a:1/', 'protocol', 'ftp'], ['http://a/', 'protocol', 'file'], ['http://a/', 'protocol', 'sc'], ['http://a:80/', 'protocol', 'ws:x'],
  ['http://a/', 'host', 'x.y:99'], ['http://a:5/p', 'hostname', 'h:7'], ['http://a/', 'host', ''], ['file://h/x', 'host', ''], ['mailto:a', 'host', 'x'],
  ['http://a/', 'port', '8080x'], ['http://a:1/', 'port', '80'], ['http://a:1/', 'port', ''], ['http://a/', 'port', '99999'], ['file:///x', 'port', '1'],
  ['http://a/', 'pathname', '/a b/../c'], ['http://a/', 'pathname', 'x?y#z'], ['mailto:a', 'pathname', 'x'], ['sc://h', 'pathname', ''],
  ['http://a/', 'search', '?a=b c'], ['http://a/?x', 'search', ''], ['http://a/', 'hash', 'x y'], ['http://a/#x', 'hash', ''],
  ['http://a/', 'username', 'u@s'], ['http://a/', 'password', 'p:w'], ['file:///x', 'username', 'u'],
  ['http://a/', 'href', 'https://b/c'],
];
for (const [init, key, value] of cases) {
  const u = new URL(init);
  u[key] = value;
  console.log(init, key, JSON.stringify(value), '->', u.href);
}
try { new URL('http://a/').href = 'nope'; } catch (e) { console.log(e.name, e.code, e.input); }
const u = new URL('http://a/?x=1&y=2');
const sp = u.searchParams;
sp.append('z', '3 4');
sp.delete('x');
console.log(u.href, u.search, String(sp), sp.size);
u.search = '?q=é&r';
console.log([...sp], sp.get('q'), sp.has('r'), sp.has('r', 'v'));
sp.sort();
sp.set('a', '1');
console.log(u.href);
u.hash = 'frag';
console.log(u.toString(), JSON.stringify(u));
console.log(u);
console.log(sp, sp.keys(), sp.entries());
console.log(Object.prototype.toString.call(sp.values()), Object.prototype.toString.call(u));
try { URLSearchParams.prototype.get.call({}, 'a'); } catch (e) { console.log(e.name, e.code, e.message); }
try { new URLSearchParams([['a']]); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new URLSearchParams({ a: 1, b: [2, 3] }).toString(), new URLSearchParams('?a=%zz&b=+%20&c').toString());
