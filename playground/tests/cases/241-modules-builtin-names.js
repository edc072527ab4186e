// The built-ins are embedded minified: their functions and classes must keep
// the names and arity Node shows.
const fs = require('fs');
const events = require('events');
const { Readable, Writable, Transform, PassThrough } = require('stream');
const util = require('util');
const path = require('path');
console.log(fs.readFileSync.name, fs.writeFile.name, fs.promises.readFile.name);
console.log(events.EventEmitter.name, events.once.name, Readable.name, Writable.name, Transform.name, PassThrough.name);
console.log(util.inspect.name, util.promisify.name, util.format.name, path.join.name, path.resolve.name);
console.log(fs.readFileSync, events.EventEmitter, Readable);
console.log(typeof Readable.prototype.pipe, Readable.prototype.pipe.name);
const e = new events.EventEmitter();
console.log(util.inspect(e.on), e.emit.name);
class Mine extends Transform {}
console.log(new Mine() instanceof Readable, Object.getPrototypeOf(Mine).name);
