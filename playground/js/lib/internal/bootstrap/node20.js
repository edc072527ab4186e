// Installed once per realm by bootstrap.js: the built-ins as Node 20 (V8
// 11.3) has them where Boa differs. Features newer than V8 11.3 are removed,
// so programs that feature-test for them take the Node 20 path; Date's
// string forms end with the zone name; and strings Boa's Date parser
// rejects go through V8's lenient ("legacy") date parser, so
// `new Date('March 7, 2024')` works.
'use strict';

// Not in V8 11.3 (Node 20), present in Boa 0.22.
function hideNewer(global) {
  const drop = (obj, names) => {
    for (const name of names) if (obj && Object.prototype.hasOwnProperty.call(obj, name)) delete obj[name];
  };
  drop(Object, ['groupBy']);
  drop(Map, ['groupBy']);
  drop(Promise, ['withResolvers', 'try']);
  drop(Set.prototype, ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom']);
  drop(Map.prototype, ['getOrInsert', 'getOrInsertComputed']);
  drop(WeakMap.prototype, ['getOrInsert', 'getOrInsertComputed']);
  drop(JSON, ['rawJSON', 'isRawJSON']);
  drop(RegExp, ['escape']);
  // Iterator helpers and the global Iterator (%IteratorPrototype% keeps
  // only Symbol.iterator, as in V8 11.3).
  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  drop(IteratorPrototype, ['map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find', 'constructor']);
  if (Object.prototype.hasOwnProperty.call(IteratorPrototype, Symbol.toStringTag)) delete IteratorPrototype[Symbol.toStringTag];
  // Boa names %TypedArray% as a global; V8 does not.
  drop(global, ['Iterator', 'TypedArray']);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// V8's legacy date parser, for the forms people write: month names
// ("March 7, 2024", "7 Mar 2024", "Thu Mar 07 2024"), numeric dates
// ("2024/03/07", "3/7/2024"), a time ("10:30", "10:30:05.250", with
// AM/PM), and a zone ("GMT+0100", "UTC", "Z", "+01:00"). Without a zone
// the time is local, which is UTC here. Returns NaN for anything else.
function legacyParse(text) {
  let s = String(text).replace(/\([^)]*\)/g, ' ').trim().toLowerCase();
  if (s === '') return NaN;
  let hour = 0, minute = 0, second = 0, ms = 0, offset = 0;
  const time = /(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(?:\s*([ap])\.?m\.?\b)?/.exec(s);
  if (time) {
    hour = Number(time[1]); minute = Number(time[2]); second = Number(time[3] || 0);
    ms = Number((time[4] || '0').padEnd(3, '0'));
    if (time[5]) {
      if (hour < 1 || hour > 12) return NaN;
      hour = (hour % 12) + (time[5] === 'p' ? 12 : 0);
    }
    s = s.slice(0, time.index) + ' ' + s.slice(time.index + time[0].length);
  }
  const zone = /(?:\b(?:gmt|utc|ut|z)\b\s*)?([+-])(\d{2}):?(\d{2})\b|\b(?:gmt|utc|ut|z)\b/.exec(s);
  if (zone) {
    if (zone[1]) offset = (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
    s = s.slice(0, zone.index) + ' ' + s.slice(zone.index + zone[0].length);
  }
  let month = -1;
  const numbers = [];
  for (const token of s.split(/[\s,]+/).filter(Boolean)) {
    for (const part of token.split(/[/.-]/).filter(Boolean)) {
      if (/^\d+$/.test(part)) {
        numbers.push(part);
      } else if (/^[a-z]+$/.test(part)) {
        const m = part.length >= 3 ? MONTHS.indexOf(part.slice(0, 3)) : -1;
        if (m !== -1 && month === -1) month = m;
        else if (!(part.length >= 3 && DAYS.includes(part.slice(0, 3)))) return NaN;
      } else {
        return NaN;
      }
    }
  }
  let year, day;
  if (month !== -1) {
    if (numbers.length !== 2) return NaN;
    const [a, b] = numbers;
    if (a.length >= 3 || Number(a) > 31) [year, day] = [a, b];
    else [day, year] = [a, b];
  } else {
    if (numbers.length !== 3) return NaN;
    const [a, b, c] = numbers;
    if (a.length >= 3 || Number(a) > 31) [year, month, day] = [a, Number(b) - 1, c];
    else [month, day, year] = [Number(a) - 1, b, c];
  }
  let y = Number(year);
  if (year.length <= 2) y += y < 50 ? 2000 : 1900;
  const d = Number(day);
  if (month < 0 || month > 11 || d < 1 || d > 31 || hour > 24 || minute > 59 || second > 59) return NaN;
  return Date.UTC(y, month, d, hour, minute, second, ms) - offset * 60000;
}

function installDates(global, R) {
  const OrigDate = global.Date;
  const proto = OrigDate.prototype;
  const definePatched = (obj, name, fn) => {
    R.nativeLooking.add(fn);
    Object.defineProperty(obj, name, { __proto__: null, value: fn, writable: true, configurable: true, enumerable: false });
  };
  // Boa writes "GMT+0000"; V8 adds the zone's name. Runs are in UTC.
  const withZone = (text) => (text.endsWith('GMT+0000') ? `${text} (Coordinated Universal Time)` : text);
  const origToString = proto.toString;
  const origToTimeString = proto.toTimeString;
  definePatched(proto, 'toString', { toString() { return withZone(origToString.call(this)); } }.toString);
  definePatched(proto, 'toTimeString', { toTimeString() { return withZone(origToTimeString.call(this)); } }.toTimeString);
  const origParse = OrigDate.parse;
  const parse = (text) => {
    const t = origParse.call(OrigDate, text);
    return Number.isNaN(t) && typeof text === 'string' ? legacyParse(text) : t;
  };
  definePatched(OrigDate, 'parse', { parse(text) { return parse(String(text)); } }.parse);
  const DateProxy = new Proxy(OrigDate, {
    __proto__: null,
    apply() { return new OrigDate().toString(); },
    construct(target, args, newTarget) {
      if (args.length === 1 && typeof args[0] === 'string') {
        const t = origParse.call(OrigDate, args[0]);
        if (Number.isNaN(t)) args = [legacyParse(args[0])];
      }
      return Reflect.construct(target, args, newTarget === DateProxy ? target : newTarget);
    },
  });
  R.nativeLooking.add(DateProxy);
  Object.defineProperty(proto, 'constructor', { __proto__: null, value: DateProxy, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(global, 'Date', { __proto__: null, value: DateProxy, writable: true, configurable: true, enumerable: false });
  // For the engine's check that a run left the intrinsics as it found them.
  if (Array.isArray(R.intrinsics)) R.intrinsics.push(OrigDate, proto);
}

module.exports = {
  install(global, R) {
    hideNewer(global);
    installDates(global, R);
  },
  legacyParse,
};
