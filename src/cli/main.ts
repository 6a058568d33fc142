import { Command, CommanderError } from 'commander';
import { extractCommand } from './commands/extract.ts';
import { ingestCommand } from './commands/ingest.ts';
import { reprocessCommand } from './commands/reprocess.ts';
import { scheduleCommand } from './commands/schedule.ts';
import { statusCommand } from './commands/status.ts';
import { workerCommand } from './commands/worker.ts';
import { exportCommand } from './commands/export.ts';
import { serveCommand } from './commands/serve.ts';
import { tokenCommand } from './commands/token.ts';
import { userCommand } from './commands/user.ts';
import { EXIT } from './exit-codes.ts';

export function program(): Command {
  return new Command('solieu')
    .description('solieu — đọc báo cáo định kỳ (.docx, .pdf) của cơ quan nhà nước và chuyển số liệu thành dữ liệu đã kiểm tra')
    .version('0.1.0')
    .exitOverride()
    .addCommand(extractCommand())
    .addCommand(serveCommand())
    .addCommand(userCommand())
    .addCommand(tokenCommand())
    .addCommand(exportCommand())
    .addCommand(ingestCommand())
    .addCommand(workerCommand())
    .addCommand(reprocessCommand())
    .addCommand(scheduleCommand())
    .addCommand(statusCommand());
}

/** Entry point: one top-level error handler, no stack traces for people. */
export async function main(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await program().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`solieu: lỗi: ${message}\n`);
    if (process.env.SOLIEU_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return EXIT.failure;
  }
}
