// agent: false sends Connection: close; the server ends the connection after the response.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('connection:', req.headers.connection);
  req.socket.on('close', () => console.log('server side closed'));
  res.end('bye');
});
server.listen(0, () => {
  const req = http.get({ port: server.address().port, agent: false }, (res) => {
    console.log('response connection:', res.headers.connection);
    res.resume();
    res.on('end', () => console.log('end'));
  });
  req.on('close', () => {
    console.log('request close');
    server.close(() => console.log('server closed'));
  });
});
