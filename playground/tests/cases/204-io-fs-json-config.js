// Read JSON, change it, write it back pretty-printed, read it again.
const fs = require('fs');
fs.readFile('config.json', 'utf8', (err, text) => {
  if (err) throw err;
  const config = JSON.parse(text);
  console.log('name:', config.name, 'port:', config.port, 'features:', config.features.length);
  config.port += 1;
  config.features.push('c');
  fs.writeFile('config.json', JSON.stringify(config, null, 2) + '\n', (err2) => {
    if (err2) throw err2;
    const again = JSON.parse(fs.readFileSync('config.json', 'utf8'));
    console.log('saved port:', again.port, 'features:', again.features.join(','));
    console.log(fs.readFileSync('config.json', 'utf8'));
  });
});
try {
  JSON.parse(fs.readFileSync('config.json', 'utf8').slice(0, 10));
} catch (err) {
  console.log('truncated JSON:', err.name);
}
