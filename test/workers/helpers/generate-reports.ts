/**
 * Small generated reports for the queue tests: the planted-inconsistency skeleton
 * (fixtures/lib/small-report.ts) with an agency, a quarter and dossier figures derived from an
 * index, written as byte-stable .docx. Files are cached under the OS temp dir by content, so a
 * second run of the suite does not rebuild them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx } from '../../../fixtures/lib/build-docx.ts';
import { p } from '../../../fixtures/lib/dsl.ts';
import { hdr, smallReport } from '../../../fixtures/lib/small-report.ts';
import { stabilize } from '../../../fixtures/lib/stable-zip.ts';

const PROVINCES = ['Hà Nam', 'Nam Định', 'Ninh Bình', 'Thái Bình', 'Hưng Yên', 'Bắc Ninh', 'Hải Dương', 'Phú Thọ', 'Vĩnh Phúc', 'Thanh Hóa'];
const AGENCIES: { name: string; upper: string; abbr: string }[] = [
  { name: 'Sở Tư pháp', upper: 'SỞ TƯ PHÁP', abbr: 'STP' },
  { name: 'Sở Xây dựng', upper: 'SỞ XÂY DỰNG', abbr: 'SXD' },
  { name: 'Sở Y tế', upper: 'SỞ Y TẾ', abbr: 'SYT' },
  { name: 'Sở Công Thương', upper: 'SỞ CÔNG THƯƠNG', abbr: 'SCT' },
  { name: 'Sở Giao thông vận tải', upper: 'SỞ GIAO THÔNG VẬN TẢI', abbr: 'SGTVT' },
];
const QUARTERS = [
  { period: '2023-Q1', label: 'quý I năm 2023', next: 'QUÝ II NĂM 2023', day: 'ngày 20 tháng 3 năm 2023' },
  { period: '2023-Q2', label: 'quý II năm 2023', next: 'QUÝ III NĂM 2023', day: 'ngày 20 tháng 6 năm 2023' },
  { period: '2023-Q3', label: 'quý III năm 2023', next: 'QUÝ IV NĂM 2023', day: 'ngày 20 tháng 9 năm 2023' },
  { period: '2023-Q4', label: 'quý IV năm 2023', next: 'QUÝ I NĂM 2024', day: 'ngày 15 tháng 12 năm 2023' },
];

export interface GeneratedReport {
  index: number;
  name: string;
  agency: string;
  province: string;
  period: string;
  received: number;
}

/** The i-th report: 4 quarters × 5 agencies × 10 provinces = 200 distinct bodies and periods. */
export function reportSpec(index: number, variant = 0): GeneratedReport & { source: ReturnType<typeof smallReport> } {
  const q = QUARTERS[index % 4]!;
  const a = AGENCIES[Math.floor(index / 4) % AGENCIES.length]!;
  const province = PROVINCES[Math.floor(index / 20) % PROVINCES.length]!;
  const received = 300 + ((index * 37 + variant * 11) % 500);
  const resolved = received - 10 - (index % 7);
  const pending = received - resolved;
  const name = `r${String(index).padStart(3, '0')}${variant ? `-v${variant}` : ''}`;
  const source = smallReport({
    name,
    purpose: 'generated for the queue tests',
    agency: a.name,
    province,
    period: q.period,
    periodLabel: q.label,
    header: hdr(`UBND TỈNH ${province.toUpperCase()}`, a.upper, `Số: ${100 + index}/BC-${a.abbr}`, `${province}, ${q.day}`),
    areas: {
      procedures: [
        p(`Trong ${q.label}, Sở tiếp nhận **${received}** hồ sơ; đã giải quyết **${resolved}** hồ sơ, 100% đúng hạn; đang giải quyết **${String(pending).padStart(2, '0')}** hồ sơ.`),
      ],
    },
    planTitle: `PHƯƠNG HƯỚNG, NHIỆM VỤ ${q.next}`,
    flags: [],
    clean: true,
  });
  return { index, name, agency: a.name, province, period: q.period, received, source };
}

const CACHE_VERSION = createHash('sha256')
  .update(readFileSync(new URL(import.meta.url)))
  .update(readFileSync(new URL('../../../fixtures/lib/build-docx.ts', import.meta.url)))
  .update(readFileSync(new URL('../../../fixtures/lib/small-report.ts', import.meta.url)))
  .digest('hex')
  .slice(0, 12);

/** Writes report `index` (and `variant`) as .docx into `dir`; returns its path. */
export async function writeReport(dir: string, index: number, variant = 0): Promise<string> {
  const spec = reportSpec(index, variant);
  const cacheDir = join(tmpdir(), `solieu-generated-${CACHE_VERSION}`);
  const cached = join(cacheDir, `${spec.name}.docx`);
  let bytes: Uint8Array;
  if (existsSync(cached)) bytes = readFileSync(cached);
  else {
    bytes = stabilize(await buildDocx(spec.source));
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${cached}.${process.pid}`, bytes);
    writeFileSync(cached, bytes);
  }
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${spec.name}.docx`);
  writeFileSync(path, bytes);
  return path;
}

/** Writes reports `from`..`to - 1` into `dir`. */
export async function writeReports(dir: string, from: number, to: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(await writeReport(dir, i));
  return out;
}
