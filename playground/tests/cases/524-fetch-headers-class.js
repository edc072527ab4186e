// Headers, Request and Response without a network.
const h = new Headers({ B: '2', a: '1' });
h.append('A', '3');
h.append('Set-Cookie', 'x=1');
h.append('set-cookie', 'y=2');
console.log([...h], h.get('a'), h.has('B'), h.getSetCookie());
h.delete('b');
h.set('c', ' padded ');
console.log([...h.keys()], h.get('c'));
try { new Headers({ 'a b': '1' }); } catch (e) { console.log(e.name, e.message); }
(async () => {
  const r = new Response('{"a":1}', { status: 201, statusText: 'Created', headers: { 'X-A': 'b' } });
  console.log(r.status, r.ok, r.statusText, r.type, r.url, [...r.headers]);
  const c = r.clone();
  console.log(await r.json(), await c.text(), r.bodyUsed);
  try { await r.text(); } catch (e) { console.log(e.name, e.message); }
  try { await new Response('x{').json(); } catch (e) { console.log(e.name, e.message); }
  console.log(Response.json({ x: 1 }).headers.get('content-type'));
  console.log(new Response(new URLSearchParams('a=1')).headers.get('content-type'));
  console.log(new Response(null, { status: 404 }).ok);
  const req = new Request('http://x.com/a?b=1', { method: 'post', body: 'hi' });
  console.log(req.method, req.url, req.headers.get('content-type'), await req.text());
  try { new Request('http://x.com', { body: 'x' }); } catch (e) { console.log(e.name, e.message); }
  try { await fetch('not a url'); } catch (e) { console.log(e.name, e.message); }
  const buf = await new Response('abc').arrayBuffer();
  console.log(buf.byteLength, buf instanceof ArrayBuffer);
})();
