#!/usr/bin/env python3
"""Vendor Node's stream implementation from the `readable-stream` npm package
(MIT, a user-land copy of Node's lib/internal/streams) into js/lib.

Usage: npm pack readable-stream@4.7.0 && tar xzf readable-stream-4.7.0.tgz
       python3 vendor-streams.py package/lib ../lib

Each file becomes a built-in module body: relative requires are rewritten to
built-in names, `process.nextTick` goes through `internal/streams/process`
(the runtime's nextTick queue), and browser/npm shims are replaced by the
runtime's own modules. Rerun after upgrading; do not hand-edit the output
except through this script.
"""
import os, re, sys

SRC, DST = sys.argv[1], sys.argv[2]

FILES = {
    'internal/streams/add-abort-signal.js': 'internal/streams/add-abort-signal.js',
    'internal/streams/buffer_list.js': 'internal/streams/buffer_list.js',
    'internal/streams/compose.js': 'internal/streams/compose.js',
    'internal/streams/destroy.js': 'internal/streams/destroy.js',
    'internal/streams/duplex.js': 'internal/streams/duplex.js',
    'internal/streams/duplexify.js': 'internal/streams/duplexify.js',
    'internal/streams/end-of-stream.js': 'internal/streams/end-of-stream.js',
    'internal/streams/from.js': 'internal/streams/from.js',
    'internal/streams/legacy.js': 'internal/streams/legacy.js',
    'internal/streams/operators.js': 'internal/streams/operators.js',
    'internal/streams/passthrough.js': 'internal/streams/passthrough.js',
    'internal/streams/pipeline.js': 'internal/streams/pipeline.js',
    'internal/streams/readable.js': 'internal/streams/readable.js',
    'internal/streams/state.js': 'internal/streams/state.js',
    'internal/streams/transform.js': 'internal/streams/transform.js',
    'internal/streams/utils.js': 'internal/streams/utils.js',
    'internal/streams/writable.js': 'internal/streams/writable.js',
    'internal/validators.js': 'internal/streams/validators.js',
    'ours/errors.js': 'internal/streams/errors.js',
    'ours/primordials.js': 'internal/streams/primordials.js',
    'ours/util.js': 'internal/streams/util.js',
    'ours/util/inspect.js': 'internal/streams/inspect.js',
    'stream.js': 'stream.js',
    'stream/promises.js': 'stream/promises.js',
}

# module name (without .js) of every source file, keyed by its source path
NAMES = {src: dst[:-3] for src, dst in FILES.items()}

def resolve(src_file, spec):
    if spec in ('process/', 'process'):
        return 'internal/streams/process'
    if spec == 'string_decoder/':
        return 'string_decoder'
    if spec in ('buffer', 'events', 'string_decoder', 'stream'):
        return spec
    if spec == 'abort-controller':
        return 'internal/abort'
    if spec.startswith('.'):
        base = os.path.normpath(os.path.join(os.path.dirname(src_file), spec))
        if base.endswith('.js'):
            base = base[:-3]
        key = base + '.js'
        if key not in NAMES and os.path.join(base, 'index.js') in NAMES:
            key = os.path.join(base, 'index.js')
        if base == '../lib/stream' or key == 'stream.js':
            return 'stream'
        if key in NAMES:
            return NAMES[key]
        raise SystemExit(f'{src_file}: cannot resolve {spec}')
    raise SystemExit(f'{src_file}: unknown module {spec}')

HEADER = ("// Vendored from the readable-stream npm package 4.7.0 (MIT, (c) Node.js\n"
          "// contributors), a copy of Node's lib/internal/streams, by\n"
          "// playground/js/tools/vendor-streams.py. Do not edit by hand.\n")

for src, dst in FILES.items():
    text = open(os.path.join(SRC, src)).read()
    text = re.sub(r"require\('([^']+)'\)", lambda m: "require('%s')" % resolve(src, m.group(1)), text)
    text = text.replace('globalThis.AbortSignal || ', '').replace('globalThis.AbortController || ', '')
    text = text.replace("const Blob = globalThis.Blob || bufferModule.Blob", "const Blob = bufferModule.Blob")
    text = re.sub(r'(?<![\w.])queueMicrotask\(', 'host.queueMicrotask(', text)
    text = text.replace("const { getDefaultEncoding } = require('../crypto/util')", '')
    if src == 'ours/errors.js':
        # Node's errors print as `Error [CODE]: message` in their stack
        text = text.replace(
            "      super(getMessage(code, message, args))\n",
            "      super(getMessage(code, message, args))\n"
            "      if (typeof this.stack === 'string') {\n"
            "        this.stack = this.stack.replace(/^[^\\n:]*: /, Base.name + ' [' + code + ']: ')\n"
            "      }\n")
    out = os.path.join(DST, dst)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w') as f:
        f.write(HEADER + text)
    print('wrote', dst)
