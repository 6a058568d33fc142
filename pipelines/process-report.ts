import { createHash } from 'node:crypto';
import {
  convert,
  reportFormatOf,
  isInputError,
  NOT_A_REPORT,
  notAReportMessage,
  type Conversion,
  type ConvertOptions,
} from '../src/convert/index.ts';
import type { Report } from '../src/schema/report.ts';
import type { CheckConfig } from '../src/check/index.ts';
import { analyseMarkdown } from './analyse-markdown.ts';

/** Conversion limits, and the check configuration (solieu.config.json; the defaults when absent). */
export interface ProcessOptions extends ConvertOptions {
  checks?: CheckConfig;
}

export interface Processed {
  report: Report;
  /** The Markdown pivot and page map; null when the file could not be read. */
  conversion: Conversion | null;
}

/** Factor applied to the confidence of records read from an OCR'd scan. */
export const OCR_CONFIDENCE = 0.6;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function emptyReport(source: string, sha256: string, format: Report['format']): Report {
  return {
    source,
    sha256,
    format,
    agency: null,
    province: null,
    period: null,
    periodLabel: null,
    sections: [],
    records: [],
    flags: [],
    errors: [],
  };
}

/** bytes → convert → structure → extract → check. Input errors become the report's `errors`. */
export async function processReport(bytes: Uint8Array, source: string, options: ProcessOptions = {}): Promise<Processed> {
  const { checks, ...convertOptions } = options;
  const sha256 = sha256Of(bytes);
  const format: Report['format'] = reportFormatOf(bytes);
  let conversion: Conversion;
  try {
    conversion = await convert(bytes, convertOptions);
  } catch (e) {
    if (!isInputError(e)) throw e;
    const report = emptyReport(source, sha256, format);
    report.errors.push({ code: e.code, message: e.message });
    return { report, conversion: null };
  }
  const readAs: Report['format'] = conversion.origin === 'doc' || conversion.origin === 'odt' ? conversion.origin : conversion.format;
  // A readable file that is not a report: no figures are extracted from it; the Report says why
  // in `errors` (the contract's one channel for "nothing to read here"; fixtures/bad/README.md).
  const notReport = notAReportMessage(conversion.warnings);
  if (notReport !== undefined) {
    const report = emptyReport(source, sha256, readAs);
    report.errors.push({ code: NOT_A_REPORT, message: notReport });
    return { report, conversion };
  }
  const analysis = analyseMarkdown(conversion.markdown, sha256, checks ? { checks } : {});
  if (conversion.origin === 'ocr') {
    // Figures read by OCR may hold misread digits: lower confidence (conversion.origin says why).
    analysis.records = analysis.records.map((r) => ({ ...r, confidence: Math.round(r.confidence * OCR_CONFIDENCE * 100) / 100 }));
  }
  return { report: { ...emptyReport(source, sha256, readAs), ...analysis }, conversion };
}
