const express = require('express');
const app = express();

app.use((req, res, next) => {
  console.log('A before');
  next();
  console.log('A after');
});
app.use((req, res, next) => {
  console.log('B');
  next();
});
app.get('/', (req, res) => {
  console.log('handler');
  res.send('ok');
});

const server = app.listen(0, async () => {
  await fetch(`http://localhost:${server.address().port}/`);
  console.log('response received');
  server.close();
});
