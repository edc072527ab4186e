// RegExp#source as V8 writes it: a `/` already escaped, or inside a
// character class, is left alone; line terminators are escaped; util.inspect
// and String() print the same text.
const util = require('util');
const list = [
  /a\/b/, new RegExp('a/b'), new RegExp('[/]'), /[\/]/, new RegExp('\\/'), new RegExp('\n'),
  new RegExp('\\n'), new RegExp('a\\\\/b'), new RegExp('\u2028'), new RegExp(''), /https?:\/\/x\.y\/z/g,
  new RegExp('[\\]/]'),
];
for (const r of list) console.log(JSON.stringify(r.source), String(r), util.inspect(r));
console.log(util.inspect({ re: /x\/y/i }));
