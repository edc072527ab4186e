const express = require('express');
const app = express();

app.use((err, req, res, next) => {
  console.log('early error handler');
  res.status(500).send('early');
});
app.get('/', (req, res) => {
  console.log('handler');
  throw new Error('boom');
});
app.use((err, req, res, next) => {
  console.log('late error handler:', err.message);
  res.status(500).send('late');
});

const server = app.listen(0, async () => {
  const res = await fetch(`http://localhost:${server.address().port}/`);
  console.log(res.status, await res.text());
  server.close();
});
