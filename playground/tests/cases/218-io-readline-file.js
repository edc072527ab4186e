// Line-by-line file reading: readline over fs.createReadStream. The last
// line has no newline and still counts.
const fs = require('fs');
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream('access.log'), crlfDelay: Infinity });
  const byStatus = {};
  for await (const line of rl) {
    const status = line.split(' ')[2];
    byStatus[status] = (byStatus[status] || 0) + 1;
  }
  console.log(byStatus);
})();
