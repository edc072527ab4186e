//! The playground runtime: runs a JavaScript program under a simulated
//! Node.js 20 event loop on Boa, deterministically, on a virtual clock.
