#!/usr/bin/env python3
"""Vendor Node 20's own stream implementation into js/node (apart from our own modules in js/lib).

The oracle is Node 20 itself, so the streams are Node 20's code: the sources
of `stream`, `stream/promises` and `internal/streams/*` are read out of the
installed `node` binary (process.binding('natives'), MIT, (c) Node.js
contributors). Each becomes a built-in module body of the playground:

- `primordials` comes from `internal/streams/primordials` (built from the
  standard globals);
- Node-internal modules are mapped to small playground equivalents (table
  MAP below); `process.nextTick` goes to the runtime's nextTick queue through
  `internal/streams/process`.

The error classes, validators and mini-inspect come from the readable-stream
npm package (MIT), which carries adapted copies of Node's:
    npm pack readable-stream@4.7.0 && tar xzf readable-stream-4.7.0.tgz

Usage: python3 vendor-streams.py package/lib ../node  (needs `node` v20)
       python3 vendor-streams.py - OUT_DIR   (only the parts read from node)
Do not hand-edit the output; change this script and rerun.
"""
import json, os, re, subprocess, sys

RS, DST = sys.argv[1], sys.argv[2]

NODE_FILES = ['stream', 'stream/promises'] + ['internal/streams/' + n for n in (
    'add-abort-signal compose destroy duplex duplexify duplexpair end-of-stream from legacy '
    'operators passthrough pipeline readable state transform utils writable').split()]

MAP = {
    'internal/errors': 'internal/streams/errors',
    'internal/util': 'internal/streams/util',
    'internal/util/types': 'internal/streams/util',
    'internal/util/debuglog': 'internal/streams/util',
    'internal/blob': 'internal/streams/util',
    'internal/events/abort_listener': 'internal/streams/util',
    'internal/validators': 'internal/streams/validators',
    'internal/abort_controller': 'internal/abort',
    'internal/event_target': 'internal/abort',
    'internal/buffer': 'internal/streams/util',
    'internal/assert': 'internal/streams/assert',
    'internal/webstreams/adapters': 'internal/streams/webstreams',
}

RS_FILES = {
    'ours/errors.js': 'internal/streams/errors.js',
    'internal/validators.js': 'internal/streams/validators.js',
    'ours/util/inspect.js': 'internal/streams/inspect.js',
}
RS_MAP = {
    './util/inspect': 'internal/streams/inspect',
    './primordials': 'internal/streams/primordials',
    '../ours/errors': 'internal/streams/errors',
    '../ours/primordials': 'internal/streams/primordials',
    '../ours/util': 'internal/streams/util',
}

HEADER = ("// Vendored by playground/js/tools/vendor-streams.py from %s\n"
          "// (MIT, (c) Node.js contributors). Do not edit by hand.\n")

def node_sources():
    code = ("const n=process.binding('natives');process.stdout.write(JSON.stringify("
            "Object.fromEntries(%s.map(k=>[k,n[k]]))))" % json.dumps(NODE_FILES))
    out = subprocess.run(['node', '--no-deprecation', '-e', code], check=True, capture_output=True, text=True)
    version = subprocess.run(['node', '--version'], check=True, capture_output=True, text=True).stdout.strip()
    return json.loads(out.stdout), version

def write(name, text):
    out = os.path.join(DST, name)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w') as f:
        f.write(text)
    print('wrote', name)

sources, version = node_sources()
for name, text in sources.items():
    if text is None:
        raise SystemExit('node has no source for ' + name)
    def req(m):
        spec = m.group(1)
        return "require('%s')" % MAP.get(spec, spec)
    text = re.sub(r"require\('([^']+)'\)", req, text)
    prelude = "const primordials = require('internal/streams/primordials');\n"
    if re.search(r'(?<![\w.])process\.', text):
        prelude += "const process = require('internal/streams/process');\n"
    text = text.replace("'use strict';\n", "'use strict';\n" + prelude, 1)
    write(name + '.js', HEADER % ('Node.js ' + version + ' lib/' + name + '.js') + text)

for src, dst in (RS_FILES.items() if RS != '-' else []):
    text = open(os.path.join(RS, src)).read()
    text = re.sub(r"require\('([^']+)'\)", lambda m: "require('%s')" % RS_MAP[m.group(1)], text)
    text = text.replace('globalThis.AggregateError || ', '')
    if src == 'ours/errors.js':
        # Node's errors print as `Error [CODE]: message` in their stack.
        text = text.replace(
            "      super(getMessage(code, message, args))\n",
            "      super(getMessage(code, message, args))\n"
            "      if (typeof this.stack === 'string') {\n"
            "        const stack = this.stack.replace(/^[^\\n:]*: /, Base.name + ' [' + code + ']: ')\n"
            "        Object.defineProperty(this, 'stack', { value: stack, writable: true, configurable: true, enumerable: false })\n"
            "      }\n")
        text = text.replace("E('ERR_INVALID_ARG_TYPE',",
                            "E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError)\nE('ERR_INVALID_ARG_TYPE',")
    write(dst, HEADER % ('readable-stream 4.7.0 lib/' + src) + text)
