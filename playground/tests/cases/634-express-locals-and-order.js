// Data passed along the chain on req and res.locals; timing of 'finish' vs the client.
const express = require('express');
const app = express();
app.use((req, res, next) => {
  req.requestId = 42;
  res.locals.user = 'ada';
  res.on('finish', () => console.log('finish event for', req.requestId));
  next();
});
app.get('/me', (req, res) => {
  console.log('handler sees', req.requestId, res.locals.user);
  res.json({ id: req.requestId, user: res.locals.user });
});
const server = app.listen(0, () => {
  console.log('listening');
  fetch(`http://localhost:${server.address().port}/me`)
    .then((res) => res.json())
    .then((body) => {
      console.log('client', body);
      server.close(() => console.log('closed'));
    });
  setImmediate(() => console.log('immediate after fetch'));
  process.nextTick(() => console.log('tick after fetch'));
});
