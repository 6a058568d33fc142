/**
 * A flag's fingerprint: a stable hash of the check, the report's sha256 and what the finding is
 * about (metric + sorted dims + section path of the records involved, or ids like a reform
 * area). Offsets and values stay out, so the same finding keeps its fingerprint through
 * reprocessing and through edits elsewhere in the report.
 */
import { createHash } from 'node:crypto';

export function fingerprint(check: string, sha256: string, keys: readonly string[], occurrence = 1): string {
  const parts = [check, sha256, ...[...new Set(keys)].sort()];
  if (occurrence > 1) parts.push(`#${occurrence}`);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);
}
