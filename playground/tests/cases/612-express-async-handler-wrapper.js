const express = require('express');
const app = express();

const asyncHandler = (fn) => (req, res, next) =>
  Promise.resolve(fn(req, res, next)).catch(next);

const db = { orders: { list: async () => { throw new Error('connection lost'); } } };

app.get('/orders', asyncHandler(async (req, res) => {
  res.json(await db.orders.list());
}));

app.use((err, req, res, next) => {
  console.log('error handler got:', err.message);
  res.status(503).json({ error: err.message });
});

const server = app.listen(0, async () => {
  const res = await fetch(`http://localhost:${server.address().port}/orders`);
  console.log(res.status, await res.json());
  server.close();
});
