// next() after res.send: the next handler's send throws ERR_HTTP_HEADERS_SENT.
const express = require('express');
const app = express();
app.get('/', (req, res, next) => {
  res.send('first');
  next(); // forgot `return`
});
app.get('/', (req, res) => {
  console.log('second handler runs, headersSent =', res.headersSent);
  res.send('second');
});
app.use((err, req, res, next) => {
  console.log('error handler:', err.code, '-', err.message);
});
const server = app.listen(0, async () => {
  const res = await fetch(`http://localhost:${server.address().port}/`);
  console.log('client got', res.status, await res.text());
  server.close();
});
