import type { Flag } from '../schema/flag.ts';
import type { Record } from '../schema/record.ts';

export interface CheckInput {
  sha256: string;
  period: string | null;
  records: Record[];
  sectionsPresent: string[];
}

/** Run the checks of one report. Filled by the checks issue; no check yet. */
export function checkReport(_input: CheckInput): Flag[] {
  return [];
}
