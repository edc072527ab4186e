const express = require('express');
const app = express();

app.use((req, res, next) => {
  console.log('1 sync');
  setTimeout(() => {
    console.log('3 timer, then next()');
    next();
  }, 0);
  console.log('2 after scheduling');
});
app.get('/', (req, res) => {
  console.log('4 handler');
  res.json({ ok: true });
});

const server = app.listen(0, async () => {
  const res = await fetch(`http://localhost:${server.address().port}/`);
  console.log('5 client got', await res.json());
  server.close();
});
