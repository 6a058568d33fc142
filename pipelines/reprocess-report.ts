/**
 * Stored Markdown → Report: structure → extract → check over a document's stored conversion,
 * the same Report `process-report` builds from the bytes (OCR'd text keeps its lower
 * confidence). What workers run after conversion and what nightly reprocessing re-runs.
 */
import { OCR_CONFIDENCE } from './process-report.ts';
import { analyseMarkdown, type AnalyseOptions, type Analysis } from './analyse-markdown.ts';
import { OCR_WARNING } from '../src/convert/ocr.ts';
import type { Report } from '../src/schema/index.ts';
import type { StoredDocument } from '../src/store/index.ts';

export type Analyse = (markdown: string, sha256: string, options?: AnalyseOptions) => Analysis;

export interface ReportOptions extends AnalyseOptions {
  /** The analysis to run (default `analyseMarkdown`); tests swap in a changed rule set. */
  analyse?: Analyse;
  /** The source shown in messages (default: the stored file name). */
  source?: string;
}

export interface StoredText {
  markdown: string;
  warnings: readonly string[];
}

export function reportFromStored(
  doc: Pick<StoredDocument, 'sha256' | 'fileName' | 'format'>,
  conversion: StoredText,
  options: ReportOptions = {},
): Report {
  const analyse = options.analyse ?? analyseMarkdown;
  return reportOfAnalysis(doc, conversion, analyse(conversion.markdown, doc.sha256, options.checks ? { checks: options.checks } : {}), options.source);
}

/** The Report of a stored document from the analysis of its stored Markdown (made here or by a helper). */
export function reportOfAnalysis(
  doc: Pick<StoredDocument, 'sha256' | 'fileName' | 'format'>,
  conversion: StoredText,
  analysis: Analysis,
  source?: string,
): Report {
  if (conversion.warnings.includes(OCR_WARNING)) {
    analysis.records = analysis.records.map((r) => ({ ...r, confidence: Math.round(r.confidence * OCR_CONFIDENCE * 100) / 100 }));
  }
  return {
    source: source ?? doc.fileName,
    sha256: doc.sha256,
    format: doc.format,
    ...analysis,
    errors: [],
  };
}
