const express = require('express');
const app = express();

app.use((req, res) => {
  console.log('catch-all for', req.url);
  res.status(404).send('not found');
});
app.get('/', (req, res) => {
  console.log('home');
  res.send('home');
});

const server = app.listen(0, async () => {
  const res = await fetch(`http://localhost:${server.address().port}/`);
  console.log(res.status, await res.text());
  server.close();
});
