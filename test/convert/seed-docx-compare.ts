/**
 * Hand-run check (not part of the suite): the seed report written with Word automatic numbering
 * must convert to the same Markdown as its hand-numbered twin.
 *   npx tsx test/convert/seed-docx-compare.ts [seeds-dir]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertDocx } from '../../src/convert/docx.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../../shared/seeds');
const NUMBERED = /^(?:\*\*|_|#+ )*(?:[IVXLC]+\.|\d+(?:\.\d+)*\\?[.)]|[a-zđ][,)])\s/u;

async function markdownOf(name: string): Promise<string> {
  return (await convertDocx(new Uint8Array(readFileSync(join(dir, name))))).markdown;
}

const manual = await markdownOf('000_bd9f6219db303450.docx');
const auto = await markdownOf('000_bd9f6219db303450-autonumber.docx');
const headings = (md: string): string[] => md.split('\n\n').filter((b) => NUMBERED.test(b)).map((b) => b.slice(0, 80));
const hm = headings(manual);
const ha = headings(auto);
let differences = 0;
for (let i = 0; i < Math.max(hm.length, ha.length); i++) {
  if (hm[i] !== ha[i]) {
    differences++;
    process.stdout.write(`- manual: ${hm[i] ?? '∅'}\n+ auto:   ${ha[i] ?? '∅'}\n`);
  }
}
const firstLines = (md: string): string => md.split('\n').slice(0, 40).join('\n');
process.stdout.write(
  `numbered blocks: manual ${hm.length}, autonumber ${ha.length}, differing ${differences}\n` +
    `first 40 lines identical: ${firstLines(manual) === firstLines(auto)}\n` +
    `whole Markdown identical: ${manual === auto}\n`,
);
process.exitCode = differences === 0 ? 0 : 1;
