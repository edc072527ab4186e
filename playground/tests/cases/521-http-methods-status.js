// http.METHODS, STATUS_CODES, validateHeaderName/Value and defaults.
const http = require('http');
console.log(http.METHODS.length, http.METHODS.slice(0, 5), http.METHODS.includes('PATCH'));
console.log(http.STATUS_CODES[200], http.STATUS_CODES[404], http.STATUS_CODES[418], http.STATUS_CODES[999]);
console.log(http.maxHeaderSize, http.globalAgent.keepAlive, http.globalAgent instanceof http.Agent);
try { http.validateHeaderName('x y'); } catch (e) { console.log(e.code, e.message); }
try { http.validateHeaderValue('x-a', 'a\r\nb'); } catch (e) { console.log(e.code, e.message); }
try { http.validateHeaderValue('x-a', undefined); } catch (e) { console.log(e.code, e.message); }
console.log(http.validateHeaderName('X-Fine'), http.validateHeaderValue('X-Fine', 'v'));
const s = http.createServer();
console.log(s instanceof require('net').Server, s.keepAliveTimeout, s.headersTimeout, s.requestTimeout, s.timeout, s.listening);
console.log(typeof http.IncomingMessage.prototype.setTimeout, Object.getPrototypeOf(http.ServerResponse.prototype) === http.OutgoingMessage.prototype);
const req = Object.create(http.IncomingMessage.prototype);
console.log(typeof req.on, req instanceof require('stream').Readable);
try { http.get('https://localhost/'); } catch (e) { console.log(e.code, e.message); }
try { http.request({ method: 'BAD METHOD' }); } catch (e) { console.log(e.code, e.message); }
