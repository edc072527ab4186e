// `util/types`: the public type checks (see internal/types.js).
'use strict';

const internal = require('internal/types');

const publicNames = Object.keys(internal).filter((k) => k.startsWith('is') && k !== 'isError');
for (const name of publicNames) exports[name] = internal[name];
