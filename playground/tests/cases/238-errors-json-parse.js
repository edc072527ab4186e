// JSON.parse errors in V8's words (Node 20), and patched builtins still
// print as native code.
const inputs = ['', '{', '{"a":1,}', 'abc', '{"a":1} x', '[1,2', '{"a" 1}', '{"a":1 "b":2}', '"abc', "'single'", 'not json at all, really long input here', '[1,]', '"a\\qb"', '"a\u0001b"', '01', '-', '1.', '1e', '{a:1}', 'undefined', '[1 2]', 'tru', 'nul', '{"a":}', '  ', '{"a":1}}', '[', '{"a":[1,{"b":2]}', '"\\u12"', 'NaN', '.5', '+1', '1.5e+', '[-]', '{"a":"b"', '\n{\n"a":\n}'];
for (const s of inputs) { try { JSON.parse(s); console.log('ok', JSON.stringify(s)); } catch (e) { console.log(JSON.stringify(s), '=>', e.message); } }
try { JSON.parse(undefined) } catch (e) { console.log(e.message) }
try { JSON.parse({}) } catch (e) { console.log(e.message) }
console.log(String(JSON.parse), String(String.prototype.repeat), String(Function.prototype.toString));
console.log(JSON.parse('[1,2]', (k, v) => (typeof v === 'number' ? v * 2 : v)));
