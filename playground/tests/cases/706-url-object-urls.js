// URL.createObjectURL / revokeObjectURL and buffer.resolveObjectURL: blob:nodedata: URLs, as Node 20 keeps them.
const { Blob, resolveObjectURL } = require('buffer');
const url = URL.createObjectURL(new Blob(['hello'], { type: 'text/plain' }));
console.log(/^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(url), new URL(url).origin);
const blob = resolveObjectURL(url);
console.log(blob, resolveObjectURL('blob:nodedata:nope'), resolveObjectURL('nonsense'));
blob.text().then((text) => {
  console.log(text);
  URL.revokeObjectURL(url);
  console.log(resolveObjectURL(url));
});
for (const bad of [() => URL.createObjectURL('x'), () => URL.revokeObjectURL()]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Object.getOwnPropertyDescriptor(URL, 'createObjectURL').enumerable, typeof URL.revokeObjectURL);
