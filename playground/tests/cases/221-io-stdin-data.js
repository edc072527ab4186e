// process.stdin as a plain Readable: 'data' chunks (here all input arrives
// as one chunk), then 'end'.
process.stdin.setEncoding('utf8');
let input = '';
process.stdin.on('data', (chunk) => {
  console.log('data chunk of', chunk.length, 'chars');
  input += chunk;
});
process.stdin.on('end', () => {
  const words = input.split(/\s+/).filter(Boolean);
  console.log('words:', words);
});
console.log('listening');
