// Private fields and methods are not shown; accessors on classes live on
// the prototype (not shown); own getters show [Getter] unless getters: true.
const util = require('util');
class Account {
  #secret = 'hidden';
  static #count = 0;
  owner = 'ada';
  constructor() { this.balance = 10; }
  get doubled() { return this.balance * 2; }
  #privateMethod() {}
}
console.log(new Account());
const o = { get live() { return 42; }, get broken() { throw new Error('getter threw'); } };
console.log(o);
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect({ get obj() { return { nested: true }; } }, { getters: 'get' }));
const p = new Proxy({ target: 1 }, { get: () => 'trapped' });
console.log(p, util.inspect(p, { showProxy: true }));
console.log(Object.freeze({ frozen: true }), Object.seal([1]));
