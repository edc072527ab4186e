// No route matches: Express's default handler answers 404 with an HTML page.
const express = require('express');
const app = express();
app.get('/', (req, res) => res.send('home'));
const server = app.listen(0, async () => {
  const res = await fetch(`http://localhost:${server.address().port}/missing?x=1`);
  console.log(res.status, res.statusText);
  console.log(res.headers.get('content-type'));
  console.log(res.headers.get('content-security-policy'));
  console.log(await res.text());
  server.close();
});
