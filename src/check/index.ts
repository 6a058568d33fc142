export { checkReport } from './runner.ts';
export { checkAcross } from './across.ts';
export { CHECKS, CROSS_CHECKS } from './checks/index.ts';
export { loadConfig, resolveConfig, defaultConfig, isDefaultConfig, ConfigError, CHECK_DEFAULTS, CHECK_IDS } from './config.ts';
export type { CheckConfig } from './config.ts';
export type { Check, CheckContext, FlagDraft } from './check.ts';
export type { CrossCheck, ReportEntry } from './cross-check.ts';
export { entryOf } from './cross-check.ts';
export type { ReportInput, TextBlock, SectionInfo } from './types.ts';
