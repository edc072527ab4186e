// listen on a port in use: EADDRINUSE on the second server's 'error' event.
const http = require('http');
const a = http.createServer();
const b = http.createServer();
a.listen(47323, () => {
  console.log('a listening', a.address().port, a.listening);
  b.on('error', (err) => {
    console.log(err.message);
    console.log(err.code, err.errno, err.syscall, err.address, err.port, b.listening);
    a.close(() => console.log('a closed'));
  });
  b.listen(47323, () => console.log('b listening?'));
});
