// What path.matchesGlob (the generated `path`, Node's own) needs of Node's
// bundled minimatch: `minimatch(path, pattern, options)` for `*` (within a
// segment), `**` (across segments) and `?`; other characters match
// themselves (no braces, classes or extglobs). With `platform: 'win32'`
// both separators are `/`.
'use strict'

function globToRegExp(pattern) {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        re += '.*'
        i++
        if (pattern[i + 1] === '/') i++
      } else {
        re += '[^/]*'
      }
    } else if (c === '?') {
      re += '[^/]'
    } else {
      re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    }
  }
  return new RegExp(`^${re}$`)
}

function minimatch(path, pattern, options = {}) {
  if (options.platform === 'win32') {
    path = path.replace(/\\/g, '/')
    pattern = pattern.replace(/\\/g, '/')
  }
  return globToRegExp(pattern).test(path)
}

module.exports = { minimatch }
