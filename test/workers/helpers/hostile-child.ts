/**
 * A converter child that misbehaves on request, for the pool tests: bytes starting with HANG
 * loop forever, CRASH abort the process, OOM allocate until the heap limit kills it; anything
 * else gets a small conversion back. Same protocol as workers/convert-child.ts.
 */
process.on('disconnect', () => process.exit(0));

process.on('message', (m: { id: number; bytes: Uint8Array }) => {
  const head = Buffer.from(m.bytes).subarray(0, 8).toString('latin1');
  if (head.startsWith('HANG')) for (;;);
  if (head.startsWith('CRASH')) process.abort();
  if (head.startsWith('OOM')) {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
  }
  process.send?.({ id: m.id, ok: true, conversion: { format: 'docx', markdown: `đọc được ${m.bytes.length} byte`, pages: [], warnings: [] } });
});

process.send?.({ ready: true });
