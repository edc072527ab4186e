// Response headers: set, append, type, vary, location, and the defaults Express adds.
const express = require('express');
const app = express();
app.get('/h', (req, res) => {
  res.set('X-One', '1');
  res.set({ 'X-Two': '2', 'Cache-Control': 'no-store' });
  res.append('X-List', 'a');
  res.append('X-List', 'b');
  res.vary('Accept');
  res.type('txt');
  console.log('server sees', res.get('content-type'), res.getHeaderNames().join(','));
  res.send('hello');
});
const server = app.listen(0, async () => {
  const res = await fetch(`http://localhost:${server.address().port}/h`);
  for (const [k, v] of res.headers) if (k !== 'date') console.log(k, '=', v);
  console.log(await res.text());
  server.close();
});
