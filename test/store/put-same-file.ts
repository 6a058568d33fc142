// Child process for the multi-process tests: puts one file and `n` extractions of it, prints the results.
// Usage: node --import tsx test/store/put-same-file.ts <location> <content> <n>
import { openStore } from '../../src/store/index.ts';
import { report } from './reports.ts';

const [location, content, n] = process.argv.slice(2);
if (!location || !content || !n) throw new Error('usage: put-same-file <location> <content> <n>');

const store = await openStore(location, { poolSize: 4 });
try {
  const bytes = new TextEncoder().encode(content);
  const puts = await Promise.all(
    Array.from({ length: 3 }, () => store.putDocument({ content: bytes, fileName: 'chung.docx', format: 'docx' })),
  );
  const id = puts[0]!.id;
  const extractions = await Promise.all(
    Array.from({ length: Number(n) }, () => store.putExtraction({ documentId: id, rulesVersion: `pid-${process.pid}`, report: report() })),
  );
  process.stdout.write(JSON.stringify({ puts, versions: extractions.map((e) => e.version) }));
} finally {
  await store.close();
}
