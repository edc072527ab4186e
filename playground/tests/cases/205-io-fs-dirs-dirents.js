// Directories: recursive mkdir, readdir with file types (sorted by byte
// value: uppercase before lowercase), rmdir of a non-empty dir, rm -r.
const fs = require('fs');
fs.mkdirSync('project/src/lib', { recursive: true });
for (const f of ['project/README.md', 'project/src/index.js', 'project/src/lib/util.js', 'project/Zeta.txt', 'project/alpha.txt']) {
  fs.writeFileSync(f, '// ' + f + '\n');
}
fs.readdir('project', { withFileTypes: true }, (err, entries) => {
  for (const e of entries) console.log(e.isDirectory() ? 'dir ' : 'file', e.name);
  fs.rmdir('project', (err2) => {
    console.log('rmdir non-empty:', err2.code);
    fs.readdir('project', { recursive: true }, (err3, all) => {
      console.log('recursive:', all);
      fs.rm('project', { recursive: true }, (err4) => {
        console.log('rm -r error:', err4, 'exists:', fs.existsSync('project'));
      });
    });
  });
});
