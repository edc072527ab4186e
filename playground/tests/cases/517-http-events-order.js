// The life of one request: server and client events in order.
const http = require('http');
const log = (s) => console.log(s);
const server = http.createServer((req, res) => {
  log('server: request');
  req.on('end', () => log('server: req end'));
  res.on('finish', () => log('server: res finish'));
  res.on('close', () => log('server: res close'));
  req.resume();
  res.end('x');
});
server.on('listening', () => log('server: listening'));
server.on('connection', () => log('server: connection'));
server.listen(0, () => {
  log('listen callback');
  const req = http.request({ port: server.address().port, method: 'GET' });
  req.on('socket', () => log('client: socket'));
  req.on('finish', () => log('client: finish'));
  req.on('response', (res) => {
    log('client: response ' + res.statusCode);
    res.on('data', () => log('client: data'));
    res.on('end', () => {
      log('client: end');
      server.close(() => log('server: closed'));
    });
  });
  req.end();
  log('request sent (sync)');
});
log('main done');
