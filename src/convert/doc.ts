/**
 * Word 97–2003 (.doc, OLE2) and OpenDocument text (.odt, LibreOffice's own format, which some
 * bodies save their reports in) → .docx with LibreOffice headless, then the .docx converter.
 * LibreOffice is optional: without `soffice` on PATH the file is refused with `legacy-doc` /
 * `odt-needs-libreoffice`, and a message that says how to enable it.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { convertDocx } from './docx.ts';
import { findOnPath, runTool } from './external-tool.ts';
import { InputError } from './input-error.ts';
import { timedOut } from './limits.ts';
import type { Conversion, ConvertOptions } from './types.ts';

/** The LibreOffice executable: $SOLIEU_SOFFICE, else soffice or libreoffice on PATH. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.SOLIEU_SOFFICE?.trim();
  if (configured) return findOnPath(configured, env);
  return findOnPath('soffice', env) ?? findOnPath('libreoffice', env);
}

/** How to enable LibreOffice, after what the file is. */
const ENABLE_SOFFICE =
  'Cách bật: cài LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer) để lệnh soffice có trên PATH, hoặc đặt ' +
  'SOLIEU_SOFFICE trỏ tới soffice';

export const LEGACY_DOC_HELP = `Tệp Word 97–2003 (.doc) cần LibreOffice để đọc nhưng máy chủ chưa cài. ${ENABLE_SOFFICE}; hoặc mở tệp bằng Word và lưu lại thành .docx.`;
export const ODT_HELP = `Tệp OpenDocument (.odt) cần LibreOffice để đọc nhưng máy chủ chưa cài. ${ENABLE_SOFFICE}; hoặc mở tệp bằng LibreOffice hay Word và lưu lại thành .docx.`;

/** What LibreOffice turns into a .docx, and how the outcome is told to the user. */
const KINDS = {
  doc: {
    missing: { code: 'legacy-doc', message: LEGACY_DOC_HELP },
    failed: { code: 'corrupt-doc', message: 'Không chuyển được tệp Word 97–2003 (.doc) sang .docx: tệp có thể bị hỏng hoặc được đặt mật khẩu.' },
    warning: 'legacy-doc: Tệp Word 97–2003 (.doc) đã được LibreOffice chuyển sang .docx để đọc.',
  },
  odt: {
    missing: { code: 'odt-needs-libreoffice', message: ODT_HELP },
    failed: { code: 'corrupt-odt', message: 'Không chuyển được tệp OpenDocument (.odt) sang .docx: tệp có thể bị hỏng hoặc được đặt mật khẩu.' },
    warning: 'odt: Tệp OpenDocument (.odt) đã được LibreOffice chuyển sang .docx để đọc.',
  },
} as const;
export type SofficeKind = keyof typeof KINDS;

export interface DocOptions extends ConvertOptions {
  timeoutMs: number;
  /** What the bytes are: a Word 97–2003 .doc (the default) or an OpenDocument text. */
  kind?: SofficeKind;
}

// One LibreOffice profile per process, reused (creating one costs ~10 s); one conversion at a
// time, since two soffice instances cannot share a profile.
const profileDir = join(tmpdir(), `solieu-soffice-profile-${process.pid}`);
let queue: Promise<unknown> = Promise.resolve();
let cleanupRegistered = false;

function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Convert a .doc (or, with `kind: 'odt'`, an .odt) by way of LibreOffice. Throws `legacy-doc` /
 * `odt-needs-libreoffice`, `corrupt-doc` / `corrupt-odt` or `conversion-timeout`.
 */
export async function convertDoc(bytes: Uint8Array, options: DocOptions): Promise<Conversion> {
  const kind = options.kind ?? 'doc';
  const soffice = findSoffice();
  if (soffice === undefined) throw new InputError(KINDS[kind].missing.code, KINDS[kind].missing.message);
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    process.once('exit', () => rmSync(profileDir, { recursive: true, force: true }));
  }
  const docx = await serial(() => sofficeToDocx(soffice, bytes, options, kind));
  const conversion = await convertDocx(docx, options);
  return { ...conversion, origin: kind, warnings: [KINDS[kind].warning, ...conversion.warnings] };
}

async function sofficeToDocx(soffice: string, bytes: Uint8Array, options: DocOptions, kind: SofficeKind): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'solieu-doc-'));
  try {
    const input = join(dir, `input.${kind}`);
    const outDir = join(dir, 'out');
    await writeFile(input, bytes);
    const result = await runTool(
      soffice,
      [
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--nologo',
        '--nodefault',
        // A private profile: never the user's, and not shared with other processes.
        `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        outDir,
        input,
      ],
      { timeoutMs: options.timeoutMs, signal: options.signal, cwd: dir, env: { ...process.env, HOME: dir } },
    );
    if (result.killed) {
      // A killed instance may leave its profile locked or half-written: start afresh next time.
      await rm(profileDir, { recursive: true, force: true }).catch(() => undefined);
      throw timedOut(options.timeoutMs);
    }
    const produced = (await readdir(outDir).catch(() => [] as string[])).find((f) => f.endsWith('.docx'));
    if (produced === undefined) throw new InputError(KINDS[kind].failed.code, KINDS[kind].failed.message);
    return new Uint8Array(await readFile(join(outDir, produced)));
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
