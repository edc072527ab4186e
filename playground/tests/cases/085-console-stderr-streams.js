// console.error and console.warn go to stderr, log/info/debug to stdout;
// console.trace prints "Trace: ..." on stderr first (then stack frames).
console.warn('warn line goes to stderr first');
console.log('stdout 1');
console.error('error line %d', 2);
console.info('stdout 2 (info)');
console.trace('trace message');
console.log('stdout 3');
process.stdout.write('written without newline');
process.stdout.write(' ... continued\n');
console.log(process.stdout.write('x\n'));
