// In an ES module a missing package can only be caught with dynamic
// import(); the message names the importing file, so only its start prints.
try {
  await import('lodash');
} catch (e) {
  console.log(e.code, '|', e.message.startsWith("Cannot find package 'lodash'"));
}
try {
  await import('node:nope');
} catch (e) {
  console.log(e.code, '|', e.message);
}
console.log('still running');
