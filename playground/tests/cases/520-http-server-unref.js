// server.unref(): a listening server no longer keeps the process alive.
const http = require('http');
const server = http.createServer(() => {});
server.listen(0, () => {
  console.log('listening', server.listening);
  server.unref();
});
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (c) => console.log('exit', c, server.listening));
