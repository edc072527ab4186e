// How an fs error looks when logged: Node builds errors of completed
// requests without JavaScript frames, so console.log shows [Error: ...]
// followed by its errno, code, syscall and path.
const fs = require('fs');
fs.readFile('missing.txt', (err) => {
  console.log(err);
  fs.rename('a.txt', 'b.txt', (err2) => {
    console.log(err2);
    console.log(err2 instanceof Error, err2.name);
  });
});
