// closeAllConnections ends an in-flight response; the client's response is aborted.
const http = require('http');
const server = http.createServer((req, res) => {
  res.write('partial');
});
server.listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    res.on('data', (d) => {
      console.log('data', String(d));
      server.closeAllConnections();
      server.close(() => console.log('server closed'));
    });
    res.on('aborted', () => console.log('aborted'));
    res.on('error', (e) => console.log('res error', e.code, e.message));
    res.on('close', () => console.log('res close', res.complete));
  }).on('error', (e) => console.log('req error', e.code));
});
