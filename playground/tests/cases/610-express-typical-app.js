const express = require('express');
const app = express();

// 1. Runs for every request, first.
app.use((req, res, next) => {
  res.on('finish', () => console.log(`  log: ${req.method} ${req.originalUrl} ${res.statusCode}`));
  next();
});

// 2. Built-in body parser: fills req.body for JSON requests.
app.use(express.json({ limit: '100kb' }));

// 3. Routes.
const users = new Map([['1', { id: 1, name: 'Ada' }]]);
app.get('/users/:id', async (req, res, next) => {
  try {
    const user = users.get(req.params.id); // imagine: await db.users.find(...)
    if (!user) return res.status(404).json({ error: 'no such user' });
    res.json(user);
  } catch (err) {
    next(err); // Express 4 does not catch async errors: pass them on
  }
});
app.post('/users', (req, res) => res.status(201).json({ created: req.body.name }));

// 4. Nothing matched: 404. Must come after all routes.
app.use((req, res) => res.status(404).json({ error: 'not found' }));

// 5. Error handler: four parameters, registered last.
app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.type ?? 'internal error' });
});

// Listen on a free port, send ourselves five requests, then stop.
const server = app.listen(0, async () => {
  const url = `http://localhost:${server.address().port}`;
  const send = async (method, path, body) => {
    const res = await fetch(url + path, { method, body, headers: { 'content-type': 'application/json' } });
    console.log(method, path, '->', res.status, await res.text());
  };
  await send('GET', '/users/1');
  await send('GET', '/users/2');
  await send('POST', '/users', JSON.stringify({ name: 'Grace' }));
  await send('POST', '/users', '{ not json');
  await send('GET', '/nope');
  server.close();
});
