// ES module: default and named imports of built-ins, with and without node:.
import fs, { readFileSync } from 'fs';
import path, { join, basename } from 'node:path';
import { EventEmitter, once } from 'node:events';
import * as util from 'util';
import { setTimeout as sleep } from 'node:timers/promises';
import assert from 'node:assert';
import EventEmitterDefault from 'events';

console.log('fs default has readFileSync:', fs.readFileSync === readFileSync);
console.log('path default join === named join:', path.join === join, join('x', 'y'), basename('/a/b.txt'));
console.log('EventEmitter default === named:', EventEmitterDefault === EventEmitter, typeof once);
console.log('namespace has default:', typeof util.default, util.default.format === util.format);
console.log('assert:', typeof assert, typeof assert.strictEqual);
console.log('sleep returns', await sleep(5, 'value'));
