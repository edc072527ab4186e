// os: only values stable across machines are printed.
const os = require('os');
console.log(JSON.stringify(os.EOL), typeof os.platform(), typeof os.tmpdir(), typeof os.homedir());
console.log('cpus is an array:', Array.isArray(os.cpus()), 'endianness:', os.endianness());
console.log('signals:', os.constants.signals.SIGINT, os.constants.signals.SIGTERM);
console.log('devNull:', os.devNull, 'availableParallelism is a number:', typeof os.availableParallelism());
