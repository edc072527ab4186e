// A host that is not this machine: getaddrinfo ENOTFOUND (as an offline Node).
const http = require('http');
http.get('http://api.example.invalid/users', () => {}).on('error', (err) => {
  console.log(err.message);
  console.log(err.code, err.errno, err.syscall, err.hostname);
  fetch('http://api.example.invalid/users').catch((e) => {
    console.log(e.message, e.cause.code, e.cause.hostname);
  });
});
