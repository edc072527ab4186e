// Redirects (followed by fetch, or not), cookies set and read back from the header.
const express = require('express');
const app = express();
app.get('/old', (req, res) => res.redirect('/new'));
app.get('/new', (req, res) => res.send('new place'));
app.get('/login', (req, res) => {
  res.cookie('session', 'abc123', { httpOnly: true, path: '/' });
  res.cookie('theme', 'dark', { maxAge: 0 });
  res.send('ok');
});
app.get('/logout', (req, res) => res.clearCookie('session').send('bye'));
const server = app.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  const followed = await fetch(`${base}/old`);
  console.log('followed', followed.status, followed.redirected, new URL(followed.url).pathname, await followed.text());
  const manual = await fetch(`${base}/old`, { redirect: 'manual' });
  console.log('manual', manual.status, manual.headers.get('location'), await manual.text());
  const login = await fetch(`${base}/login`);
  console.log('set-cookie', login.headers.getSetCookie().map((c) => c.replace(/; Expires=[^;]*/, '; Expires=(now)')));
  const logout = await fetch(`${base}/logout`);
  console.log('clear', logout.headers.get('set-cookie'));
  server.close();
});
