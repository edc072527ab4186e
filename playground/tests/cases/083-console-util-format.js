// util.format and util.formatWithOptions follow console.log's rules.
const util = require('util');
console.log(JSON.stringify(util.format('%s:%d', 'port', 8080)));
console.log(JSON.stringify(util.format('a', 'b', 1, { c: 2 })));
console.log(JSON.stringify(util.format('%s', { toString() { return 'custom toString'; } })));
console.log(JSON.stringify(util.format('%s', new Error('err in %s').message)));
console.log(JSON.stringify(util.format('%d', {})));
console.log(JSON.stringify(util.format()));
console.log(JSON.stringify(util.format(1, 2, '3')));
console.log(JSON.stringify(util.format('%%s %s', 'x')));
console.log(JSON.stringify(util.formatWithOptions({ compact: false }, '%O', { a: 1 })));
console.log(JSON.stringify(util.format('%s', [1, [2, [3, [4]]]])));
console.log(JSON.stringify(util.format('%s', 'str', Symbol('extra'), null)));
