/**
 * Runs a rule's examples like ESLint's RuleTester: each example becomes a tiny report
 * (optional heading, optional lead-in paragraph, then the text); the rule alone is run and the
 * records found in the example's text must equal the expected ones.
 */
import { readStructure } from '../../src/structure/index.ts';
import { extractRecords } from '../../src/extract/runner.ts';
import type { Rule, RuleExample } from '../../src/extract/rule.ts';
import type { Record } from '../../src/schema/record.ts';

export function exampleMarkdown(ex: RuleExample): string {
  const parts: string[] = [];
  if (ex.intro) parts.push(escapeStart(ex.intro));
  parts.push(`**${ex.heading ?? 'II. Kết quả thực hiện'}**`);
  if (ex.before) parts.push(escapeStart(ex.before));
  parts.push(escapeStart(ex.text));
  return parts.join('\n\n') + '\n';
}

function escapeStart(text: string): string {
  return text.replace(/^(\d+)([.)])/, '$1\\$2');
}

export function runExample(rule: Rule, ex: RuleExample): Record[] {
  const markdown = exampleMarkdown(ex);
  const structure = readStructure(markdown);
  const textStart = markdown.lastIndexOf(escapeStart(ex.text));
  return extractRecords(structure, [rule]).filter((r) => r.start >= textStart);
}

export function simplify(r: Pick<Record, 'metric' | 'value' | 'dimensions' | 'qualifier'>) {
  const out: { metric: string; value: number; dimensions: object; qualifier?: string } = {
    metric: r.metric,
    value: r.value,
    dimensions: Object.fromEntries(Object.entries(r.dimensions ?? {}).filter(([k]) => k !== 'subject' && k !== 'type')),
  };
  if (r.qualifier) out.qualifier = r.qualifier;
  return out;
}
