/**
 * The lean XML reader mammoth is given (src/convert/docx-mammoth-xml.ts) must read every part as
 * mammoth's own reader does: the same element tree, or the same error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadMammothInternals, type ReadString } from '../../src/convert/docx-mammoth-internals.ts';
import { MAMMOTH_READ_STRING, useLeanXmlReader } from '../../src/convert/docx-mammoth-xml.ts';
import { readMammothDocument } from '../../src/convert/docx-model.ts';
import { makeDocx } from './helpers/make-docx.ts';

const internals = loadMammothInternals();
useLeanXmlReader();
const xml = internals?.xml;
const lean = xml?.readString as (ReadString & { [MAMMOTH_READ_STRING]?: ReadString }) | undefined;
const original = lean?.[MAMMOTH_READ_STRING];

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES = { [W]: 'w', 'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc' };

/** A plain copy of what a reader returned or threw; attribute records compared by what they hold. */
async function outcome(read: ReadString, source: string): Promise<unknown> {
  try {
    return { value: plain(await read.call(xml, source, NAMESPACES)) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function plain(v: unknown): unknown {
  if (v instanceof Error) return { error: v.message };
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(plain);
  const proto = Object.getPrototypeOf(v) as object | null;
  const bare = proto === null || (Object.getPrototypeOf(proto) === null && Reflect.ownKeys(proto).length === 0);
  const out: Record<string, unknown> = { prototype: bare ? 'none' : proto?.constructor?.name };
  for (const [k, value] of Object.entries(v)) out[k] = plain(value);
  return out;
}

async function expectSameReading(source: string): Promise<void> {
  // As JSON, key order included (attribute order is part of the tree); deep trees compare too.
  const mine = JSON.stringify(await outcome(lean as ReadString, source));
  const theirs = JSON.stringify(await outcome(original as ReadString, source));
  if (mine !== theirs) expect.fail(`${JSON.stringify(source.slice(0, 200))}\n${mine.slice(0, 500)}\n${theirs.slice(0, 500)}`);
}

const EDGE_CASES = [
  '',
  ' ',
  '<a/>',
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a>x</a>\r\n',
  '<a>x<!--c-->y</a>',
  '<a>x<![CDATA[y]]>z</a>',
  '<a><![CDATA[]]>q</a>',
  '<a>x<?pi d?>y</a>',
  '<a>&amp;&lt;&#65;&#x42;&bogus;</a>',
  '<a>< b</a>',
  '<a><!x</a>',
  '<a>]]></a>',
  '<a>x<!-- unclosed</a>',
  '<a>\r\n\u2028\u0085 \t</a>',
  '<a b="1" b="2"/>',
  '<a x=1/>',
  '<a x/>',
  '<a><b></a>',
  '<a><b></c></b></a>',
  '<a></A>',
  '<a>',
  '<a><b>text',
  '<a/><b/>',
  '<a/>x',
  'x<a/>',
  '<!DOCTYPE a><a/>',
  '<a><!DOCTYPE b></a>',
  '<!-- c --><a/><!-- d -->',
  '<parsererror/>',
  '<a:b:c/>',
  `<w:p xmlns:w="${W}" xmlns="urn:x" xmlns:q="urn:q" q:v="1" xml:space="preserve" r:id="2" w:val="x"><q:b/><c/><w:t> a </w:t></w:p>`,
  '<a constructor="1" __proto__="2" toString="3" hasOwnProperty="4"/>',
  '<a xmlns:toString="urn:t"><toString:b/></a>',
  `<a>${'<b>'.repeat(1200)}${'</b>'.repeat(1200)}</a>`,
];

describe('the lean XML reader for mammoth', () => {
  it('is installed on the mammoth module that convertToHtml uses', async () => {
    expect(typeof lean).toBe('function');
    expect(typeof original).toBe('function');
    let calls = 0;
    const counted = Object.assign(function (this: unknown, ...args: Parameters<ReadString>) {
      calls++;
      return (lean as ReadString).apply(this, args);
    }, lean);
    (xml as { readString: ReadString }).readString = counted;
    try {
      await readMammothDocument(await makeDocx(['Đoạn thứ nhất.']));
    } finally {
      (xml as { readString: ReadString }).readString = lean as ReadString;
    }
    expect(calls).toBeGreaterThan(0);
  });

  it('reads edge cases and malformed XML exactly as mammoth does (tree or error)', async () => {
    for (const source of EDGE_CASES) await expectSameReading(source);
  });

  it('reads every XML part of the report fixtures as mammoth does', async () => {
    const dir = join(import.meta.dirname, '../../fixtures/reports');
    const files = readdirSync(dir).filter((n) => n.endsWith('.docx'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const parts = unzipSync(new Uint8Array(readFileSync(join(dir, file))));
      for (const [name, data] of Object.entries(parts)) {
        if (!/\.(xml|rels)$/i.test(name)) continue;
        await expectSameReading(strFromU8(data).replace(/^\uFEFF/, ''));
      }
    }
  });

  it('reads cut and spliced parts as mammoth does', async () => {
    const docx = unzipSync(await makeDocx(['Đoạn <thứ> & "nhất".', { runs: [{ text: 'In đậm', bold: true }] }]));
    const document = strFromU8(docx['word/document.xml'] as Uint8Array);
    const pieces = ['<', '>', '&', '&amp;', '<![CDATA[x', ']]>', '<!--', '-->', '"', '</w:p>', '<w:p>', '<?x?>'];
    for (let at = 0; at < document.length; at += Math.max(1, Math.floor(document.length / 40))) {
      await expectSameReading(document.slice(0, at));
      for (const piece of pieces) await expectSameReading(document.slice(0, at) + piece + document.slice(at));
    }
  });
});
