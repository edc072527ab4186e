// Class instances show their class name, null-prototype objects say so,
// functions and classes show their names, symbols as keys and values.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3D extends Point { constructor() { super(1, 2); this.z = 3; } }
class Empty {}
console.log(new Point(1, 2), new Point3D(), new Empty());
const bare = Object.create(null);
bare.key = 'v';
console.log(bare, Object.create(null));
function named() {}
const anon = [function () {}, () => {}][0];
console.log(named, anon, () => {}, async function af() {}, function* gen() {}, async function* ag() {});
console.log(Point, Point3D, class {}, Math.max);
console.log({ method: named, klass: Point });
const sym = Symbol('tag');
console.log({ [sym]: 'symbol-keyed', plain: sym, [Symbol()]: 1 });
console.log(Symbol.iterator, Symbol('with space'), Symbol());
const withProps = Object.assign(function tagged() {}, { extra: 1 });
console.log(withProps);
console.log(Object.assign(new Point(0, 0), { [Symbol.toStringTag]: 'Tagged' }));
