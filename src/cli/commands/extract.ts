import { readFile, writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { processReport } from '../../../pipelines/process-report.ts';
import type { Report } from '../../schema/report.ts';
import { expandInputs } from '../inputs.ts';
import { progressFor } from '../progress.ts';
import { formatTable } from '../format-table.ts';
import { formatCsv } from '../format-csv.ts';
import { EXIT } from '../exit-codes.ts';

export interface ExtractOptions {
  format: 'json' | 'jsonl' | 'table' | 'csv';
  out?: string;
}

async function readOne(path: string): Promise<Report> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file-not-found' : 'unreadable-file';
    const message = code === 'file-not-found' ? `Không tìm thấy tệp: ${path}` : `Không đọc được tệp: ${path}`;
    return {
      source: path, sha256: '', format: 'unknown', agency: null, province: null, period: null, periodLabel: null,
      sections: [], records: [], flags: [], errors: [{ code, message }],
    };
  }
  return (await processReport(bytes, path)).report;
}

export function render(reports: Report[], format: ExtractOptions['format']): string {
  switch (format) {
    case 'jsonl':
      return reports.map((r) => JSON.stringify(r)).join('\n') + '\n';
    case 'table':
      return formatTable(reports);
    case 'csv':
      return formatCsv(reports);
    default:
      return JSON.stringify({ reports }, null, 2) + '\n';
  }
}

export async function runExtract(paths: string[], opts: ExtractOptions): Promise<number> {
  const files = await expandInputs(paths);
  if (files.length === 0) {
    process.stderr.write('Không có tệp báo cáo nào (.docx, .pdf) trong các đường dẫn đã cho.\n');
    return EXIT.failure;
  }
  const progress = progressFor(files.length);
  const reports: Report[] = [];
  for (const file of files) {
    reports.push(await readOne(file));
    progress.tick(file);
  }
  progress.stop();
  const text = render(reports, opts.format);
  if (opts.out) await writeFile(opts.out, text);
  else process.stdout.write(text);
  const failed = reports.filter((r) => r.errors.length > 0);
  for (const r of failed) for (const e of r.errors) process.stderr.write(`${r.source}: [${e.code}] ${e.message}\n`);
  if (failed.length === reports.length) return EXIT.failure;
  if (reports.some((r) => r.flags.some((f) => f.severity === 'error'))) return EXIT.errorFlags;
  return EXIT.ok;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('Đọc báo cáo (.docx, .pdf) và in số liệu, cấu trúc mục, cảnh báo theo hợp đồng JSON')
    .argument('<paths...>', 'tệp hoặc thư mục báo cáo (thư mục được duyệt đệ quy)')
    .addOption(new Option('-f, --format <format>', 'định dạng kết quả').choices(['json', 'jsonl', 'table', 'csv']).default('json'))
    .option('-o, --out <file>', 'ghi kết quả vào tệp thay vì stdout')
    .addHelpText(
      'after',
      '\nMã thoát: 0 không có lỗi; 1 có cảnh báo mức lỗi (error); 2 thất bại (mọi tệp đều không đọc được, hoặc sai tham số).\n' +
        'Ví dụ:\n  solieu extract fixtures/reports --format table\n  solieu extract a.docx b.pdf --format json --out ket-qua.json\n',
    )
    .action(async (paths: string[], opts: ExtractOptions) => {
      process.exitCode = await runExtract(paths, opts);
    });
}
