/** Flags across reports given together: what the CLI calls after all reports are read. */
import type { Flag } from '../schema/flag.ts';
import { CROSS_CHECKS } from './checks/index.ts';
import { defaultConfig, type CheckConfig } from './config.ts';
import { runCrossChecks, type ReportEntry } from './cross-check.ts';

/** The cross-report flags of each report, aligned with `reports`. */
export function checkAcross(reports: readonly ReportEntry[], config: CheckConfig = defaultConfig()): Flag[][] {
  return runCrossChecks(reports, CROSS_CHECKS, config);
}
