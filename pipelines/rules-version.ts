/**
 * The rules version: a hash of everything that decides what is read from the Markdown — the
 * sources under src/structure, src/extract (rules, catalog) and src/check (checks, messages) —
 * plus the check configuration when it differs from the defaults. Stored beside every
 * extraction, so a rule change shows as a new version on the next reprocess. Computed once per
 * process (the files are read at runtime, not at build time).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDefaultConfig, type CheckConfig } from '../src/check/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RULES_SOURCES: readonly string[] = ['src/structure', 'src/extract', 'src/check'].map((d) => join(ROOT, d));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(full));
    else if (e.isFile() && !/\.test\.ts$/.test(e.name)) out.push(full);
  }
  return out;
}

/** Hash of the files under `dirs` (paths relative to their common root, and contents). */
export function hashSources(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const file of filesUnder(dir)) {
      hash.update(relative(dirname(dir), file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

let cached: string | undefined;

/** `r-<hash>` of the rule sources, `+c-<hash>` when a non-default check configuration is in force. */
export function rulesVersion(checks?: CheckConfig): string {
  cached ??= `r-${hashSources(RULES_SOURCES)}`;
  if (!checks || isDefaultConfig(checks)) return cached;
  const config = createHash('sha256').update(JSON.stringify(checks.checks)).digest('hex').slice(0, 8);
  return `${cached}+c-${config}`;
}
