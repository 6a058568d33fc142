/**
 * The shape of a check (ESLint's meta + create): an id equal to its file name, a default
 * severity, Vietnamese message templates, examples that are its tests, and check(records, ctx)
 * that reports drafts; the runner turns drafts into Flags (message, place, fingerprint).
 */
import type { Severity } from '../schema/flag.ts';
import type { Dimensions, Qualifier, Record } from '../schema/record.ts';
import type { ReportView } from './report-view.ts';

/** A place given by a check: a record index, or explicit offsets. */
export type PlaceRef =
  | number
  | number[]
  | { start: number; end: number; section?: string; text?: string; line?: number; column?: number };

export interface FlagDraft {
  /** Key into the check's `messages`. */
  message: string;
  /** Values for the message's {{placeholders}}. */
  data?: { [name: string]: string | number };
  /** Defaults to the check's severity; a configured severity overrides both. */
  severity?: Severity;
  /** Indexes into the report's records. */
  records: number[];
  expected?: number;
  actual?: number;
  /** Where the finding is (default: the first record). */
  place?: PlaceRef;
  /** Where the conflicting figure is (record indexes are spanned from first to last). */
  cause?: PlaceRef;
  /** What the finding is about, for the fingerprint: record keys, ids — never offsets or values. */
  keys: string[];
}

/** Settings of one check after configuration (see config.ts). */
export interface CheckSettings {
  severity: Severity | null;
  /** Tolerance in the check's own unit; null = the check's default. */
  tolerance: number | null;
}

export interface CheckContext {
  readonly view: ReportView;
  readonly settings: CheckSettings;
  report(draft: FlagDraft): void;
}

/** A record of an example: its figure is found in the line's text by its value. */
export interface ExampleRecord {
  metric: string;
  value: number;
  dims?: Dimensions;
  qualifier?: Qualifier;
  /** The extraction rule said to have read it (default "example"), e.g. "dossier-flat-table". */
  rule?: string;
}

/** One block of an example document. */
export interface ExampleLine {
  text: string;
  /** Default: "listItem" when the text starts with a bullet, else "paragraph". */
  kind?: 'paragraph' | 'heading' | 'listItem' | 'tableRow';
  /** Section path of the block (default: the previous line's, or "II"). A heading opens it. */
  section?: string;
  /** Canonical id of the section (default: the previous line's when in the same section). */
  canonical?: string | null;
  records?: ExampleRecord[];
}

export interface ExpectedFlag {
  severity: Severity;
  expected?: number;
  actual?: number;
  /** Indexes of the records (in the order they are listed in the example) the flag is about. */
  records?: number[];
  /** Substrings of the message. */
  message?: string[];
}

export interface CheckExample {
  name: string;
  /** Report period (default "2023-Q2"). */
  period?: string;
  /** The issuing body and its province, as the structure would read them from the header (default unknown). */
  agency?: string;
  province?: string;
  lines: ExampleLine[];
  /** Settings to run the example with (tolerance tests). */
  settings?: Partial<CheckSettings>;
  /** Invalid examples: the flags expected, in order of their place. */
  flags?: ExpectedFlag[];
}

export interface Check {
  /** Equals the file name under src/check/checks/. */
  id: string;
  description: string;
  severity: Severity;
  /** Meaning of `tolerance` for this check, and its default. */
  tolerance?: { default: number | null; unit: string };
  messages: { [id: string]: string };
  examples: { valid: CheckExample[]; invalid: CheckExample[] };
  check(records: readonly Record[], ctx: CheckContext): void;
}

export function defineCheck(check: Check): Check {
  return check;
}
