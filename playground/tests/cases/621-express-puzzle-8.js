const express = require('express');
const app = express();

app.get('/', (req, res, next) => {
  next(new Error('oops'));
});
// Three parameters: Express sees a normal middleware, not an error handler.
app.use((err, req, res) => {
  console.log('three-argument handler');
  res.status(500).send('mine');
});
app.use((err, req, res, next) => {
  console.log('four-argument handler:', err.message);
  res.status(500).send('handled');
});

const server = app.listen(0, async () => {
  const res = await fetch(`http://localhost:${server.address().port}/`);
  console.log(res.status, await res.text());
  server.close();
});
