// The global agent keeps the connection alive: two requests, one 'connection'; close() ends idle ones.
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => {
  console.log('request', req.url, 'connection header:', req.headers.connection);
  res.end(req.url);
});
server.on('connection', (socket) => {
  connections++;
  socket.on('close', () => console.log('server socket closed'));
});
server.on('close', () => console.log('server close event, connections seen:', connections));
function get(port, path) {
  return new Promise((resolve) => http.get({ port, path }, (res) => {
    console.log('response', res.headers.connection, res.headers['keep-alive']);
    res.resume();
    res.on('end', resolve);
  }));
}
server.listen(0, async () => {
  const port = server.address().port;
  await get(port, '/one');
  await get(port, '/two');
  server.close(() => console.log('close callback'));
});
process.on('exit', () => console.log('exit'));
