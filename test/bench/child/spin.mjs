// A CPU-bound loop with no allocation and no memory traffic: how far this machine's CPUs scale by
// themselves when two processes run at once (the ceiling for any two-process figure of §3).
// Usage: node spin.mjs [iterations]
const n = Number(process.argv[2] ?? 1e9);
let x = 0;
for (let i = 0; i < n; i++) x = (x + (i & 7)) | 0;
if (x === 0.5) console.log(x); // keeps the loop from being dropped
