/** What each benchmark section hands to the report. */

export interface Target {
  /** What is measured, e.g. "5 pages .docx: solieu / mammoth". */
  what: string;
  /** The figure as printed. */
  value: string;
  /** The target as printed, e.g. "≤ 1.3×". */
  target: string;
  /** null: not measured (pending, skipped), with the reason in `value`. */
  ok: boolean | null;
}

export interface SectionResult {
  id: string;
  title: string;
  /** Markdown: the measurement table(s) and short notes. */
  body: string;
  targets: Target[];
  /** Wall time the section took, for the run's total. */
  seconds: number;
}

export interface BenchContext {
  quick: boolean;
  /** Seconds left of the bench's own ten minutes (measuring only); a section may skip a last repetition that would not fit. */
  secondsLeft?: () => number;
  log: (s: string) => void;
}
