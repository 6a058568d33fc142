/**
 * Where the web app hands work to the pipelines — the one module to change when the queue
 * takes over. This version runs in-process: files are stored at once (status `queued`) and
 * processed one after the other in the background (convert → store the Markdown → analyse →
 * store the extraction), so the upload page can watch the statuses move.
 */
import { processReport } from '../../pipelines/process-report.ts';
import { analyseMarkdown } from '../../pipelines/analyse-markdown.ts';
import { checkAcross } from '../check/index.ts';
import { CONVERTER_VERSION } from '../convert/index.ts';
import type { Flag, Format, Report } from '../schema/index.ts';
import type { Store, StoredDocument } from '../store/index.ts';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface IngestResult {
  fileName: string;
  documentId: number | null;
  /** false when the same file (same sha256) was stored before: nothing new to do. */
  created: boolean;
  /** A file refused before it was stored (wrong type, too large …). */
  error: { code: string; message: string } | null;
}

export interface ReprocessTarget {
  documentIds?: number[];
  all?: boolean;
}

export interface PipelineBridge {
  readonly mode: string;
  /** Store the files and get them processed; returns once they are stored (not processed). */
  ingest(files: IncomingFile[], uploader: string): Promise<IngestResult[]>;
  /** Re-run structure → extract → check from the stored Markdown; returns the run id. */
  reprocess(target: ReprocessTarget, actor: string): Promise<{ runId: number; documents: number }>;
  /** Resolves when no in-process work is pending. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Which rules produced an extraction, for the inline path (the queue side has its own hash). */
export const INLINE_RULES_VERSION = process.env['SOLIEU_RULES_VERSION'] ?? 'inline';

function formatOf(name: string): Format {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'docx' || ext === 'pdf' || ext === 'doc' ? ext : 'unknown';
}

/** Cross-report flags (duplicate-report, period-regression) for one report against its agency's others. */
async function crossFlags(store: Store, doc: StoredDocument, report: Report, markdown: string): Promise<Flag[]> {
  if (!report.agency) return [];
  const others = (await store.listCurrentExtractions({ agency: report.agency })).filter(
    (e) => e.documentId !== doc.id && e.report.province === report.province,
  );
  const entries = [];
  for (const e of others) {
    const md = (await store.getCurrentConversion(e.documentId))?.markdown;
    entries.push({ ...e.report, ...(md !== undefined ? { markdown: md } : {}) });
  }
  entries.push({ ...report, markdown });
  return checkAcross(entries).at(-1) ?? [];
}

export function createInlineBridge(store: Store): PipelineBridge {
  let chain: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>): void => {
    chain = chain.then(work).catch(() => undefined);
  };

  async function fail(id: number, code: string, message: string): Promise<void> {
    await store.setDocumentStatus(id, 'failed', { code, message });
  }

  async function processDocument(id: number): Promise<void> {
    const doc = await store.getDocumentById(id);
    const bytes = await store.getDocumentContent(id);
    if (!doc || !bytes) return;
    try {
      const { report, conversion } = await processReport(bytes, doc.fileName);
      if (conversion) {
        await store.putConversion({
          documentId: id,
          converterVersion: CONVERTER_VERSION,
          markdown: conversion.markdown,
          pages: conversion.pages,
          warnings: conversion.warnings,
        });
      }
      const error = report.errors[0];
      if (error || !conversion) {
        await fail(id, error?.code ?? 'convert-failed', error?.message ?? 'Không đọc được tệp.');
        return;
      }
      report.flags.push(...(await crossFlags(store, doc, report, conversion.markdown)));
      await store.putExtraction({ documentId: id, rulesVersion: INLINE_RULES_VERSION, report, key: `ingest:${doc.sha256}` });
    } catch {
      await fail(id, 'processing-failed', 'Lỗi hệ thống khi xử lý tệp; hãy thử xử lý lại sau.').catch(() => undefined);
    }
  }

  async function reprocessDocument(doc: StoredDocument, runId: number): Promise<'done' | 'skipped' | 'failed'> {
    const conversion = await store.getCurrentConversion(doc.id);
    if (!conversion) {
      // never converted (or failed before): run the whole pipeline again
      await processDocument(doc.id);
      return (await store.getDocumentById(doc.id))?.status === 'failed' ? 'failed' : 'done';
    }
    const previous = await store.getCurrentExtraction(doc.id);
    const analysis = analyseMarkdown(conversion.markdown, doc.sha256);
    const report: Report = {
      source: previous?.report.source ?? doc.fileName,
      sha256: doc.sha256,
      format: previous?.report.format ?? doc.format,
      errors: [],
      ...analysis,
    };
    report.flags.push(...(await crossFlags(store, doc, report, conversion.markdown)));
    await store.putExtraction({ documentId: doc.id, rulesVersion: INLINE_RULES_VERSION, report, runId, key: `reprocess:${runId}` });
    return 'done';
  }

  return {
    mode: 'inline',

    async ingest(files, uploader) {
      const results: IngestResult[] = [];
      for (const file of files) {
        const put = await store.putDocument({ content: file.bytes, fileName: file.name, format: formatOf(file.name), uploader });
        results.push({ fileName: file.name, documentId: put.id, created: put.created, error: null });
        if (put.created) enqueue(() => processDocument(put.id));
      }
      return results;
    },

    async reprocess(target, actor) {
      const docs = target.all
        ? await store.listDocuments()
        : (await Promise.all((target.documentIds ?? []).map((id) => store.getDocumentById(id)))).filter(
            (d): d is StoredDocument => d !== undefined,
          );
      const run = await store.startRun({ kind: 'reprocess', params: { actor, documents: docs.map((d) => d.id) } });
      enqueue(async () => {
        let failed = 0;
        for (const doc of docs) {
          try {
            if ((await reprocessDocument(doc, run.id)) === 'failed') failed++;
          } catch {
            failed++;
          }
        }
        await store.finishRun(run.id, { status: 'succeeded', summary: { documents: docs.length, failed } });
      });
      return { runId: run.id, documents: docs.length };
    },

    idle: async () => {
      let seen: Promise<void>;
      do {
        seen = chain;
        await seen;
      } while (seen !== chain);
    },

    close: async () => {
      await chain;
    },
  };
}
