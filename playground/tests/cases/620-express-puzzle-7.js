const express = require('express');
const app = express();

app.get('/user/:id',
  (req, res, next) => {
    console.log('check', req.params.id);
    if (req.params.id === '0') return next('route');
    next();
  },
  (req, res) => res.send('regular user'),
);
app.get('/user/:id', (req, res) => res.send('special user'));

const server = app.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  for (const id of ['0', '7']) {
    const res = await fetch(`${base}/user/${id}`);
    console.log(id, await res.text());
  }
  server.close();
});
