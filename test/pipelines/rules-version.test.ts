import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashSources, RULES_SOURCES, rulesVersion } from '../../pipelines/rules-version.ts';
import { defaultConfig } from '../../src/check/index.ts';

const tmp = mkdtempSync(join(tmpdir(), 'solieu-rules-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('rules version', () => {
  it('hashes the structure, extraction and check sources; stable within a process', () => {
    expect(RULES_SOURCES.map((d) => d.split('/').slice(-2).join('/'))).toEqual(['src/structure', 'src/extract', 'src/check']);
    expect(rulesVersion()).toMatch(/^r-[0-9a-f]{16}$/);
    expect(rulesVersion()).toBe(rulesVersion());
    expect(rulesVersion(defaultConfig())).toBe(rulesVersion());
  });

  it('changes when a rule file changes', () => {
    const copy = join(tmp, 'src');
    for (const dir of RULES_SOURCES) cpSync(dir, join(copy, dir.split('/').at(-1)!), { recursive: true });
    const dirs = RULES_SOURCES.map((d) => join(copy, d.split('/').at(-1)!));
    const before = hashSources(dirs);
    expect(hashSources(dirs)).toBe(before);
    writeFileSync(join(dirs[1]!, 'rules', 'zz-new-rule.ts'), 'export default {};\n');
    expect(hashSources(dirs)).not.toBe(before);
  });

  it('adds the check configuration when it is not the default', () => {
    const config = defaultConfig();
    config.checks['sum-mismatch'] = { enabled: false, severity: null, tolerance: null };
    expect(rulesVersion(config)).toMatch(/^r-[0-9a-f]{16}\+c-[0-9a-f]{8}$/);
  });
});
