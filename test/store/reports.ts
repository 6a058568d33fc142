import type { Flag, Record as FigureRecord, Report } from '../../src/schema/index.ts';

/** A figure as extraction would emit it (own text, not from the dev passages). */
export function figure(metric: string, value: number, text = `Tiếp nhận ${value} hồ sơ.`): FigureRecord {
  return {
    metric,
    value,
    unit: 'dossier',
    dimensions: {},
    section: 'II. Cải cách thủ tục hành chính',
    canonicalSection: 'procedures',
    text,
    start: 0,
    end: text.length,
    rule: 'test-rule',
    confidence: 0.9,
  };
}

export function flag(fingerprint: string, severity: Flag['severity'] = 'warning'): Flag {
  return {
    check: 'sum-mismatch',
    severity,
    message: 'Tổng các phần (64) khác tổng số (66).',
    records: [0],
    expected: 66,
    actual: 64,
    fingerprint,
  };
}

export function report(options: {
  sha256?: string;
  agency?: string | null;
  period?: string | null;
  records?: FigureRecord[];
  flags?: Flag[];
} = {}): Report {
  return {
    source: 'bao-cao-thu.docx',
    sha256: options.sha256 ?? 'a'.repeat(64),
    format: 'docx',
    agency: options.agency === undefined ? 'Sở Tư pháp' : options.agency,
    province: 'Nam Định',
    period: options.period === undefined ? '2023-Q1' : options.period,
    periodLabel: 'quý I năm 2023',
    sections: [{ number: 'II', title: 'Cải cách thủ tục hành chính', level: 1, canonical: 'procedures', children: [] }],
    records: options.records ?? [figure('dossier.received', 1204)],
    flags: options.flags ?? [],
    errors: [],
  };
}

let counter = 0;
/** Distinct file bytes for each call. */
export function fileBytes(label = 'tệp'): Uint8Array {
  counter += 1;
  return new TextEncoder().encode(`${label} ${counter} ${process.pid} ${Math.random()}`);
}
