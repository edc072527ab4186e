// console.group indents by two spaces per level (also console.error output,
// so stderr here starts with the indented assertion); count and assert.
console.log('top');
console.group('Group A');
console.log('inside A');
console.group();
console.log({ nested: { obj: [1, 2] }, multi: 'line'.repeat(20) });
console.groupEnd();
console.info('info inside A');
console.groupEnd();
console.groupEnd();
console.log('back to top');
console.count();
console.count('label');
console.count();
console.count('label');
console.countReset('label');
console.count('label');
console.assert(true, 'never printed');
console.group('G');
console.assert(false, 'assertion %s', 'failed with format');
console.groupEnd();
console.assert(false);
console.debug('debug goes to stdout');
