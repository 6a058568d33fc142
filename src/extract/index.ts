export { extractRecords } from './runner.ts';
export { METRICS, isKnownMetric } from './catalog.ts';
export { RULES } from './rules/index.ts';
export type { Rule, RuleContext, Emission, RuleExample } from './rule.ts';
