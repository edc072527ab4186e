// Express-style prototype swap: objects made from http.IncomingMessage/ServerResponse prototypes.
const http = require('http');
const reqProto = Object.create(http.IncomingMessage.prototype);
reqProto.get = function (n) { return this.headers[n.toLowerCase()]; };
const resProto = Object.create(http.ServerResponse.prototype);
resProto.send = function (body) {
  if (!this.getHeader('Content-Type')) this.setHeader('Content-Type', 'text/html; charset=utf-8');
  this.setHeader('Content-Length', Buffer.byteLength(body));
  this.end(body);
  return this;
};
const server = http.createServer((req, res) => {
  Object.setPrototypeOf(req, reqProto);
  Object.setPrototypeOf(res, resProto);
  console.log('ua', req.get('User-Agent'), req.connection === req.socket, typeof req.socket.remoteAddress);
  res.on('finish', () => console.log('finish', res._header.split('\r\n')[0], res.writableEnded));
  req.socket.on('close', () => console.log('socket close'));
  res.status = 1;
  res.send('<b>hi</b>');
  try { res.send('again'); } catch (e) { console.log(e.code); }
});
server.listen(0, async () => {
  const r = await fetch(`http://localhost:${server.address().port}/`, { headers: { 'User-Agent': 'me' } });
  console.log(r.status, r.headers.get('content-type'), r.headers.get('content-length'), await r.text());
  server.close(() => console.log('closed'));
  setTimeout(() => console.log('t'), 10);
});
