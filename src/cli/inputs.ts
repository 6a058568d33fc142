import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { REPORT_EXTENSIONS } from '../convert/detect-format.ts';

const REPORT_EXT = new Set(REPORT_EXTENSIONS);

const isReportName = (name: string): boolean => REPORT_EXT.has(extname(name).toLowerCase());

/**
 * Expand files and folders into the list of files to read, in the order given; folders are
 * walked recursively in name order and keep only report-like extensions. Symbolic links are
 * followed (a folder reached twice, e.g. by a link to a parent, is walked once). A path that does
 * not exist is returned too, so it becomes a report with an error instead of vanishing — so is a
 * broken link with a report's extension inside a folder.
 */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const walked = new Set<string>();
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      out.push(p);
      continue;
    }
    if (info.isDirectory()) out.push(...(await walk(p, walked)));
    else out.push(p);
  }
  return out;
}

async function walk(dir: string, walked: Set<string>): Promise<string[]> {
  const real = await realpath(dir);
  if (walked.has(real)) return [];
  walked.add(real);
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    const full = join(dir, e.name);
    let isDirectory = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const target = await stat(full).catch(() => null);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target === null || target.isFile(); // a broken link is reported, not dropped
    }
    if (isDirectory) out.push(...(await walk(full, walked)));
    else if (isFile && isReportName(e.name)) out.push(full);
  }
  return out;
}
