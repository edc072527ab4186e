// A subclass emitting from its constructor is too early (nobody listens
// yet); emitting on nextTick works. emit does not await async listeners.
const EventEmitter = require('events');
class Job extends EventEmitter {
  constructor() {
    super();
    this.emit('created', 'sync');
    process.nextTick(() => this.emit('created', 'tick'));
  }
}
const j = new Job();
j.on('created', (how) => console.log('created via', how));
j.on('work', async (n) => {
  console.log('async listener start', n);
  await null;
  console.log('async listener resumed', n);
});
j.on('work', (n) => console.log('sync listener', n));
console.log('emit work returned', j.emit('work', 1));
console.log('after emit');
