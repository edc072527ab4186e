// writeHead with status codes, reason phrases and header objects/arrays.
const http = require('http');
const cases = [
  (res) => res.writeHead(404).end('nope'),
  (res) => res.writeHead(418, 'Short and stout', { 'X-Tea': 'earl grey' }).end(),
  (res) => { res.statusCode = 500; res.statusMessage = 'Oops'; res.end(); },
  (res) => { res.setHeader('A', '1'); res.writeHead(201, { B: '2' }); res.end(); },
  (res) => res.writeHead(302, ['Location', '/elsewhere', 'X-Two', 'yes']).end(),
  (res) => { res.statusCode = 299; res.end(); },
];
let i = 0;
const server = http.createServer((req, res) => cases[i++](res));
server.listen(0, async () => {
  const port = server.address().port;
  for (let n = 0; n < cases.length; n++) {
    await new Promise((resolve) => http.get({ port }, (res) => {
      const h = { ...res.headers };
      delete h.date;
      console.log(res.statusCode, JSON.stringify(res.statusMessage), h);
      res.resume();
      res.on('end', resolve);
    }));
  }
  server.close();
});
