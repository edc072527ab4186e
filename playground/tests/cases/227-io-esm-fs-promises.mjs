// An ES module: named imports from node:fs/promises and top-level await.
import { writeFile, readFile, readdir, rm } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

await writeFile('list.txt', 'apples\npears\nplums\n');
console.log('files:', await readdir('.'));
const rl = createInterface({ input: createReadStream('list.txt'), crlfDelay: Infinity });
let n = 0;
for await (const line of rl) console.log(++n, line);
console.log((await readFile('list.txt', 'utf8')).length, 'chars');
await rm('list.txt');
console.log('after rm:', await readdir('.'));
