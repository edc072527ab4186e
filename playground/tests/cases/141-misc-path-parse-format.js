// path.parse / format / basename / dirname / extname edge cases.
const path = require('path');
console.log(path.parse('/home/user/dir/file.txt'));
console.log(path.parse('archive.tar.gz'), path.parse('/'), path.parse('.bashrc'));
console.log(path.format({ dir: '/x/y', base: 'z.js' }), path.format({ root: '/', name: 'n', ext: '.e' }), path.format({ name: 'a', ext: 'b' }));
console.log(path.basename('/a/b/c.html'), path.basename('/a/b/c.html', '.html'), path.basename('/a/b/'), path.basename('c.html', 'html'));
console.log(path.dirname('/a/b/c'), path.dirname('/a'), path.dirname('a'), path.dirname('/'));
for (const p of ['index.html', 'index.coffee.md', 'index.', 'index', '.index', '.index.md', 'a/b.c/d']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(path.extname(p)));
}
