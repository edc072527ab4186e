const express = require('express');
const app = express();

app.get('/', (req, res) => {
  res.send('first');
  console.log('sent once');
  res.send('second');
  console.log('sent twice');
});
app.use((err, req, res, next) => {
  console.log(err.code);
  console.log('headersSent:', res.headersSent);
  if (res.headersSent) return console.log('too late to answer');
  res.status(500).send('error');
});

const server = app.listen(0, async () => {
  const res = await fetch(`http://localhost:${server.address().port}/`);
  console.log(res.status, await res.text());
  server.close();
});
