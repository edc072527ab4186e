// After server.close() (and a moment for the idle keep-alive connection to end),
// the port refuses connections: fetch and http.get fail like Node's.
const express = require('express');
const http = require('http');
const app = express();
app.get('/', (req, res) => res.send('up'));
const server = app.listen(0, async () => {
  const { port } = server.address();
  console.log((await (await fetch(`http://127.0.0.1:${port}/`)).text()));
  server.close(() => setTimeout(async () => {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
    } catch (err) {
      console.log(err.name, err.message, '|', err.cause.code, err.cause.syscall, err.cause.address, err.cause.port === port);
    }
    http.get(`http://127.0.0.1:${port}/`).on('error', (err) => {
      console.log('http.get:', err.code, err.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
    });
  }, 10));
});
