"use strict";module.exports=function rareHooks(e){let{isError:t,inspectValue:n,isPathLike:r,normalizePath:i,dirnameOf:a,readUserFile:o,loadUserModule:s,isPublicBuiltin:c,loadBuiltin:l,firstUserFrame:u,resolveBare:d,nodeModulePaths:f,loadModule:p,knownPackages:m,packageName:h}=e,missingNote=(e,t)=>`\n\nNote: the crib playground does not provide the ${e} '${t}'; only Node's built-in modules and the npm packages ${[...m].join(`, `)||`(none)`} are available here.`;function fatalReport(e,i){if(i===`unhandledRejection`&&!t(e))return{header:`node:internal/process/promises:389
      new UnhandledPromiseRejection(reason);
      ^

`,text:`UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${n(e)}".\n    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)
    at processPromiseRejections (node:internal/process/promises:470:17)
    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) {
  code: 'ERR_UNHANDLED_REJECTION'
}`};if(!t(e))return{text:`${n(e)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)`};let a=n(e);if(e.code===`MODULE_NOT_FOUND`&&Array.isArray(e.requireStack)){let t=/^Cannot find module '(.*)'/.exec(e.message),n=t?t[1]:``;return{header:`node:internal/modules/cjs/loader:1210
  throw err;
  ^

`,text:a+(r(n)||m.has(h(n))?``:missingNote(`module`,n))}}if(e.code===`ERR_MODULE_NOT_FOUND`)return{header:`node:internal/modules/esm/resolve:854
  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);
        ^

`,text:a+(e.cribMissing?missingNote(`package`,e.cribMissing):``)};let o=e[Symbol.for(`crib.emittedAt`)];if(o&&Array.isArray(o.frames)){let withLoader=e=>/^ {4}at Object\.<anonymous> \(/.test(e[e.length-1]||``)?e.concat(g):e,t=withLoader(o.frames),n=withLoader(String(e.stack).split(`
`).slice(1)),{len:r,offset:i}=identicalSequenceRange(t,n);return r>0&&t.splice(i+1,r-2,`    [... lines matching original stack trace ...]`),t=t.filter(e=>!g.includes(e)),{header:`node:events:502
      throw er; // Unhandled 'error' event
      ^

`,text:`${a}\nEmitted 'error' event${o.ctorInfo} at:${t.length?`
`+t.join(`
`):``}`}}let s=u(e)||{};return{text:a,line:s.line,column:s.column,file:s.file}}let g=[`    at Module._compile (node:internal/modules/cjs/loader:1521:14)`,`    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)`,`    at Module.load (node:internal/modules/cjs/loader:1266:32)`,`    at Module._load (node:internal/modules/cjs/loader:1091:12)`,`    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)`,`    at node:internal/main/run_main_module:28:49`];function identicalSequenceRange(e,t){for(let n=0;n<e.length-3;n++){let r=t.indexOf(e[n]);if(r!==-1){let i=t.length-r;if(i>3){let a=1,o=Math.min(e.length-n,i);for(;o>a&&e[n+a]===t[r+a];)a++;if(a>3)return{len:a,offset:n}}}}return{len:0,offset:0}}function metaResolve(e){return function resolve(t){let n=String(t).startsWith(`node:`)?String(t).slice(5):String(t);if(c(n))return`node:`+n;let o=String(t);if(o.startsWith(`file://`))return o;if(r(o))return`file://`+i(o.startsWith(`/`)?o:a(e)+`/`+o);let s=Error(`Cannot find package '${o}' imported from ${e}`);throw s.code=`ERR_MODULE_NOT_FOUND`,s}}function esmResolve(e,t){let n=e.startsWith(`node:`)?e.slice(5):e;if(c(n))return[`node:`+n,l(n),!1];let u=e.startsWith(`file://`)?e.slice(7):e;if(r(u)){let e=i(u.startsWith(`/`)?u:a(t)+`/`+u),n=o(e);if(n!==void 0)return e.endsWith(`.json`)?[e,JSON.parse(n),!1]:e.endsWith(`.cjs`)?[e,s(e,n,null),!1]:[e,n,!0];let r=Error(`Cannot find module '${e}' imported from ${t}`);throw r.code=`ERR_MODULE_NOT_FOUND`,r}if(e.startsWith(`node:`)){let t=Error(`No such built-in module: ${e}`);throw t.code=`ERR_UNKNOWN_BUILTIN_MODULE`,t}let g=d(e,f(a(t)));if(g)return[g,p(g,null),!1];let _=m.has(h(e));_||host.missing(e);let v=Error(`Cannot find package '${e}' imported from ${t}`);throw v.name=`Error [ERR_MODULE_NOT_FOUND]`,v.code=`ERR_MODULE_NOT_FOUND`,_||Object.defineProperty(v,"cribMissing",{__proto__:null,value:e,enumerable:!1}),v}return{fatalReport,metaResolve,esmResolve}};