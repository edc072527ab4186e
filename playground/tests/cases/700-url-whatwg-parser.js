// WHATWG URL parsing as Node 20 (ada) does it: hosts (IPv4 number forms, IPv6, Punycode), dot segments, percent-encoding, file: and opaque URLs, relative references, failures.
const inputs = [
  ['https://user:pa ss@EXAMPLE.com:443/a/../b/./c?q=1 2#f g'], ['HTTP://a.b\\c\\d'], ['http://0x7f.1/'], ['http://4294967295'],
  ['http://[0:0:0:0:0:0:13.1.68.3]:8080/'], ['http://[1:0::]'], ['http://müller.de/straße'], ['http://a%2eb'], ['http://\u00ad/'],
  ['file:///C:/x/../y'], ['file://localhost/etc'], ['file:c:\\foo\\bar.html'], ['mailto:Joe@x.com'], ['web+demo:/.//not-a-host/'],
  ['sc://a b/'], ['http://f:00000000000080/c'], ['http://f:999999/c'], ['http://1.2.3.08'], ['javascript:alert(1)'],
  ['h\tt\nt\rp://h\to\ns\rt:9\t0\n0\r0/p\ta\nt\rh?q\tu\ne\rry#f\tr\na\rg'], ['non-special:opaque  ?hi'],
  ['../x?y#z', 'http://a/b/c/d'], ['//h/p', 'https://a/'], ['?q', 'file:///a/b'], ['C|/x', 'file:///a'], ['#h', 'mailto:a'],
  ['x', 'mailto:a'], ['', 'http://a/b?c#d'], ['/..//a', 'sc://h/p'], ['nope'], ['http://'], ['http://a b/'],
];
for (const [input, base] of inputs) {
  try {
    const u = new URL(input, base);
    console.log(JSON.stringify(input), '->', u.href, u.origin, JSON.stringify([u.host, u.port, u.pathname, u.search, u.hash]));
  } catch (e) {
    console.log(JSON.stringify(input), e.name, e.code, e.message, e.input, e.base);
  }
}
console.log(URL.canParse('x', 'http://a/'), URL.canParse('x'), URL.canParse('http://[::1'));
const url = require('url');
console.log(url.domainToASCII('Español.com'), url.domainToASCII('xn--iñvalid.com'), url.domainToASCII('xn--a.com'), url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('a.xn--n3h'));
