// require() of bare names: node_modules lookup, package.json main,
// index.js/.json, nested node_modules, exports, require.cache and the
// "Cannot find module" error.
const path = require('path');
const alpha = require('alpha');
console.log(alpha.name, '|', alpha.gamma, '|', alpha.viaParent);
console.log('beta', alpha.beta.count, alpha.beta.file, require('beta') === alpha.beta);
console.log(path.relative(__dirname, require.resolve('alpha')));
console.log(require('delta'), '|', require('delta/extra'));
console.log(require('@scope/eps'));
try {
  require('delta/dist/hidden.js');
} catch (e) {
  console.log(e.code, e.message.replace(__dirname, '.'));
}
try {
  require('gamma');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0], e.requireStack.map((p) => path.basename(p)));
}
try {
  require('./missing');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
console.log(module.paths[0] === path.join(__dirname, 'node_modules'), module.paths[module.paths.length - 1]);
console.log(require.resolve.paths('alpha')[0] === module.paths[0], require.resolve.paths('fs'), require.resolve.paths('./x').length);
const key = require.resolve('beta');
console.log(Object.keys(require.cache).includes(key));
delete require.cache[key];
console.log('reloaded', require('beta') !== alpha.beta);
