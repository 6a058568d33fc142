/**
 * Where a command writes its result (`--out FILE`): checked before any work, so that a long run
 * does not end in a write that fails, and written with a Vietnamese message when it still fails.
 */
import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Why `file` cannot be written, in Vietnamese; undefined when it can (as far as can be told before writing). */
export async function outFileProblem(file: string): Promise<string | undefined> {
  const path = resolve(file);
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) return `Không ghi được kết quả vào ${file}: đó là một thư mục, hãy cho một tên tệp.`;
  const dir = dirname(path);
  const folder = await stat(dir).catch(() => null);
  if (!folder) return `Không ghi được kết quả vào ${file}: thư mục ${dir} không tồn tại.`;
  if (!folder.isDirectory()) return `Không ghi được kết quả vào ${file}: ${dir} không phải là thư mục.`;
  try {
    await access(existing ? path : dir, constants.W_OK);
  } catch {
    return `Không ghi được kết quả vào ${file}: không có quyền ghi.`;
  }
  return undefined;
}

/** Write the result; a failure becomes a Vietnamese message (Error) naming the file. */
export async function writeOutFile(file: string, body: string | Uint8Array): Promise<void> {
  try {
    await writeFile(file, body);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'ổ đĩa đã đầy' : code === 'EACCES' || code === 'EPERM' ? 'không có quyền ghi' : (e as Error).message;
    throw new Error(`Không ghi được kết quả vào ${file}: ${why}.`, { cause: e });
  }
}
