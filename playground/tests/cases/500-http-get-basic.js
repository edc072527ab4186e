// createServer + http.get: the request and response as both sides see them.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server:', req.method, req.url, req.httpVersion);
  console.log('headers:', Object.keys(req.headers));
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello from the server');
});
server.listen(0, () => {
  console.log('listening:', typeof server.address().port);
  http.get(`http://localhost:${server.address().port}/hello?x=1`, (res) => {
    console.log('client:', res.statusCode, res.statusMessage, res.headers['content-type'], res.headers['content-length']);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', () => {
      console.log('body:', body, 'complete:', res.complete);
      server.close(() => console.log('closed'));
    });
  });
});
process.on('exit', (code) => console.log('exit', code));
