// CommonJS wrapper facts that do not depend on the file's location.
console.log('this === module.exports:', this === module.exports);
console.log('exports === module.exports:', exports === module.exports);
exports.a = 1;
console.log('module.exports after exports.a:', module.exports);
module.exports = { replaced: true };
console.log('exports still old object:', exports, module.exports);
console.log('require.main === module:', require.main === module);
console.log('module.id:', module.id);
console.log('typeof require, resolve, cache:', typeof require, typeof require.resolve, typeof require.cache);
console.log('__filename absolute .js:', require('path').isAbsolute(__filename), __filename.endsWith('.js'));
console.log('__dirname is dirname of __filename:', require('path').dirname(__filename) === __dirname);
console.log('resolve built-ins:', require.resolve('fs'), require.resolve('node:fs'));
console.log('module.loaded during run:', module.loaded);
console.log('arguments.length of the wrapper:', arguments.length);
setTimeout(() => console.log('module.loaded later:', module.loaded), 0);
