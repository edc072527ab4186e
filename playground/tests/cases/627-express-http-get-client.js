// An Express app queried with http.get instead of fetch: status, headers, streamed body.
const express = require('express');
const http = require('http');
const app = express();
app.get('/json', (req, res) => res.json({ items: [1, 2, 3], agent: req.get('user-agent') || null }));
const server = app.listen(0, () => {
  http.get({ port: server.address().port, path: '/json', headers: { 'User-Agent': 'crib-test' } }, (res) => {
    console.log('status', res.statusCode, res.statusMessage);
    console.log('type', res.headers['content-type']);
    console.log('etag', res.headers.etag);
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', () => {
      console.log('body', body);
      server.close(() => console.log('server closed'));
    });
  });
});
