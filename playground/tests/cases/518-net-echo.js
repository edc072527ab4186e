// A raw net echo server and client.
const net = require('net');
const server = net.createServer((socket) => {
  console.log('server: client connected', typeof socket.remotePort, socket.remoteAddress);
  socket.on('data', (d) => socket.write('echo: ' + d));
  socket.on('end', () => { console.log('server: client ended'); socket.end(); });
  socket.on('close', () => console.log('server: socket closed'));
});
server.listen(0, '127.0.0.1', () => {
  const { address, family } = server.address();
  console.log('listening on', address, family);
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('client: connected', client.remoteAddress, client.remotePort === server.address().port);
    client.write('hello');
  });
  client.setEncoding('utf8');
  client.on('data', (d) => {
    console.log('client got:', d);
    client.end();
  });
  client.on('end', () => console.log('client: end'));
  client.on('close', (hadError) => {
    console.log('client: close', hadError);
    server.close(() => console.log('server closed'));
  });
});
console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('nope'), net.isIPv4('1.2.3.4'), net.isIPv6('fe80::1'));
