import { Command, Option } from 'commander';
import { dbOption } from '../options.ts';
import type { ExportFormat, ExportTable } from '../../export/index.ts';
import { cliActor } from './user.ts';
import { outFileProblem, writeOutFile } from '../out-file.ts';

interface ExportOptions {
  period: string;
  format: ExportFormat;
  table: ExportTable;
  out?: string;
  db?: string;
}

export async function runExport(opts: ExportOptions): Promise<number> {
  const { PERIOD_PATTERN, exportPeriod } = await import('../../export/index.ts');
  if (!PERIOD_PATTERN.test(opts.period)) {
    throw new Error(`Kỳ không hợp lệ: "${opts.period}" (dạng 2022-Q1, 2022-H1, 2022-9M, 2022 hoặc 2022-03).`);
  }
  const outProblem = opts.out === undefined ? undefined : await outFileProblem(opts.out);
  if (outProblem !== undefined) throw new Error(outProblem);
  const { openStore } = await import('../../store/index.ts');
  const store = await openStore(opts.db);
  try {
    const file = await exportPeriod(store, opts.period, opts.format, opts.table);
    await store.addAudit({ actor: cliActor(), action: 'export', detail: { period: opts.period, format: opts.format, table: opts.table } });
    let out = opts.out;
    if (!out && opts.format === 'xlsx' && process.stdout.isTTY) out = file.fileName;
    if (out) {
      await writeOutFile(out, file.body);
      process.stderr.write(`Đã ghi ${out}\n`);
    } else {
      process.stdout.write(file.body);
    }
    return 0;
  } finally {
    await store.close();
  }
}

export function exportCommand(): Command {
  return new Command('export')
    .description('Xuất bảng tổng hợp một kỳ (hàng: cơ quan, cột: chỉ tiêu và phân tổ, hàng tổng cộng) và danh sách cảnh báo')
    .requiredOption('--period <period>', 'kỳ báo cáo, ví dụ 2022-Q1, 2023-H1, 2023-9M, 2023, 2023-10')
    .addOption(new Option('-f, --format <format>', 'định dạng').choices(['xlsx', 'csv']).default('xlsx'))
    .addOption(
      new Option('--table <table>', 'bảng khi xuất CSV (tệp .xlsx chứa cả hai)').choices(['consolidated', 'flags']).default('consolidated'),
    )
    .option('-o, --out <file>', 'ghi vào tệp (mặc định: CSV ra stdout; .xlsx ra tệp solieu-<kỳ>.xlsx khi stdout là terminal)')
    .addOption(dbOption())
    .addHelpText('after', '\nVí dụ:\n  solieu export --period 2022-Q1 --format xlsx --out tong-hop-quy1.xlsx\n  solieu export --period 2022-Q1 --format csv --table flags > canh-bao.csv\n')
    .action(async (opts: ExportOptions) => {
      process.exitCode = await runExport(opts);
    });
}
