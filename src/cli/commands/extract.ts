import { Command, Option } from 'commander';
import { configOption } from '../options.ts';
import { readReportFiles, type FileRead } from '../../../pipelines/batch-pool.ts';
import { ConfigError, checkAcross, entryOf, loadConfig, type CheckConfig } from '../../check/index.ts';
import type { Report } from '../../schema/report.ts';
import { expandInputs } from '../inputs.ts';
import { progressFor } from '../progress.ts';
import { formatTable } from '../format-table.ts';
import { formatCsv } from '../format-csv.ts';
import { EXIT } from '../exit-codes.ts';
import { outFileProblem, writeOutFile } from '../out-file.ts';

export interface ExtractOptions {
  format: 'json' | 'jsonl' | 'table' | 'csv';
  out?: string;
  /** Check configuration file (default: solieu.config.json in the working directory, if any). */
  config?: string;
}

type Read = FileRead;

/** Checks across the reports given together (period regression, duplicates): appended to each report's flags. */
function addCrossFlags(read: Read[], checks: CheckConfig): void {
  const flags = checkAcross(
    read.map(({ report, markdown }) => entryOf(report, markdown)),
    checks,
  );
  read.forEach((r, i) => r.report.flags.push(...(flags[i] ?? [])));
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

export async function runExtract(paths: string[], opts: ExtractOptions, cwd: string = process.cwd()): Promise<number> {
  let checks: CheckConfig;
  try {
    checks = loadConfig(opts.config, cwd);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`solieu: ${e.message}\n`);
    return EXIT.failure;
  }
  const outProblem = opts.out === undefined ? undefined : await outFileProblem(opts.out);
  if (outProblem !== undefined) {
    process.stderr.write(`solieu: ${outProblem}\n`);
    return EXIT.failure;
  }
  const files = await expandInputs(paths);
  if (files.length === 0) {
    process.stderr.write('Không có tệp báo cáo nào (.docx, .pdf, .doc, .odt) trong các đường dẫn đã cho.\n');
    return EXIT.failure;
  }
  const progress = progressFor(files.length);
  // Up to one file per core at once (pipelines/batch-pool.ts); results keep the order of `files`.
  const read: Read[] = await readReportFiles(files, { checks, onDone: (file) => progress.tick(file) });
  progress.stop();
  addCrossFlags(read, checks);
  const reports = read.map((r) => r.report);
  const text = render(reports, opts.format);
  if (opts.out) await writeOutFile(opts.out, text);
  else process.stdout.write(text);
  const failed = reports.filter((r) => r.errors.length > 0);
  for (const r of failed) for (const e of r.errors) process.stderr.write(`${r.source}: [${e.code}] ${e.message}\n`);
  if (failed.length === reports.length) return EXIT.failure;
  if (reports.some((r) => r.flags.some((f) => f.severity === 'error'))) return EXIT.errorFlags;
  return EXIT.ok;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('Đọc báo cáo (.docx, .pdf; .doc, .odt qua LibreOffice; văn bản thuần .txt) và in số liệu, cấu trúc mục, cảnh báo theo hợp đồng JSON')
    .argument('<paths...>', 'tệp hoặc thư mục báo cáo (thư mục được duyệt đệ quy, lấy các tệp .docx, .pdf, .doc, .odt; tệp .txt thì ghi rõ tên)')
    .addOption(new Option('-f, --format <format>', 'định dạng kết quả').choices(['json', 'jsonl', 'table', 'csv']).default('json'))
    .option('-o, --out <file>', 'ghi kết quả vào tệp thay vì stdout')
    .addOption(configOption())
    .addHelpText(
      'after',
      '\nMã thoát: 0 không có lỗi; 1 có cảnh báo mức lỗi (error); 2 thất bại (mọi tệp đều không đọc được, sai tham số,\n' +
        'hoặc tệp cấu hình không hợp lệ).\n' +
        'Các báo cáo đưa vào cùng lúc được đối chiếu với nhau (số liệu lũy kế giảm giữa các kỳ, báo cáo trùng kỳ).\n' +
        'Cấu hình kiểm tra, ví dụ solieu.config.json:\n' +
        '  { "checks": { "missing-section": "off", "rate-mismatch": { "tolerance": 0.1 }, "conflicting-values": "info" } }\n' +
        'Ví dụ:\n  solieu extract fixtures/reports --format table\n  solieu extract a.docx b.pdf --format json --out ket-qua.json\n',
    )
    .action(async (paths: string[], opts: ExtractOptions) => {
      process.exitCode = await runExtract(paths, opts);
    });
}
