const express = require('express');
const app = express();

process.on('unhandledRejection', (err) => {
  console.log('unhandled rejection:', err.message);
  server.closeAllConnections(); // the request would hang forever
  server.close();
});

app.get('/', async (req, res) => {
  console.log('handler');
  await null;
  throw new Error('async boom');
});
app.use((err, req, res, next) => {
  console.log('error handler');
  res.status(500).send('handled');
});

const server = app.listen(0, () => {
  fetch(`http://localhost:${server.address().port}/`)
    .then((res) => console.log('status', res.status))
    .catch((err) => console.log('client:', err.message));
});
