// express.static and res.sendFile serve files from disk (a folder made first).
const express = require('express');
const fs = require('fs');
const path = require('path');
const root = path.join(process.cwd(), 'public');
fs.mkdirSync(root, { recursive: true });
fs.writeFileSync(path.join(root, 'hello.txt'), 'hello from a file\n');
fs.writeFileSync(path.join(root, 'data.json'), '{"n":1}');
const app = express();
app.use('/static', express.static(root));
app.get('/download', (req, res) => res.sendFile(path.join(root, 'data.json')));
const server = app.listen(0, async () => {
  const base = `http://localhost:${server.address().port}`;
  for (const p of ['/static/hello.txt', '/static/data.json', '/static/nope.txt', '/download']) {
    const res = await fetch(base + p);
    console.log(p, res.status, res.headers.get('content-type'), res.headers.get('content-length'), JSON.stringify(await res.text()).slice(0, 40));
  }
  fs.rmSync(root, { recursive: true });
  server.close();
});
