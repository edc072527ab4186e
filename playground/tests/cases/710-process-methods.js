// process methods validate as Node's: hrtime, cpuUsage, kill, umask, chdir,
// process.assert; process.env keeps strings; require('process').
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const show = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };

show(() => process.hrtime(1));
show(() => process.hrtime([1]));
show(() => process.hrtime([1, 2]).length);
show(() => process.cpuUsage(1));
show(() => process.cpuUsage({ user: 'a' }));
show(() => process.cpuUsage({ user: 1, system: -1 }));
show(() => typeof process.cpuUsage({ user: 1, system: 1 }).user);
show(() => process.kill('SIGTERM'));
show(() => process.kill(0, 'test'));
show(() => process.kill(0, 987));
show(() => process.kill(process.pid, 0));
show(() => process.umask({}));
show(() => process.umask('abc'));
show(() => typeof process.umask('0664'));
show(() => process.umask().toString(8));
show(() => process.umask(0o10022).toString(8));
show(() => process.umask().toString(8));
show(() => process.assert(1, 'x'));
show(() => process.assert(0, 'custom'));
show(() => process.assert(false));
show(() => process.chdir(5));
try { process.chdir('does-not-exist'); } catch (e) { console.log(e.code, e.syscall, e.dest, e.path === process.cwd()); }

process.env.FOO = 42;
console.log(typeof process.env.FOO, process.env.FOO);
process.env.FOO = undefined;
console.log(process.env.FOO);
delete process.env.FOO;
console.log(process.env.FOO, 'FOO' in process.env);
const sym = Symbol('s');
console.log(process.env[sym], sym in process.env, delete process.env[sym]);
show(() => { process.env[sym] = 1; });
show(() => Object.defineProperty(process.env, 'A', { value: 'a' }));
show(() => Object.defineProperty(process.env, 'A', { get() { return 1; } }));
show(() => Object.defineProperty(process.env, 'A', { value: 1, writable: true, enumerable: true, configurable: true }) && process.env.A);
console.log(typeof process.env.hasOwnProperty, Object.prototype.toString.call(process.env));

console.log(require('process') === process, process instanceof process.constructor, process.constructor.name);
console.log(Object.getPrototypeOf(process) instanceof require('events'));
console.log(typeof Object.getOwnPropertyDescriptor(globalThis, 'process').get);
console.log(globalThis.atob === require('buffer').atob, globalThis.btoa === require('buffer').btoa);
