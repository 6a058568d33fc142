import { fold, readingForm } from '../text/normalize.ts';
import { rememberLast } from '../text/memo.ts';
import { findNumbers, statedZero } from '../text/numbers.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Record } from '../schema/record.ts';
import type { Block, SectionNode, Structure } from '../structure/types.ts';
import { METRICS } from './catalog.ts';
import { dropNonFigures } from './non-figures.ts';
import { isItem, isLeadIn } from './lead-in.ts';
import { readInline, rememberItem, type ItemRun } from './items-inline.ts';
import { agencyKey, enrichDimensions, ownTierOf } from './dimensions/enrich.ts';
import { plansItems } from './dimensions/status.ts';
import { runRules, type Emission, type LeadIn, type Rule, type RuleContext } from './rule.ts';
import { RULES } from './rules/index.ts';

/** Labels joined by slashes, then figures joined by slashes ("tiến sĩ/thạc sĩ/đại học: 01/12/40"), which findNumbers leaves alone. */
const SLASH_SERIES = /\p{L}\s*\/\s*\p{L}[^.;/]{0,40}\s*\d+\s*\/\s*\d/u;

interface Found {
  emission: Emission;
  rule: Rule;
  block: Block;
  /** Offset of the sentence in block.text. */
  base: number;
  sentence: string;
  order: number;
  /** In a plan section, or an item of a lead-in that plans ("Nhiệm vụ trọng tâm năm 2025:"). */
  inPlan: boolean;
}

/** The folded titles of a section and its ancestors, innermost first; once per run of blocks in it. */
const sectionHeadings = rememberLast((section: SectionNode): readonly string[] => {
  const out: string[] = [];
  for (let s: SectionNode | null = section; s; s = s.parent) out.push(fold(s.title));
  return out;
});

function headingsOf(section: SectionNode | null): readonly string[] {
  return section ? sectionHeadings(section) : [];
}

function inPlanSection(section: SectionNode | null): boolean {
  return section?.canonical === 'plan';
}

/** Words of work done or under way, or its result: "đã", "đang", "đến nay", "kết quả". */
const REPORTS_DONE = /(?:^|[^a-z])(?:da|dang|den nay|ket qua)(?:[^a-z]|$)/;

/**
 * A paragraph whose opening, up to its first colon, titles the tasks ahead ("Phương hướng năm 2026: …", "Nhiệm vụ năm
 * 2026: …"). (Not a plan named as a topic: "Kế hoạch kiểm tra năm 2024: Sở đã kiểm tra 12 đơn vị" reports it done.)
 */
function opensOnPlan(body: string): boolean {
  const colon = body.indexOf(':');
  if (colon <= 0 || colon >= 100) return false;
  const opening = fold(body.slice(0, colon + 1));
  return /^\W*(?:phuong huong|nhiem vu)/.test(opening) && plansItems(opening);
}

/**
 * A title that states a count as a clause ("a) Sở đang thực hiện 124 TTHC, gồm: …"): a figure
 * followed by what it counts, then a comma or the colon. Titles name topics; this one is read.
 */
const COUNTED_CLAUSE = /\d\s*(?:TTHC|thủ tục|hồ sơ|văn bản|VBQPPL|đơn vị|phòng|công chức|viên chức|người|trường hợp|phản ánh)(?![\p{L}])[^:]*$/u;

/** A lettered or numbered item's marker ("a) ", "b. ", "c, ", "1. ", "2) "), typed or from Word's numbering. */
const ITEM_MARKER = /^\s*(?:[a-zđ]|\d{1,2})[.),]\s+/u;

/** Dossier words in a title: the dossier reading takes a heading's title as its context already ("b) Giải quyết: 640 hồ sơ"). */
const DOSSIER_TITLE = /hồ sơ|giải quyết|tiếp nhận|trả kết quả|một cửa/iu;

/** Where a block's readable text starts: a heading's title where it labels a run-in body or states a count, else after it; after an item's marker; at 0 otherwise. */
function contentStart(block: Block): number {
  if (block.kind !== 'heading') return ITEM_MARKER.exec(block.text)?.[0].length ?? 0;
  const from = block.contentStart ?? block.text.length;
  const titleStart = block.titleStart ?? 0;
  // A title with its body run in is the label of the body's first sentence, as "Title: body" is in a list item — its words say
  // what the figures count ("a) Kiểm tra công tác CCHC: thực hiện tại 08 cơ quan, đơn vị.", "b) Đơn vị sự nghiệp: 03 đơn vị, trong
  // đó …"), but for a title on dossiers, which their reading takes from the heading; a title alone is read where it states a count itself.
  const title = block.text.slice(titleStart, from);
  if (from > titleStart && ((from < block.text.length && !DOSSIER_TITLE.test(title)) || statesCount(title))) return titleStart;
  return from;
}

function statesCount(span: string): boolean {
  const title = span.replace(/[\s:]+$/u, '');
  return /,|gồm/u.test(title) && COUNTED_CLAUSE.test(title) && dropNonFigures(title, findNumbers(title)).length > 0;
}

/**
 * Run the rules over every sentence of the document and return validated-shape records with
 * provenance. Each sentence is split, folded and scanned for figures once; every rule shares that.
 */
export function extractRecords(structure: Structure, rules: readonly Rule[] = RULES): Record[] {
  const found: Found[] = [];
  let leadIn: LeadIn | null = null;
  /** The lead-in's items read so far, for reading an item in the list's inline form. */
  let run: ItemRun | null = null;
  let order = 0;
  let previous: Block | undefined;
  for (const block of structure.blocks) {
    const before = previous;
    previous = block;
    const from = contentStart(block);
    if (block.kind === 'heading' && from >= block.text.length) {
      leadIn = null;
      continue;
    }
    const itemOfLeadIn = leadIn !== null && isItem(block);
    if (!itemOfLeadIn) {
      leadIn = null;
      run = null;
    }
    const body = block.text.slice(from);
    const headings = headingsOf(block.section);
    // ("Nhiệm vụ trọng tâm năm 2025:" then "1. Kiểm tra công tác CCHC tại 08 phòng …": the items of a plan's lead-in are planned.)
    // ("Phương hướng năm 2026: tiếp tục rà soát …. Tổ chức 04 lớp bồi dưỡng …": a paragraph opening on a plan's title plans
    // every sentence of it, as items under that title would be.)
    const blockInPlan = inPlanSection(block.section) || (itemOfLeadIn && plansItems(leadIn!.folded));
    const paragraphPlans = !blockInPlan && opensOnPlan(body);
    const sentences = splitSentences(body);
    const blockFound: Emission[] = [];
    for (const s of sentences) {
      const numbers = dropNonFigures(s.text, findNumbers(s.text));
      // ("b) Tiếp nhận, xử lý phản ánh, kiến nghị: Không có.": a bare zero opening a heading's body after its colon is the
      // title's stated zero, as after a label's colon in the text.)
      // ("b) Tiếp nhận, xử lý phản ánh, kiến nghị" then "Không có." as the section's only sentence: the same zero, on the next line.)
      const headingBody =
        (block.kind === 'heading' && s.start === 0 && /:\s*$/u.test(block.text.slice(0, from))) ||
        (block.kind === 'paragraph' && sentences.length === 1 && before?.kind === 'heading' && before.section === block.section && contentStart(before) >= before.text.length);
      if (numbers.length === 0 && headingBody) {
        for (const n of findNumbers(`: ${s.text}`)) if (statedZero(n)) numbers.push({ ...n, start: n.start - 2, end: n.end - 2 });
      }
      // (A sentence whose only figures form a slash series after slashed labels, "đại học/thạc sĩ: 40/12", still runs: the rule for it reads the series.)
      if (numbers.length === 0 && !(s.text.includes('/') && SLASH_SERIES.test(s.text))) continue;
      const folded = readingForm(fold(s.text));
      // (… but for a sentence after the title that reports work done: "Phương hướng năm 2026: …. Đến nay, đã đạt 99,2%.")
      const inPlan = blockInPlan || (paragraphPlans && (s.start === 0 || !REPORTS_DONE.test(folded)));
      const perNumber = new Map<number, Found>();
      const base = from + s.start;
      // One context per sentence, shared by the rules in turn; `rule` is the one running.
      let rule: Rule = rules[0]!;
      const ctx: RuleContext = {
        text: s.text,
        folded,
        offset: base,
        numbers,
        block,
        blocks: structure.blocks,
        section: block.section,
        headings,
        leadIn: itemOfLeadIn ? leadIn : null,
        inPlan,
        metadata: structure.metadata ?? null,
        emit(emission) {
          keep(rule, emission);
        },
      };
      const keep = (by: Rule, emission: Emission): void => {
        const key = emission.range[0];
        const prev = perNumber.get(key);
        const conf = emission.confidence ?? 0.8;
        if (prev && (prev.emission.confidence ?? 0.8) >= conf) return;
        perNumber.set(key, { emission, rule: by, block, base, sentence: s.text, order: order++, inPlan });
      };
      runRules(rules, ctx, (r) => {
        rule = r;
      });
      // (An item's figure no rule read as an item: read in the list's inline form — items-inline.ts.)
      if (run !== null && s.start === 0 && block.kind !== 'tableRow') {
        const unread = numbers.filter((n) => !perNumber.has(n.start));
        if (unread.length > 0) readInline(run, s.text, unread, ctx, rules, keep);
      }
      for (const f of perNumber.values()) {
        found.push(f);
        blockFound.push(f.emission);
      }
    }
    if (run !== null && itemOfLeadIn && sentences.length > 0) rememberItem(run, sentences[0]!.text, blockFound);
    if (isLeadIn(block)) {
      const last = sentences.at(-1);
      const text = last?.text ?? body;
      leadIn = { text, folded: readingForm(fold(text)), emissions: blockFound };
      run = { lead: leadIn, items: [], metrics: new Set() };
    }
  }
  found.sort((a, b) => a.order - b.order);
  const ownTier = ownTierOf(structure.metadata?.agency);
  const agency = structure.metadata?.agency;
  const ownAgency = agency ? agencyKey(agency) : undefined;
  return found.map((f) => toRecord(f, ownTier, ownAgency));
}

function toRecord(f: Found, ownTier: 'commune' | undefined, ownAgency: string | undefined): Record {
  const { emission, block, base, sentence } = f;
  const meta = METRICS[emission.metric];
  const dimensions = enrichDimensions(emission, { sentence, block, inPlan: f.inPlan, ownTier, ...(ownAgency ? { ownAgency } : {}) });
  const start = block.offsets[base] ?? block.start;
  const end = block.offsets[base + sentence.length] ?? block.end;
  const record: Record = {
    metric: emission.metric,
    value: emission.value,
    unit: emission.unit ?? meta?.unit ?? 'dossier',
    dimensions,
    section: block.section?.path ?? '',
    canonicalSection: block.section?.canonical ?? null,
    text: sentence,
    start,
    end,
    rule: f.rule.id,
    confidence: emission.confidence ?? 0.8,
  };
  // The figure itself: offsets of its first character and just past its last one.
  const [from, to] = emission.range;
  const figureStart = block.offsets[base + from];
  const figureLast = block.offsets[base + to - 1];
  if (to > from && figureStart !== undefined && figureLast !== undefined && figureLast >= figureStart) {
    record.figureStart = figureStart;
    record.figureEnd = figureLast + 1;
  }
  if (emission.qualifier) record.qualifier = emission.qualifier;
  return record;
}
