import { pushContent } from './fast-block.ts';
import { TextBuilder, type RawBlock } from './raw-block.ts';

/**
 * A fast path for the GFM pipe tables the converters write: every row fenced by pipes, as many
 * cells in each row as in the delimiter row, cells plain or wholly bold. Returns null for any
 * other table (remark reads it). Tested against remark.
 */

const DELIMITER_CELL = /^:?-+:?$/;

interface Cell {
  /** Offset of the pipe before the cell (where remark starts the cell). */
  pipe: number;
  from: number;
  to: number;
}

/** Split the line [start, end) on unescaped pipes; null unless it is fenced by pipes. */
function splitRow(md: string, start: number, end: number): Cell[] | null {
  let a = start;
  let lead = 0;
  while (a < end && md[a] === ' ') {
    a++;
    lead++;
  }
  let z = end;
  while (z > a && (md[z - 1] === ' ' || md[z - 1] === '\t')) z--;
  if (lead > 3 || md[a] !== '|' || z - a < 2 || md[z - 1] !== '|' || md[z - 2] === '\\') return null;
  const cells: Cell[] = [];
  let pipe = a;
  for (let j = a + 1; j < z; j++) {
    // By code: `md[j]` would make a string of every character above U+00FF.
    const c = md.charCodeAt(j);
    if (c === 0x5c /* \\ */) {
      j++;
      continue;
    }
    if (c === 0x7c /* | */) {
      let from = pipe + 1;
      let to = j;
      while (from < to && (md[from] === ' ' || md[from] === '\t')) from++;
      while (to > from && (md[to - 1] === ' ' || md[to - 1] === '\t')) to--;
      cells.push({ pipe, from, to });
      pipe = j;
    }
  }
  return cells;
}

/** Convert a table block [start, end) (several lines), or null when remark must read it. */
export function fastTable(md: string, start: number, end: number): RawBlock[] | null {
  const lines: [number, number][] = [];
  let pos = start;
  while (pos < end) {
    let eol = md.indexOf('\n', pos);
    if (eol < 0 || eol > end) eol = end;
    lines.push([pos, eol > pos && md[eol - 1] === '\r' ? eol - 1 : eol]);
    pos = eol + 1;
  }
  if (lines.length < 2) return null;
  const rows = lines.map(([a, z]) => splitRow(md, a, z));
  const delimiter = rows[1];
  if (!delimiter || delimiter.length === 0) return null;
  if (!delimiter.every((c) => DELIMITER_CELL.test(md.slice(c.from, c.to)))) return null;
  const width = delimiter.length;
  const out: RawBlock[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (r === 1) continue;
    const row = rows[r];
    const line = lines[r];
    if (!row || !line || row.length !== width) return null;
    const b = new TextBuilder();
    const cells: string[] = [];
    let allBold = true;
    for (let k = 0; k < row.length; k++) {
      const cell = row[k] as Cell;
      if (k > 0) b.pushAt(' | ', cell.pipe);
      const cb = new TextBuilder();
      if (!pushContent(md, cell.from, cell.to, cb, true)) return null;
      const built = cb.build('tableRow', cell.pipe, cell.to);
      cells.push(built.block.text);
      if (built.block.text.trim() !== '' && !built.block.bold) allBold = false;
      b.pushBuilt(built);
    }
    let z = line[1];
    while (z > line[0] && (md[z - 1] === ' ' || md[z - 1] === '\t')) z--;
    let a = line[0];
    while (a < z && md[a] === ' ') a++;
    const raw = b.build('tableRow', a, z);
    raw.block.cells = cells;
    raw.block.bold = allBold && cells.some((c) => c.trim() !== '');
    out.push(raw);
  }
  return out;
}
