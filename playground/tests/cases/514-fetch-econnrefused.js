// fetch to a port nobody listens on: TypeError fetch failed, the cause is ECONNREFUSED.
fetch('http://127.0.0.1:47322/data').then(
  () => console.log('unexpected'),
  (err) => {
    console.log(err.name, err.message);
    console.log(err.cause.message);
    console.log(err.cause.code, err.cause.errno, err.cause.syscall, err.cause.port);
  },
);
console.log('fetch started');
