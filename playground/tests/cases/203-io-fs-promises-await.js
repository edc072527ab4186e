// fs.promises with async/await: each await resumes in a later poll phase.
const fsp = require('fs/promises');
async function main() {
  await fsp.writeFile('todo.txt', 'buy milk\n');
  console.log('written');
  await fsp.appendFile('todo.txt', 'write tests\n');
  const text = await fsp.readFile('todo.txt', 'utf8');
  console.log(text.trim().split('\n'));
  const st = await fsp.stat('todo.txt');
  console.log('size', st.size, 'file?', st.isFile());
  await fsp.mkdir('archive/2024', { recursive: true });
  await fsp.rename('todo.txt', 'archive/2024/todo.txt');
  console.log('archive:', await fsp.readdir('archive/2024'));
  await fsp.rm('archive', { recursive: true, force: true });
  try {
    await fsp.access('archive');
  } catch (err) {
    console.log('gone:', err.code);
  }
}
main().then(() => console.log('main done'));
setImmediate(() => console.log('immediate runs between awaits'));
console.log('sync end');
