// Express 4 (the npm package) loads, and its router dispatches requests
// handed to app.handle() directly, without a server: middleware order,
// params, next('route'), next(err), error middleware, sub-routers, 404.
const express = require('express');
const app = express();
app.disable('x-powered-by');
const log = (...args) => console.log(...args);

app.use((req, res, next) => { log('1 logger', req.method, req.url); next(); });
app.param('id', (req, res, next, id) => { log('2 param id', id); req.user = { id: Number(id) }; next(); });
app.get('/users/:id', (req, res, next) => {
  log('3 first handler', req.params, req.query, req.path);
  if (req.query.skip) return next('route');
  next();
}, (req, res, next) => { log('4 second handler', req.user); next(); });
app.get('/users/:id', (req, res, next) => { log('5 next route', req.user.id); next(new Error('boom ' + req.user.id)); });

const admin = express.Router();
admin.use((req, res, next) => { log('router mw', req.baseUrl, req.url); next(); });
admin.get('/stats', (req, res, next) => { log('stats', req.originalUrl); next(); });
app.use('/admin', admin);

app.use((err, req, res, next) => { log('error mw', err.message); next(err); });
app.use((req, res, next) => { log('never for errors'); next(); });

function request(method, url) {
  return new Promise((resolve) => {
    const req = { method, url, headers: { host: 'localhost' } };
    app.handle(req, {}, (err) => { log('done', method, url, err ? 'error: ' + err.message : 'no error'); resolve(); });
  });
}

(async () => {
  log(typeof express, typeof express.Router, typeof express.json, express.static.name);
  await request('GET', '/users/42?sort=asc&tags[]=a&tags[]=b');
  await request('GET', '/users/7?skip=1');
  await request('POST', '/users/7');
  await request('GET', '/admin/stats?x=1');
  await request('GET', '/nothing');
  log(app.get('env'), app.enabled('etag'), app.get('query parser'), app._router.stack.length);
})();
