// Top-level strings print raw; inside containers they are quoted with ',
// falling back to " then ` when the string contains quotes; escapes shown.
console.log('plain', "it's");
console.log(['plain', "it's", 'say "hi"', `both ' and "`, `all ' " \``]);
console.log({ newline: 'a\nb', tab: 'a\tb', backslash: 'a\\b', nul: '\0', esc: '\x1b', uni: 'é', emoji: '😀' });
console.log(['']);
console.log([' leading and trailing ']);
console.log(new Map([['key "q"', "val 'q'"]]));
console.log(['x'.repeat(20)], { long: 'y'.repeat(100) });
console.log('multi\nline at top level');
console.log(['multi\nline in array']);
