// Reading all of stdin with process.stdin events (chunking does not matter:
// the text is joined before printing). Stdin comes from the .stdin file.
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { text += chunk; });
process.stdin.on('end', () => {
  const lines = text.split('\n').filter(Boolean);
  console.log('lines:', lines.length);
  for (const [i, l] of lines.entries()) console.log(i + 1, l.toUpperCase());
  const nums = lines.map(Number).filter((n) => !Number.isNaN(n));
  console.log('sum of numeric lines:', nums.reduce((a, b) => a + b, 0));
});
console.log('waiting for stdin');
