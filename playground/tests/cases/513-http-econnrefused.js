// A port nobody listens on: ECONNREFUSED on the request's 'error' event.
const http = require('http');
const req = http.get('http://localhost:47321/', () => console.log('unexpected response'));
req.on('socket', () => console.log('socket assigned'));
req.on('error', (err) => {
  console.log(err.message);
  console.log(err.code, err.errno, err.syscall, err.address, err.port);
  console.log(err instanceof Error, Object.keys(err));
});
req.on('close', () => console.log('close'));
