/** The registry: every check file, by id. A meta-test fails when a file is not listed here. */
import type { Check } from '../check.ts';
import type { CrossCheck } from '../cross-check.ts';
import sumMismatch from './sum-mismatch.ts';
import differenceMismatch from './difference-mismatch.ts';
import rateMismatch from './rate-mismatch.ts';
import rateOutOfRange from './rate-out-of-range.ts';
import partExceedsWhole from './part-exceeds-whole.ts';
import conflictingValues from './conflicting-values.ts';
import missingSection from './missing-section.ts';
import periodMismatch from './period-mismatch.ts';
import periodRegression from './period-regression.ts';
import duplicateReport from './duplicate-report.ts';

/** Checks over the records of one report. */
export const CHECKS: readonly Check[] = [
  sumMismatch,
  differenceMismatch,
  rateMismatch,
  rateOutOfRange,
  partExceedsWhole,
  conflictingValues,
  missingSection,
  periodMismatch,
];

/** Checks across reports given together. */
export const CROSS_CHECKS: readonly CrossCheck[] = [periodRegression, duplicateReport];
