// Error codes of common mistakes, each arriving in its own callback.
const fs = require('fs');
fs.mkdirSync('box');
fs.writeFileSync('box/item.txt', 'x');
fs.mkdir('box', (err) => {
  console.log('mkdir existing:', err.code, '-', err.message);
  fs.rmdir('box', (err2) => {
    console.log('rmdir non-empty:', err2.code);
    fs.unlink('box', (err3) => {
      console.log('unlink a dir:', err3.code);
      fs.rename('ghost.txt', 'box/ghost.txt', (err4) => {
        console.log('rename missing:', err4.message);
        fs.readFile('box', (err5) => {
          console.log('readFile a dir:', err5.code, err5.syscall);
          fs.rm('box', { recursive: true }, () => console.log('cleaned up'));
        });
      });
    });
  });
});
