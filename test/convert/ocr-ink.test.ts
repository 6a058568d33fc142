import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeGrayPng, inkIn } from '../../src/convert/ocr-ink.ts';
import { ocrPageLines } from '../../src/convert/ocr-lines.ts';

/** A PNG of `rows` (grey values), each row with the given filter byte, channels per pixel 1 or 3. */
function png(rows: number[][], filter: number, channels: 1 | 3): Uint8Array {
  const width = rows[0]!.length;
  const raw: number[] = [];
  rows.forEach((r, y) => {
    raw.push(filter);
    r.forEach((v, x) => {
      // Filter 1 (Sub) stores each byte less the byte one pixel to the left.
      const left = x > 0 ? r[x - 1]! : 0;
      const b = filter === 1 ? (v - left) & 0xff : filter === 2 ? (v - (y > 0 ? rows[y - 1]![x]! : 0)) & 0xff : v;
      for (let c = 0; c < channels; c++) raw.push(b);
    });
  });
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(rows.length, 4);
  ihdr[8] = 8;
  ihdr[9] = channels === 1 ? 0 : 2;
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from(raw))), chunk('IEND', new Uint8Array())]));
}

describe('ocr ink', () => {
  const rows = [
    [255, 0, 0, 255],
    [255, 255, 0, 10],
    [0, 255, 255, 255],
  ];
  it('decodes grey and RGB PNGs with row filters', () => {
    for (const [filter, channels] of [[0, 1], [1, 1], [2, 3]] as const) {
      const img = decodeGrayPng(png(rows, filter, channels));
      expect(img && [...img.pixels]).toEqual(rows.flat());
    }
    expect(decodeGrayPng(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });

  it('counts dark pixels in a box', () => {
    const img = decodeGrayPng(png(rows, 0, 1))!;
    expect(inkIn(img, 1, 0, 3, 2)).toEqual({ dark: 4, area: 6 });
  });

  it('marks a line bold when its words are inked far more densely than regular text', () => {
    const head = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
    const lines = ['I. KẾT QUẢ', 'Trong kỳ tiếp nhận', 'hồ sơ và giải quyết', 'đúng hạn toàn bộ'];
    const rowsTsv: string[] = [];
    const ink: [number, number][] = [];
    lines.forEach((text, i) => {
      text.split(' ').forEach((word, j) => {
        rowsTsv.push(`5\t1\t1\t1\t${i + 1}\t${j + 1}\t${100 + j * 150}\t${100 + i * 70}\t120\t40\t95\t${word}`);
        ink.push([i === 0 ? 1800 : 1200, 4800]);
      });
    });
    const [page] = ocrPageLines([[head, ...rowsTsv].join('\n')], 300, (s) => s, [], [ink]);
    expect(page!.map((l) => l.spans[0]!.bold)).toEqual([true, false, false, false]);
  });
});
