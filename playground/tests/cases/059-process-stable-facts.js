// Only stable facts about the process object are printed.
console.log('version is v20:', process.version.startsWith('v20.'));
console.log('versions.node matches:', 'v' + process.versions.node === process.version);
console.log('argv length:', process.argv.length, 'argv[1] ends with file name:', process.argv[1].endsWith('059-process-stable-facts.js'));
console.log('env is an object:', typeof process.env, 'cwd is a string:', typeof process.cwd());
console.log('platform is a string:', typeof process.platform);
console.log('hrtime:', Array.isArray(process.hrtime()), process.hrtime().length, typeof process.hrtime.bigint());
const m = process.memoryUsage();
console.log('memoryUsage keys:', ['rss', 'heapTotal', 'heapUsed'].every((k) => typeof m[k] === 'number'));
console.log('exitCode initially:', process.exitCode);
console.log('title is a string:', typeof process.title);
console.log('on/once/off return process:', process.on('x', () => {}) === process, process.off('x', () => {}) === process);
console.log('listenerCount exit:', process.listenerCount('exit'));
console.log('performance.now is a number:', typeof performance.now());
