// A proxy's ownKeys trap that breaks the invariants throws V8's messages.
const missing = new Proxy([1, 2, 3], { ownKeys() { return []; } });
try { Object.keys(missing); } catch (e) { console.log(e.name, e.message); }
const target = Object.preventExtensions({ a: 1 });
const extra = new Proxy(target, { ownKeys() { return ['a', 'b']; } });
try { Reflect.ownKeys(extra); } catch (e) { console.log(e.name, e.message); }
const fixed = {};
Object.defineProperty(fixed, Symbol.for('s'), { value: 1 });
try { Reflect.ownKeys(new Proxy(fixed, { ownKeys() { return []; } })); } catch (e) { console.log(e.name, e.message); }
