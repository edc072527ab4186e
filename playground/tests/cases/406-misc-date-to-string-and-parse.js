// Date#toString ends with the zone name, and V8's lenient parser reads the
// month-name forms people type.
const d = new Date(Date.UTC(2024, 2, 7, 13, 5, 9));
console.log(d.toString());
console.log(d.toTimeString());
console.log(String(new Date(0)));
for (const s of ['March 7, 2024', 'Mar 7 2024', '7 March 2024', 'March 7, 2024 10:30:00', 'Thu Mar 07 2024',
  'March 7, 2024 10:30 PM', 'Dec 25, 1995', 'December 17, 1995 03:24:00', '2024/03/07', '2024-03-07', '2024-03-07T10:00',
  'not a date']) {
  const t = new Date(s);
  console.log(JSON.stringify(s), isNaN(t) ? 'Invalid Date' : t.toISOString());
}
console.log(Date.parse('March 7, 2024'));
