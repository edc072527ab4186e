const express = require('express');
const app = express();

app.use((req, res, next) => {
  console.log('auth');
  next(new Error('no token'));
});
app.use((req, res, next) => {
  console.log('logger');
  next();
});
app.get('/', (req, res) => res.send('home'));
app.use((err, req, res, next) => {
  console.log('error handler:', err.message);
  res.status(401).send(err.message);
});

const server = app.listen(0, async () => {
  const res = await fetch(`http://localhost:${server.address().port}/`);
  console.log(res.status, await res.text());
  server.close();
});
