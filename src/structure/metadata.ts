import { fold } from '../text/normalize.ts';
import { agencyFromHeader, agencyFromIntro, agencyFromMentions } from './metadata-agency.ts';
import { DATE_LINE, dateLineYear, documentDate, documentNumber, placeAndDate } from './metadata-document.ts';
import { findPeriods, type PeriodHit } from './metadata-period.ts';
import { provinceOfDistrict } from './districts.ts';
import { provinceInText, provinceNamed } from './provinces.ts';
import type { Block, Metadata, SectionNode } from './types.ts';

/** Blocks read for the header and the introduction at most. */
const FRONT_LIMIT = 40;
/** Blocks read for mentions of the agency at most. */
const MENTION_LIMIT = 400;

/** Dashes, underscores and dots opening a header line: the rule drawn under the agency's name. */
const LEADING_RULE = /^(?:[-–—_.…=~]+\s*)+(?=\S)/u;

function isTitleLine(text: string): boolean {
  return /^(?:báo\s+cáo|v\/v|về\s+việc)/iu.test(text.trim());
}

/**
 * Report metadata (CONTRACT §1) from the header block, the title and the introduction — the
 * blocks before the first section heading — falling back to section titles (never a plan
 * section's) and to mentions in the body.
 */
export function readMetadata(blocks: Block[], sections: SectionNode[]): Metadata {
  const front: Block[] = [];
  for (const b of blocks) {
    if (b.section !== null || front.length >= FRONT_LIMIT) break;
    if (b.kind !== 'tableRow') front.push(b);
  }
  // A rule under the agency, typed or read by OCR ("- _ Số: 12/BC-UBND"), is no text of the header.
  const texts = front.map((b) => b.text.trim().replace(LEADING_RULE, ''));

  let documentNumberValue: string | null = null;
  let documentDateValue: string | null = null;
  let dateYear: string | null = null;
  let province: string | null = null;
  for (const t of texts) {
    const n = documentNumber(t);
    if (n !== undefined && documentNumberValue === null) documentNumberValue = n;
    const dl = placeAndDate(t);
    if (dl && /tháng/iu.test(dl.text)) {
      documentDateValue ??= documentDate(dl.text);
      dateYear ??= dateLineYear(dl.text);
      province ??= provinceNamed(dl.place);
    }
  }
  // Province: the header's "UBND TỈNH X" first, then the date line, then the text.
  for (const t of texts) {
    if (DATE_LINE.test(t)) continue;
    const p = provinceInText(t);
    if (p) {
      province = p;
      break;
    }
  }
  // A district's or a commune's header names no province but its district ("UBND HUYỆN HÓC MÔN").
  for (let i = 0; i < texts.length && province === null; i++) {
    if (!DATE_LINE.test(texts[i] as string)) province = provinceOfDistrict(texts[i] as string);
  }
  if (province === null) {
    for (let i = 0; i < blocks.length && i < MENTION_LIMIT && province === null; i++) {
      province = provinceInText((blocks[i] as Block).text);
    }
  }

  // Agency: the header, then "X báo cáo …" in the introduction, then the most named department.
  let agency = agencyFromHeader(texts);
  let intro: string | null = null;
  for (let i = 0; intro === null && i < texts.length; i++) intro = agencyFromIntro(texts[i] as string);
  // The introduction may name the header's body in full ("… công tỉnh Bắc Giang báo cáo").
  // A department stays as its header names it: "Sở Công Thương thành phố Cần Thơ báo cáo" adds only the place.
  if (agency === null || (intro !== null && intro.length > agency.length && fold(intro).startsWith(fold(agency)) && !onlyPlaceAdded(agency, intro))) {
    agency = intro ?? agency;
  }
  // A board completed with its committee's place ("Ban Quản lý Khu kinh tế tỉnh X") that its
  // introduction names with the place alone ("Ban Quản lý Khu kinh tế X báo cáo"): its own name.
  if (agency !== null && intro !== null && fold(agency).replace(UNIT_BEFORE_PLACE, ' ') === fold(intro)) agency = intro;
  if (agency === null) {
    const sample = blocks.slice(0, MENTION_LIMIT).map((b) => b.text).join('\n');
    agency = agencyFromMentions(sample);
  }

  // "Thanh tra tỉnh", "Văn phòng UBND tỉnh" named in the introduction: the province is the place.
  if (agency !== null && province !== null && /\s(?:tỉnh|thành phố)$/u.test(agency)) agency = `${agency} ${province}`;
  // "SỞ Y TẾ TỈNH BẮC NINH": a department is named without its place, which is the province.
  if (agency !== null && province !== null && /^Sở\s/u.test(agency)) agency = withoutPlace(agency, province);

  const period = readPeriod(texts, sections, dateYear, documentDateValue);
  return {
    agency,
    province,
    period: period?.period ?? null,
    periodLabel: period?.label ?? null,
    documentNumber: documentNumberValue,
    documentDate: documentDateValue,
  };
}

/** A unit word before a place, folded: " tinh " in "ban quan ly khu kinh te tinh quang ninh". */
const UNIT_BEFORE_PLACE = / (?:tinh|thanh pho) (?=\S+(?: \S+){0,3}$)/;

/** "Sở Y tế tỉnh Bắc Ninh" → "Sở Y tế" when Bắc Ninh is the report's province. */
function withoutPlace(agency: string, province: string): string {
  const m = /^(Sở\s.+?)\s+(?:tỉnh|thành phố|TP\.?)\s+(.+)$/u.exec(agency);
  return m && fold(m[2] as string) === fold(province) ? (m[1] as string) : agency;
}

/** "Sở X" → "Sở X tỉnh Y" / "Sở X thành phố Y": the longer name only adds where the department is. */
function onlyPlaceAdded(header: string, intro: string): boolean {
  return /^Sở\s/u.test(header) && /^\s*(?:tỉnh|thành phố|TP\.?)\s/iu.test(intro.slice(header.length));
}

/**
 * A line after "BÁO CÁO" that is no longer its title: the addressee, or the introduction
 * ("Thực hiện Công văn … về báo cáo … quý III/2024, UBND huyện … báo cáo kết quả … 9 tháng
 * đầu năm 2024 như sau:"), whose period is read after its own "báo cáo".
 */
function endsTitle(text: string): boolean {
  return /^(?:kính\s+gửi|căn\s+cứ)/iu.test(text) || /(?:như\s+sau|:)\s*$/u.test(text);
}

function firstPeriod(text: string, year: string | null, date: string | null): PeriodHit | null {
  return findPeriods(text, year, date)[0] ?? null;
}

function readPeriod(texts: string[], sections: SectionNode[], year: string | null, date: string | null): PeriodHit | null {
  // 1. The title: the lines after "BÁO CÁO", or a line opening with "Báo cáo" / "V/v".
  const titleAt = texts.findIndex((t) => /^báo\s+cáo$/iu.test(t));
  const titles: string[] = [];
  for (const t of titleAt >= 0 ? texts.slice(titleAt + 1, titleAt + 3) : []) {
    if (endsTitle(t)) break;
    titles.push(t);
  }
  for (const t of texts) if (isTitleLine(t)) titles.push(t);
  for (const t of titles) {
    const hit = firstPeriod(t, year, date);
    if (hit) return hit;
  }
  // 2. The introduction, after "báo cáo": "… Sở … báo cáo kết quả … quý I năm 2022 như sau".
  for (const t of texts) {
    if (DATE_LINE.test(t)) continue;
    let at = -1;
    for (const m of t.matchAll(/báo\s+cáo/giu)) at = m.index;
    if (at < 0) continue;
    const hit = firstPeriod(t.slice(at), year, date);
    if (hit) return hit;
  }
  // 3. Any period in the introduction, then in section titles outside plan sections.
  for (const t of texts) {
    if (DATE_LINE.test(t) || /^số\s*[:.]/iu.test(t)) continue;
    const hit = firstPeriod(t, year, date);
    if (hit) return hit;
  }
  const stack = [...sections].reverse();
  while (stack.length > 0) {
    const s = stack.pop() as SectionNode;
    if (s.canonical === 'plan' || s.canonical === 'proposals') continue;
    const hit = firstPeriod(s.title, year, date);
    if (hit) return hit;
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i] as SectionNode);
  }
  return null;
}
