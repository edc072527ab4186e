// os.getPriority/setPriority validate as Node 20 (int32 pid, priority in
// -20..19), know only this process (pid 0 or process.pid; another pid is
// ESRCH as a SystemError), and os.EOL/devNull are read-only but redefinable.
// (Priorities only go up, 18 then 19: allowed without privileges however nice the run is.)
'use strict'
const os = require('os')

const show = (label, fn) => {
  try {
    console.log(label, 'ok', fn())
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.info ? e.info.code : '')
  }
}
show('get default is a number', () => typeof os.getPriority())
show('set 18', () => os.setPriority(18))
show('get 0', () => os.getPriority(0))
show('get pid', () => os.getPriority(process.pid))
show('set pid 19', () => os.setPriority(process.pid, 19))
show('get undefined', () => os.getPriority(undefined))
show('get "1"', () => os.getPriority('1'))
show('get 3.5', () => os.getPriority(3.5))
show('get -1', () => os.getPriority(-1))
show('set 20', () => os.setPriority(0, 20))
show('set -21', () => os.setPriority(0, -21))
show('set null', () => os.setPriority(0, null))
show('set 2**32 pid', () => os.setPriority(2 ** 32, 0))
show('EOL', () => JSON.stringify(os.EOL))
show('assign EOL', () => { os.EOL = 'x' })
const d = Object.getOwnPropertyDescriptor(os, 'EOL')
console.log(d.writable, d.enumerable, d.configurable)
Object.defineProperty(os, 'EOL', { value: 'foo' })
console.log(os.EOL, os.devNull, Object.keys(os).slice(-3))
