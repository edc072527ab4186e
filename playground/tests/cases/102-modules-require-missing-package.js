// A package the runtime does not have fails with MODULE_NOT_FOUND; Node's
// message goes on with a "Require stack" listing paths, so only the first
// line is printed. node:-prefixed unknown names fail differently.
for (const name of ['lodash', 'ws', './missing-local-file', 'node:lodash', 'node:not-a-builtin']) {
  try {
    require(name);
    console.log(name, 'loaded?!');
  } catch (e) {
    console.log(name, '->', e.code, '|', e.message.split('\n')[0]);
  }
}
try { require(); } catch (e) { console.log('no argument ->', e.code); }
try { require(''); } catch (e) { console.log('empty string ->', e.code); }
