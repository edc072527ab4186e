// Synchronous fs: everything happens right now, in order, before any callback.
const fs = require('fs');
fs.writeFileSync('notes.txt', 'first line\n');
fs.appendFileSync('notes.txt', 'second line\n');
console.log(JSON.stringify(fs.readFileSync('notes.txt', 'utf8')));
console.log('buffer:', fs.readFileSync('notes.txt').length, 'bytes');
const st = fs.statSync('notes.txt');
console.log('isFile', st.isFile(), 'isDirectory', st.isDirectory(), 'size', st.size);
console.log('mkdir recursive returns', fs.mkdirSync('a/b/c', { recursive: true }));
console.log('again returns', fs.mkdirSync('a/b/c', { recursive: true }));
fs.renameSync('notes.txt', 'a/b/notes.txt');
console.log('exists old', fs.existsSync('notes.txt'), 'new', fs.existsSync('a/b/notes.txt'));
console.log('readdir a/b:', fs.readdirSync('a/b'));
fs.copyFileSync('a/b/notes.txt', 'copy.txt');
console.log('copy size', fs.statSync('copy.txt').size);
fs.unlinkSync('copy.txt');
fs.rmSync('a', { recursive: true });
console.log('after rm:', fs.existsSync('a'), fs.existsSync('copy.txt'));
