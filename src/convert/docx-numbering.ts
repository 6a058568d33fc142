import { attr, childAttrs, childFlag, childVal, stripElements } from './docx-xml.ts';

/** One w:lvl of a list definition. */
export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** w:lvlRestart (1-based level after which this level restarts; 0 = never), undefined = default. */
  restart: number | undefined;
  isLgl: boolean;
  suff: 'tab' | 'space' | 'nothing';
  pStyle: string | undefined;
}

interface AbstractNum {
  levels: Map<number, LevelDef>;
  numStyleLink: string | undefined;
}

interface NumDef {
  abstractNumId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDef>;
}

/** The list definitions of numbering.xml, resolved for lookup by numId. */
export interface NumberingDefs {
  /** Level definition used by (numId, ilvl), following numStyleLink; undefined when unknown. */
  level(numId: string, ilvl: number): LevelDef | undefined;
  /** Counter key: the abstractNum (numStyleLink followed), whose running count every num of it shares. */
  counterKey(numId: string): string | undefined;
  /** The levels numId overrides (w:lvlOverride: a startOverride or a whole w:lvl), which restart where it first appears. */
  overriddenLevels(numId: string): readonly number[];
  /** startOverride for (numId, ilvl), if any. */
  startOverride(numId: string, ilvl: number): number | undefined;
  /** The ilvl in numId's definition whose w:pStyle is `styleId`. */
  levelForStyle(numId: string, styleId: string): number | undefined;
}

/** numbering-style id → numId, needed to follow w:numStyleLink (from styles.xml). */
export type NumberingStyleLinks = Map<string, string>;

const ABSTRACT_RE = /<w:abstractNum(?=[\s>])([^>]*)>([\s\S]*?)<\/w:abstractNum>/g;
const NUM_RE = /<w:num(?=[\s>])([^>]*)>([\s\S]*?)<\/w:num>/g;
const LVL_RE = /<w:lvl(?=[\s>])([^>]*)>([\s\S]*?)<\/w:lvl>/g;
const OVERRIDE_RE = /<w:lvlOverride(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/w:lvlOverride>)/g;

export function parseNumbering(numberingXml: string, styleLinks: NumberingStyleLinks): NumberingDefs {
  const xml = stripElements(numberingXml, 'mc:Choice');
  const abstracts = new Map<string, AbstractNum>();
  for (const m of xml.matchAll(ABSTRACT_RE)) {
    const id = attr(m[1] ?? '', 'w:abstractNumId');
    if (id === undefined) continue;
    const body = m[2] ?? '';
    abstracts.set(id, { levels: readLevels(body), numStyleLink: childVal(body, 'w:numStyleLink') });
  }
  const nums = new Map<string, NumDef>();
  for (const m of xml.matchAll(NUM_RE)) {
    const id = attr(m[1] ?? '', 'w:numId');
    const body = m[2] ?? '';
    const abstractNumId = childVal(body, 'w:abstractNumId');
    if (id === undefined || abstractNumId === undefined) continue;
    const def: NumDef = { abstractNumId, startOverrides: new Map(), levelOverrides: new Map() };
    for (const o of body.matchAll(OVERRIDE_RE)) {
      const ilvl = Number(attr(o[1] ?? '', 'w:ilvl') ?? 'NaN');
      if (!Number.isInteger(ilvl)) continue;
      const inner = o[2] ?? '';
      const start = childVal(inner, 'w:startOverride');
      if (start !== undefined && Number.isFinite(Number(start))) def.startOverrides.set(ilvl, Number(start));
      const lvl = readLevels(inner).get(ilvl);
      if (lvl !== undefined) def.levelOverrides.set(ilvl, lvl);
    }
    nums.set(id, def);
  }

  /** The abstractNum that really holds the levels for numId (numStyleLink followed, cycle-safe). */
  const resolveAbstractId = (numId: string): string | undefined => {
    const seen = new Set<string>();
    let current: string | undefined = numId;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      const abstractId = nums.get(current)?.abstractNumId;
      const abs = abstractId === undefined ? undefined : abstracts.get(abstractId);
      if (abs === undefined) return undefined;
      if (abs.numStyleLink === undefined) return abstractId;
      current = styleLinks.get(abs.numStyleLink);
    }
    return undefined;
  };
  const resolveAbstract = (numId: string): AbstractNum | undefined => {
    const id = resolveAbstractId(numId);
    return id === undefined ? undefined : abstracts.get(id);
  };

  return {
    level(numId, ilvl) {
      return nums.get(numId)?.levelOverrides.get(ilvl) ?? resolveAbstract(numId)?.levels.get(ilvl);
    },
    counterKey(numId) {
      const num = nums.get(numId);
      if (num === undefined) return undefined;
      // Word keeps one running count per abstract list, shared by every num of it (a list linked
      // through numStyleLink shares the list it links to): a num that overrides a level restarts
      // that count where it first appears, and the nums after it go on from there — LibreOffice
      // writes a restarted outline so, the first heading under its own num ("I." restarted),
      // the rest under the plain one ("II.", "III.").
      return `a${resolveAbstractId(numId) ?? num.abstractNumId}`;
    },
    overriddenLevels(numId) {
      const num = nums.get(numId);
      return num === undefined ? [] : [...new Set([...num.startOverrides.keys(), ...num.levelOverrides.keys()])];
    },
    startOverride(numId, ilvl) {
      return nums.get(numId)?.startOverrides.get(ilvl);
    },
    levelForStyle(numId, styleId) {
      const abs = resolveAbstract(numId);
      if (abs === undefined) return undefined;
      for (const [ilvl, lvl] of abs.levels) if (lvl.pStyle === styleId) return ilvl;
      return undefined;
    },
  };
}

function readLevels(body: string): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  for (const m of body.matchAll(LVL_RE)) {
    const ilvl = Number(attr(m[1] ?? '', 'w:ilvl') ?? '0');
    if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl > 8) continue;
    const lvl = m[2] ?? '';
    const start = Number(childVal(lvl, 'w:start') ?? '1');
    const restart = childVal(lvl, 'w:lvlRestart');
    const suff = childVal(lvl, 'w:suff');
    const textAttrs = childAttrs(lvl, 'w:lvlText');
    levels.set(ilvl, {
      start: Number.isFinite(start) ? start : 1,
      numFmt: childVal(lvl, 'w:numFmt') ?? 'decimal',
      lvlText: textAttrs === undefined ? '' : (attr(textAttrs, 'w:val') ?? ''),
      restart: restart !== undefined && Number.isFinite(Number(restart)) ? Number(restart) : undefined,
      isLgl: childFlag(lvl, 'w:isLgl'),
      suff: suff === 'space' || suff === 'nothing' ? suff : 'tab',
      pStyle: childVal(lvl, 'w:pStyle'),
    });
  }
  return levels;
}
