// ERR_HTTP_HEADERS_SENT and invalid headers, thrown synchronously.
const http = require('http');
const server = http.createServer((req, res) => {
  try { res.setHeader('bad name', 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.setHeader('X-Ok', undefined); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.setHeader('X-Ok', 'a\nb'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.writeHead(99); } catch (e) { console.log(e.name, e.code, e.message); }
  res.write('partial');
  console.log('headersSent', res.headersSent, typeof res._header);
  try { res.setHeader('X-Late', '1'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.writeHead(500); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.removeHeader('X-Late'); } catch (e) { console.log(e.name, e.code, e.message); }
  res.end();
});
server.listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    console.log('client status', res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
});
