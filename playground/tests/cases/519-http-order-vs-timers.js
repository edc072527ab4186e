// Requests take loop turns: nextTick and promises first, the response after immediates.
const http = require('http');
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    console.log('response');
    res.resume();
    res.on('end', () => {
      console.log('end');
      setImmediate(() => console.log('immediate after end'));
      process.nextTick(() => console.log('tick after end'));
      setTimeout(() => {
        console.log('timeout 5 after end');
        server.close();
      }, 5);
    });
  });
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
  setTimeout(() => console.log('timeout 500'), 500);
});
