/**
 * A PDF page helper thread (pdf-page-helpers.ts): loads the document it is sent with its own
 * pdf.js instance and answers with the text items of the pages asked for, packed.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { keepNativePush, loadPdfParse } from './pdf-parse-module.ts';
import { packPages, readPageRange, type DocumentProxyLike } from './pdf-page-range.ts';

interface Ask {
  id: number;
  bytes: Uint8Array;
  from: number;
  to: number;
}

async function answer(port: NonNullable<typeof parentPort>, { id, bytes, from, to }: Ask): Promise<void> {
  const { PDFParse } = await loadPdfParse();
  const parser = new PDFParse({ data: bytes });
  try {
    const doc = (await (parser as unknown as { load(): Promise<DocumentProxyLike> }).load()) as DocumentProxyLike;
    keepNativePush();
    const packed = packPages(await readPageRange(doc, from, Math.min(to, doc.numPages)));
    port.postMessage({ id, packed }, [packed.heads.buffer, packed.nums.buffer]);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

const data = workerData as { solieuPdfPages?: boolean } | null;
const port = parentPort;
if (!isMainThread && port && data?.solieuPdfPages) {
  port.on('message', (ask: Ask) => {
    answer(port, ask).catch((e: unknown) => port.postMessage({ id: ask.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }));
  });
}
