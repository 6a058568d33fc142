/**
 * The bad-input corpus (fixtures/bad/, issue 7): every file against its manifest entry, the legacy
 * twins against their Unicode original, and the limits. LibreOffice and Tesseract are optional:
 * without them the manifest's `without` outcome is expected instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert, InputError, type Conversion } from '../../src/convert/index.ts';
import { findSoffice } from '../../src/convert/doc.ts';
import { resolveLimits, withTimeLimit, DEFAULT_LIMITS } from '../../src/convert/limits.ts';
import { ocrTools } from '../../src/convert/ocr.ts';
import { processReport } from '../../pipelines/process-report.ts';
import type { Record as FigureRecord } from '../../src/schema/record.ts';
import { buildDocx } from '../../fixtures/bad/build-docx.ts';
import { REPORT, type DocSource } from '../../fixtures/bad/report-source.ts';
import type { Expectation } from '../../fixtures/bad/manifest.ts';
import { longPdf } from './helpers/long-pdf.ts';

const DIR = join(import.meta.dirname, '../../fixtures/bad');
const manifest = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expectation>;
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)));

const hasSoffice = findSoffice() !== undefined;
const ocr = await ocrTools();
const hasOcr = typeof ocr !== 'string';
const SLOW = 240_000; // LibreOffice and Tesseract start slowly on a busy machine

function outcome(e: Expectation): string {
  if (e.requires === 'soffice' && !hasSoffice) return e.without ?? e.expect;
  if (e.requires === 'ocr' && !hasOcr) return e.without ?? e.expect;
  return e.expect;
}

const conversions = new Map<string, Promise<Conversion>>();
function converted(name: string): Promise<Conversion> {
  let c = conversions.get(name);
  if (c === undefined) {
    c = convert(read(name));
    conversions.set(name, c);
  }
  return c;
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

/** A stable code, a Vietnamese message for people, no stack trace. */
function expectUserFacing(e: InputError): void {
  expect(e.code).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  expect(e.message).toMatch(/[À-ỹ]/u);
  expect(e.message).not.toMatch(/\n\s+at |Error:|\.ts:\d+/);
}

const folded = (s: string): string => s.toLocaleLowerCase('vi');
const hasWarning = (c: Conversion, code: string): boolean => c.warnings.some((w) => w.startsWith(`${code}:`));

describe('the bad-input corpus: each file ends in its expected code or reading', () => {
  it('lists every generated file', () => {
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, entry] of Object.entries(manifest)) {
    const want = outcome(entry);
    const slow = entry.requires !== undefined ? SLOW : 60_000;
    it(`${name} → ${want}`, { timeout: slow }, async () => {
      if (want === 'reads' || want === 'not-a-report') {
        const c = await converted(name);
        if (want === 'reads') expect(c.markdown.length).toBeGreaterThan(0);
        expect(hasWarning(c, 'not-a-report')).toBe(want === 'not-a-report');
        if (entry.warning !== undefined && want === entry.expect) expect(hasWarning(c, entry.warning)).toBe(true);
        if (entry.sameAs !== undefined) {
          const twin = await converted(entry.sameAs);
          if (entry.compare === 'casefold') expect(folded(c.markdown)).toBe(folded(twin.markdown));
          else expect(c.markdown).toBe(twin.markdown);
        }
      } else {
        const e = await inputError(converted(name));
        expect(e.code).toBe(want);
        expectUserFacing(e);
      }
    });
  }
});

describe('the pipeline over the corpus', () => {
  const key = (r: FigureRecord): string => JSON.stringify([r.metric, r.value, r.unit, r.dimensions, r.qualifier ?? null]);
  let unicodeRecords: FigureRecord[] = [];

  beforeAll(async () => {
    unicodeRecords = (await processReport(read('report-unicode.docx'), 'report-unicode.docx')).report.records;
  });

  it('the Unicode twin has figures to compare', () => {
    expect(unicodeRecords.length).toBeGreaterThanOrEqual(10);
  });

  it.each(['report-tcvn3.docx', 'report-vni.docx'])('%s gives the same report as its Unicode twin', async (name) => {
    const twin = (await processReport(read('report-unicode.docx'), 'x')).report;
    const legacy = (await processReport(read(name), 'x')).report;
    expect(legacy.records).toEqual(twin.records);
    expect(legacy.sections).toEqual(twin.sections);
    expect([legacy.agency, legacy.period]).toEqual([twin.agency, twin.period]);
  });

  it('a TCVN3 file that lost its font gives the same figures', async () => {
    const legacy = (await processReport(read('report-tcvn3-lost-font.docx'), 'x')).report;
    expect(legacy.records.map(key)).toEqual(unicodeRecords.map(key));
  });

  it.runIf(hasSoffice)('a .doc typed in TCVN3 gives the same figures, as format "doc"', { timeout: SLOW }, async () => {
    const { report, conversion } = await processReport(read('legacy-tcvn3.doc'), 'x');
    expect(report.format).toBe('doc');
    expect(conversion?.origin).toBe('doc');
    expect(report.records.map(key)).toEqual(unicodeRecords.map(key));
  });

  it('a VNI PDF gives the same figures (decoded from character statistics)', { timeout: 120_000 }, async () => {
    const { report } = await processReport(read('report-vni.pdf'), 'x');
    expect(report.records.map(key)).toEqual(unicodeRecords.map(key));
  });

  it.runIf(hasOcr)('a scan read by OCR gives the figures, with lower confidence', { timeout: SLOW }, async () => {
    const { report, conversion } = await processReport(read('scanned.pdf'), 'x');
    expect(conversion?.origin).toBe('ocr');
    const figures = new Set(report.records.map(key));
    const found = unicodeRecords.filter((r) => figures.has(key(r)));
    expect(found.length).toBeGreaterThanOrEqual(Math.ceil(unicodeRecords.length * 0.8));
    const best = Math.max(...unicodeRecords.map((r) => r.confidence));
    for (const r of report.records) expect(r.confidence).toBeLessThan(best);
  });

  it.skipIf(hasOcr)('without Tesseract a scan says how to enable OCR', async () => {
    const e = await inputError(convert(read('scanned.pdf')));
    expect(e.code).toBe('no-text-layer');
    expect(e.message).toMatch(/tesseract/i);
  });

  it.each(['english.docx', 'template.docx', 'blank.docx', 'spreadsheet.pdf'])(
    '%s: not-a-report in errors, and no figures',
    { timeout: 60_000 },
    async (name) => {
      const { report, conversion } = await processReport(read(name), name);
      expect(report.errors.map((e) => e.code)).toEqual(['not-a-report']);
      expect(report.errors[0]?.message).toMatch(/[À-ỹ]/u);
      expect(report.records).toEqual([]);
      expect(report.flags).toEqual([]);
      expect(conversion).not.toBeNull();
    },
  );

  it('a file that cannot be read becomes a Report with errors; the next file still goes through', async () => {
    const names = ['zip-bomb-lying.docx', 'encrypted.pdf', 'truncated.docx', 'report-unicode.docx', 'scan-page.png'];
    const reports = [];
    for (const name of names) reports.push((await processReport(read(name), name)).report);
    expect(reports.map((r) => r.errors[0]?.code ?? 'reads')).toEqual(['zip-bomb', 'encrypted-pdf', 'corrupt-docx', 'reads', 'unsupported-format']);
    expect(reports[3]?.records.length).toBe(unicodeRecords.length);
    for (const r of [reports[0], reports[1], reports[2], reports[4]]) {
      expect(r?.records).toEqual([]);
      expect(r?.sections).toEqual([]);
    }
  });
});

describe('limits', () => {
  const withPages = (docx: Uint8Array, pages: number): Uint8Array => {
    const files = unzipSync(docx);
    files['docProps/app.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>${pages}</Pages></Properties>`,
    );
    return zipSync(files);
  };

  it('come from options, then the environment, then the defaults', () => {
    expect(resolveLimits({}, {})).toEqual(DEFAULT_LIMITS);
    const env = { SOLIEU_MAX_FILE_MB: '2', SOLIEU_MAX_PAGES: '50', SOLIEU_CONVERT_TIMEOUT_S: '9', SOLIEU_OCR: 'off' };
    expect(resolveLimits({}, env)).toMatchObject({ maxFileBytes: 2 * 1024 * 1024, maxPages: 50, timeoutMs: 9000, ocr: false });
    expect(resolveLimits({ maxPages: 7, ocr: true }, env)).toMatchObject({ maxPages: 7, ocr: true });
    expect(resolveLimits({}, { SOLIEU_MAX_PAGES: 'nhiều' }).maxPages).toBe(DEFAULT_LIMITS.maxPages);
  });

  it('refuse a file larger than maxFileBytes', async () => {
    const e = await inputError(convert(read('report-unicode.docx'), { maxFileBytes: 1000 }));
    expect(e.code).toBe('file-too-large');
    expectUserFacing(e);
  });

  it('refuse a .docx whose saved page count exceeds maxPages', async () => {
    const docx = withPages(read('report-unicode.docx'), 1200);
    const e = await inputError(convert(docx));
    expect(e.code).toBe('too-many-pages');
    expectUserFacing(e);
    await expect(convert(docx, { maxPages: 1500 })).resolves.toMatchObject({ format: 'docx' });
  });

  it('refuse an XML part larger than maxDocxXmlBytes', async () => {
    expect((await inputError(convert(read('report-unicode.docx'), { maxDocxXmlBytes: 4096 }))).code).toBe('zip-bomb');
  });

  it('time out work that does not finish, aborting its signal', async () => {
    let aborted = false;
    const e = await inputError(
      withTimeLimit(50, undefined, (signal) => {
        signal.addEventListener('abort', () => (aborted = true));
        return new Promise<never>(() => undefined);
      }),
    );
    expect(e.code).toBe('conversion-timeout');
    expectUserFacing(e);
    expect(aborted).toBe(true);
  });

  it.runIf(hasSoffice)('kill LibreOffice when the time is up', { timeout: SLOW }, async () => {
    const e = await inputError(convert(read('legacy.doc'), { timeoutMs: 300 }));
    expect(e.code).toBe('conversion-timeout');
  });

  it.skipIf(hasSoffice)('without LibreOffice a .doc says how to enable it', async () => {
    const e = await inputError(convert(read('legacy.doc')));
    expect(e.code).toBe('legacy-doc');
    expect(e.message).toMatch(/soffice|LibreOffice/);
  });

  it('without LibreOffice (SOLIEU_SOFFICE naming none) an .odt says what it is and how to enable it', async () => {
    const before = process.env.SOLIEU_SOFFICE;
    process.env.SOLIEU_SOFFICE = '/nonexistent/soffice';
    try {
      const e = await inputError(convert(read('report-unicode.odt')));
      expect(e.code).toBe('odt-needs-libreoffice');
      expect(e.message).toMatch(/\.odt/);
      expect(e.message).toMatch(/LibreOffice/);
      expectUserFacing(e);
    } finally {
      if (before === undefined) delete process.env.SOLIEU_SOFFICE;
      else process.env.SOLIEU_SOFFICE = before;
    }
  });

  it('read a text hard-wrapped at its printed lines as format "txt", with the records, metadata and sections of its .docx twin', async () => {
    const [txt, docx] = await Promise.all([processReport(read('report-unicode.txt'), 'x'), processReport(read('report-unicode.docx'), 'x')]);
    expect(txt.report.format).toBe('txt');
    expect(txt.report.records.length).toBeGreaterThan(10);
    const key = (r: FigureRecord) => [r.metric, r.value, r.dimensions, r.text];
    expect(txt.report.records.map(key)).toEqual(docx.report.records.map(key));
    for (const field of ['agency', 'province', 'period'] as const) expect(txt.report[field]).toBe(docx.report[field]);
    const titles = (r: typeof txt.report) => JSON.stringify(r.sections, ['number', 'title', 'level', 'canonical', 'children']);
    expect(titles(txt.report)).toBe(titles(docx.report));
  });

  it.runIf(hasSoffice)('read an .odt as format "odt" with the figures of its .docx twin', { timeout: SLOW }, async () => {
    const [odt, docx] = await Promise.all([processReport(read('report-unicode.odt'), 'x'), processReport(read('report-unicode.docx'), 'x')]);
    expect(odt.report.format).toBe('odt');
    expect(odt.conversion?.origin).toBe('odt');
    expect(odt.report.records.length).toBeGreaterThan(0);
    expect(odt.report.records.map((r) => [r.metric, r.value])).toEqual(docx.report.records.map((r) => [r.metric, r.value]));
  });

  it('let a 300-page .docx through under the defaults', { timeout: SLOW }, async () => {
    const body = Array.from({ length: 170 }, () => REPORT.body).flat();
    const long: DocSource = { ...REPORT, body };
    const docx = withPages(await buildDocx(long, 'unicode'), 300);
    const c = await convert(docx);
    expect(c.markdown.split('\n\n').length).toBeGreaterThan(170 * (REPORT.body.length - 1));
    expect(c.warnings.filter((w) => w.startsWith('not-a-report'))).toEqual([]);
  });

  it('let a 300-page PDF through under the defaults', { timeout: SLOW }, async () => {
    const c = await convert(longPdf(300));
    expect(c.format).toBe('pdf');
    expect(c.markdown).toContain('Trang 300:');
    expect(c.warnings.some((w) => /giới hạn số trang/.test(w))).toBe(false);
    // …and reads only maxPages of a longer one, saying so.
    const cut = await convert(longPdf(30), { maxPages: 10 });
    expect(cut.markdown).not.toContain('Trang 11:');
    expect(cut.warnings.some((w) => /10\/30/.test(w))).toBe(true);
  });
});
