/** 3. Queue: end-to-end reports/s with one and two worker processes (real Redis). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoDir } from '../child-process.ts';
import type { BenchContext, SectionResult } from './types.ts';

export async function queue(_ctx: BenchContext): Promise<SectionResult> {
  const ready = existsSync(join(repoDir, 'workers', 'report-worker.ts'));
  const why = ready ? 'queue bench not written yet' : 'the queue workers (workers/**, src/queue/**) are still being written by another helper';
  const targets = [
    { what: 'queue, 2 processes / 1, PDF', value: `pending: ${why}`, target: '≥ 1.6×', ok: null },
    { what: 'queue, 2 processes / 1, .docx', value: `pending: ${why}`, target: '≥ 1.25×', ok: null },
    { what: 'queue overhead / pipeline time', value: `pending: ${why}`, target: '≤ 5%', ok: null },
  ];
  return { id: 'queue', title: '3. Queue scaling (real Redis)', body: `Pending: ${why}.`, targets, seconds: 0 };
}
