/**
 * `solieu extract` end to end on small .docx reports written here: exit codes (0 clean, 1 an
 * error-level flag, 2 failure), --config, --format table with the flags' sentences, and the
 * checks across reports given together.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/solieu.js');

interface Line {
  text: string;
  bold?: boolean;
}

async function docx(lines: Line[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: lines.map(
          (l) => new Paragraph({ children: [new TextRun({ text: l.text, bold: l.bold ?? false, font: 'Times New Roman', size: 26 })] }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function report(periodLabel: string, date: string, body: Line[]): Line[] {
  return [
    { text: 'UBND TỈNH HÀ NAM' },
    { text: 'SỞ TƯ PHÁP', bold: true },
    { text: 'Số: 125/BC-STP' },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
    { text: `Hà Nam, ngày ${date}` },
    { text: 'BÁO CÁO', bold: true },
    { text: `Kết quả giải quyết thủ tục hành chính ${periodLabel}`, bold: true },
    { text: 'I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', bold: true },
    ...body,
  ];
}

const fieldsAddUp: Line[] = [
  { text: 'Trong kỳ, Bộ phận một cửa của Sở đã tiếp nhận 60 hồ sơ, cụ thể như sau:' },
  { text: '+ Lĩnh vực Hộ tịch: 35 hồ sơ.' },
  { text: '+ Lĩnh vực Quốc tịch: 25 hồ sơ.' },
];
const fieldsTooMany: Line[] = [
  { text: 'Trong kỳ, Bộ phận một cửa của Sở đã tiếp nhận 60 hồ sơ, cụ thể như sau:' },
  { text: '+ Lĩnh vực Hộ tịch: 41 hồ sơ.' },
  { text: '+ Lĩnh vực Quốc tịch: 25 hồ sơ.' },
];

let dir = '';
const file = (name: string) => join(dir, name);

function solieu(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'extract', ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (stdout: string) => JSON.parse(stdout) as { reports: { source: string; flags: { check: string; severity: string; message: string }[] }[] };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'solieu-cli-'));
  writeFileSync(file('clean.docx'), await docx(report('quý I năm 2023', '20 tháng 3 năm 2023', fieldsAddUp)));
  writeFileSync(file('parts-exceed.docx'), await docx(report('quý I năm 2023', '20 tháng 3 năm 2023', fieldsTooMany)));
  writeFileSync(file('q1.docx'), await docx(report('quý I năm 2023', '20 tháng 3 năm 2023', [{ text: 'Trong quý I năm 2023, Sở đã tiếp nhận 560 hồ sơ.' }])));
  writeFileSync(file('h1.docx'), await docx(report('6 tháng đầu năm 2023', '20 tháng 6 năm 2023', [{ text: 'Trong 6 tháng đầu năm 2023, Sở đã tiếp nhận 530 hồ sơ.' }])));
  writeFileSync(file('bad.json'), JSON.stringify({ checks: { 'sum-mismatch': 'loud' } }));
}, 60_000);

// each run starts node and the TypeScript loader: allow for a slow, busy machine
vi.setConfig({ testTimeout: 180_000 });

describe('solieu extract: flags and exit codes', () => {
  it('exits 0 on a consistent report', () => {
    const r = solieu('clean.docx');
    expect(r.code).toBe(0);
    expect(json(r.stdout).reports[0]!.flags).toEqual([]);
  });

  it('exits 1 when an error-level flag is raised, and prints it', () => {
    const r = solieu('parts-exceed.docx');
    expect(r.code).toBe(1);
    const [flag] = json(r.stdout).reports[0]!.flags;
    expect(flag).toMatchObject({ check: 'sum-mismatch', severity: 'error', expected: 60, actual: 66 });
    expect(flag!.message).toContain('(41 + 25 = 66) lớn hơn tổng số hồ sơ tiếp nhận (60)');
  });

  it('--format table shows each flag with the sentences it comes from', () => {
    const r = solieu('parts-exceed.docx', '--format', 'table');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('LỖI [sum-mismatch]');
    expect(r.stdout).toContain('“Trong kỳ, Bộ phận một cửa của Sở đã tiếp nhận 60 hồ sơ, cụ thể như sau:”');
    expect(r.stdout).toMatch(/đối chiếu \(dòng \d+:\d+, mục I\): “\+ Lĩnh vực Hộ tịch: 41 hồ sơ\./);
  });

  it('--format table ends with a count that names the files it could not read', () => {
    const r = solieu('parts-exceed.docx', 'does-not-exist.docx', '--format', 'table');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('LỖI ĐỌC TỆP [file-not-found]');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('Tổng cộng: 2 báo cáo (1 tệp không đọc được), 1 lỗi, 0 cảnh báo/ghi chú.');
    const clean = solieu('clean.docx', '--format', 'table');
    expect(clean.stdout.trim().split('\n').at(-1)).toMatch(/^Tổng cộng: 1 báo cáo, 0 lỗi, \d+ cảnh báo\/ghi chú\.$/);
  });

  it('solieu.config.json in the working directory lowers a severity (exit 0)', () => {
    writeFileSync(file('solieu.config.json'), JSON.stringify({ checks: { 'sum-mismatch': { severity: 'warning' } } }));
    try {
      const r = solieu('parts-exceed.docx');
      expect(r.code).toBe(0);
      expect(json(r.stdout).reports[0]!.flags.map((f) => [f.check, f.severity])).toEqual([['sum-mismatch', 'warning']]);
    } finally {
      writeFileSync(file('solieu.config.json'), '{}');
    }
  });

  it('exits 2 with a Vietnamese message on a bad config file, before reading any report', () => {
    const bad = solieu('clean.docx', '--config', 'bad.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Tệp cấu hình bad.json không hợp lệ');
    expect(bad.stdout).toBe('');
  });

  it('exits 2 before reading anything when --out cannot be written', () => {
    const r = solieu('clean.docx', '--out', join(dir, 'chua-tao', 'ket-qua.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Không ghi được kết quả vào ${join(dir, 'chua-tao', 'ket-qua.json')}: thư mục ${join(dir, 'chua-tao')} không tồn tại.`);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when no file can be read', () => {
    expect(solieu('does-not-exist.docx').code).toBe(2);
  });

  it('checks the reports given together: six months below the first quarter → error on the longer period', () => {
    const r = solieu('q1.docx', 'h1.docx');
    expect(r.code).toBe(1);
    const [q1, h1] = json(r.stdout).reports;
    expect(q1!.flags).toEqual([]);
    expect(h1!.flags.map((f) => [f.check, f.severity])).toEqual([['period-regression', 'error']]);
    expect(h1!.flags[0]!.message).toContain('q1.docx');
  });
});
