// `require` in an ES module: Node's loader adds why it is missing, and
// module frames are file:// URLs.
console.log(typeof import.meta.url);
try {
  require('fs');
} catch (e) {
  // Caught inside the module: the plain V8 message.
  console.log(e.message);
  console.log(e.stack.split('\n')[1].replace(import.meta.url, 'URL'));
}
console.error('fatal: uncaught, the message is extended');
const fs = require('fs');
