import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const REPORT_EXT = new Set(['.docx', '.pdf', '.doc']);

/**
 * Expand files and folders into the list of files to read, in the order given; folders are
 * walked recursively in name order and keep only report-like extensions. A path that does not
 * exist is returned too, so it becomes a report with an error instead of vanishing.
 */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      out.push(p);
      continue;
    }
    if (info.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && REPORT_EXT.has(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}
