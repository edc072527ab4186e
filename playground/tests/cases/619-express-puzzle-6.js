const express = require('express');
const app = express();
const api = express.Router();

api.use((req, res, next) => {
  console.log('api middleware sees', req.url, 'of', req.originalUrl);
  next();
});
api.get('/users', (req, res) => res.send('users'));

app.use('/api', api);
app.get('/about', (req, res) => res.send('about'));

const server = app.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  for (const path of ['/api/users', '/about', '/api/nothing']) {
    const res = await fetch(base + path);
    console.log(path, res.status);
  }
  server.close();
});
