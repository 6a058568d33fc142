import { defineCheck } from '../check.ts';
import { defaultsOf } from '../config.ts';
import { fold } from '../../text/normalize.ts';
import type { ReportView } from '../report-view.ts';

const id = 'missing-section';

/** The six reform areas of Nghị quyết 76/NQ-CP, with the words a person would look for. */
interface ReformArea {
  id: string;
  label: string;
  title: RegExp;
}

export const REFORM_AREAS: ReformArea[] = [
  { id: 'institutions', label: 'Cải cách thể chế', title: /the che|van ban quy pham|vbqppl/ },
  { id: 'procedures', label: 'Cải cách thủ tục hành chính', title: /thu tuc hanh chinh|tthc/ },
  { id: 'organization', label: 'Cải cách tổ chức bộ máy', title: /to chuc bo may|bo may hanh chinh/ },
  { id: 'civil_service', label: 'Cải cách chế độ công vụ', title: /cong vu|doi ngu can bo|cbccvc/ },
  { id: 'public_finance', label: 'Cải cách tài chính công', title: /tai chinh cong|co che tu chu/ },
  {
    id: 'digital_government',
    label: 'Xây dựng, phát triển Chính phủ điện tử, Chính phủ số',
    title: /chinh phu dien tu|chinh phu so|chuyen doi so|cong nghe thong tin|cntt/,
  },
];

/** A report about administrative reform as a whole (not one theme): its opening says so. */
const CCHC_TITLE = /cai cach hanh chinh|(?<![a-z])cchc(?![a-z])/;

/** A report on one theme of the reform (procedures control, the one-stop mechanism), by its title. */
const THEME_TITLE = /kiem soat (?:thu tuc hanh chinh|tthc)|co che mot cua|giai quyet (?:thu tuc hanh chinh|tthc)|(?<![a-z])tthc(?![a-z])|thu tuc hanh chinh/;

/**
 * The report's title, folded: the words after "BÁO CÁO" in its opening (on that line, or the
 * next line when "BÁO CÁO" stands alone); "" when the opening has none.
 */
export function reportTitle(markdown: string): string {
  const lines = markdown.slice(0, 3000).split('\n').map((l) => fold(l.replace(/[*_#]/g, '')).trim());
  for (let i = 0; i < lines.length; i++) {
    const m = /^bao cao(?![a-z])\s*(.*)$/.exec(lines[i]!);
    if (!m) continue;
    if (m[1]) return m[1];
    const next = lines.slice(i + 1).find((l) => l !== '');
    return next ?? '';
  }
  return '';
}

/** A numbered title ("3. Cải cách tổ chức bộ máy", "d) …"), folded, up to ":" — also inside merged heading lines. */
const NUMBERED = /(?:^|\s)(?:[ivx]+|\d+(?:\.\d+)*|[a-zd])\s*[.),]\s+([^:.;]{3,90})(?=[:.;]|$|\s+(?:[ivx]+|\d+(?:\.\d+)*)\.\s)/g;
const NOT_RESULTS = new Set(['plan', 'proposals', 'assessment']);

/** Of `areas`, those whose heading is written in the text even where the section tree missed it. */
function titledInText(view: ReportView, areas: readonly ReformArea[]): Set<string> {
  const out = new Set<string>();
  for (const [i, text] of view.folded.entries()) {
    const b = view.blocks[i]!;
    if (NOT_RESULTS.has(b.canonical ?? '')) continue;
    // a title line, or title lines run together; not a sentence of prose
    const head = b.kind === 'heading' && b.contentStart !== undefined ? text.slice(0, b.contentStart) : text;
    if (head.length > 220) continue;
    for (const m of head.matchAll(NUMBERED)) {
      for (const area of areas) if (area.title.test(m[1]!)) out.add(area.id);
    }
  }
  return out;
}

export default defineCheck({
  id,
  description: 'A full administrative-reform report lacks one of the six reform areas (institutions … digital government).',
  ...defaultsOf(id),
  messages: {
    missing: 'Báo cáo không có mục về "{{area}}" (một trong sáu nội dung cải cách hành chính)',
  },
  check(_records, ctx) {
    const { sections, markdown } = ctx.view;
    if (sections.length === 0) return;
    const present = new Set(sections.map((s) => s.canonical).filter((c): c is string => c !== null));
    const areas = REFORM_AREAS.filter((a) => present.has(a.id)).length;
    // the opening is read only when the areas alone do not make the report a full one
    const head = () => fold((markdown ?? '').slice(0, 2000)) + ' ' + fold(sections.map((s) => s.title).join(' '));
    // the title says what the report is about: a report on procedures that mentions the reform
    // plan in its opening is no full reform report
    const title = reportTitle(markdown ?? '');
    if (title !== '' && !CCHC_TITLE.test(title) && THEME_TITLE.test(title)) return;
    const full = areas >= 3 || (areas >= 1 && CCHC_TITLE.test(title === '' ? head() : title));
    if (!full) return;
    const absent = REFORM_AREAS.filter((a) => !present.has(a.id));
    if (absent.length === 0) return;
    const written = titledInText(ctx.view, absent);
    for (const area of absent) {
      if (written.has(area.id)) continue;
      ctx.report({ message: 'missing', data: { area: area.label }, records: [], keys: [`area:${area.id}`] });
    }
  },
  examples: {
    valid: [
      {
        name: 'all six areas present',
        lines: [
          { text: 'I. Công tác chỉ đạo, điều hành', kind: 'heading', section: 'I', canonical: 'direction' },
          { text: '1. Cải cách thể chế', kind: 'heading', section: 'II/1', canonical: 'institutions' },
          { text: '2. Cải cách thủ tục hành chính', kind: 'heading', section: 'II/2', canonical: 'procedures' },
          { text: '3. Cải cách tổ chức bộ máy', kind: 'heading', section: 'II/3', canonical: 'organization' },
          { text: '4. Cải cách chế độ công vụ', kind: 'heading', section: 'II/4', canonical: 'civil_service' },
          { text: '5. Cải cách tài chính công', kind: 'heading', section: 'II/5', canonical: 'public_finance' },
          { text: '6. Xây dựng Chính phủ số', kind: 'heading', section: 'II/6', canonical: 'digital_government' },
        ],
      },
      {
        name: 'no section tree: a passage, not a full report',
        lines: [{ text: 'Trong quý, Sở tiếp nhận 1.250 hồ sơ.', records: [{ metric: 'dossier.received', value: 1250 }] }],
      },
      {
        name: 'a report on one theme only (no reform-area wording in its opening)',
        lines: [
          { text: 'BÁO CÁO Kết quả công tác kiểm soát thủ tục hành chính quý II năm 2023' },
          { text: '1. Công bố, công khai TTHC', kind: 'heading', section: '1', canonical: 'procedures' },
          { text: '2. Kết quả giải quyết TTHC', kind: 'heading', section: '2', canonical: 'procedures' },
        ],
      },
      {
        name: 'a report on procedures whose opening names the reform plan and which has three areas',
        lines: [
          { text: 'BÁO CÁO' },
          { text: 'Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính, cơ chế một cửa, một cửa liên thông quý II năm 2024' },
          { text: 'Thực hiện Kế hoạch cải cách hành chính năm 2024 của UBND tỉnh, UBND huyện báo cáo như sau:' },
          { text: '1. Đánh giá tác động TTHC quy định tại VBQPPL', kind: 'heading', section: 'II/1', canonical: 'institutions' },
          { text: '2. Kết quả giải quyết thủ tục hành chính', kind: 'heading', section: 'II/2', canonical: 'procedures' },
          { text: '3. Thực hiện TTHC trên môi trường điện tử, chuyển đổi số', kind: 'heading', section: 'II/3', canonical: 'digital_government' },
        ],
      },
      {
        name: 'an area heading the section tree missed is still written in the text',
        lines: [
          { text: '1. Cải cách thể chế', kind: 'heading', section: 'II/1', canonical: 'institutions' },
          { text: '2. Cải cách thủ tục hành chính', kind: 'heading', section: 'II/2', canonical: 'procedures' },
          { text: '3. Cải cách tổ chức bộ máy', kind: 'heading', section: 'II/3', canonical: 'organization' },
          { text: '4. Cải cách chế độ công vụ', kind: 'heading', section: 'II/4', canonical: 'civil_service' },
          { text: '5. Cải cách tài chính công: Sở tiếp tục thực hiện cơ chế tự chủ.' },
          { text: '6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', kind: 'heading', section: 'II/6', canonical: 'digital_government' },
        ],
      },
    ],
    invalid: [
      {
        name: 'public finance missing from a full report',
        lines: [
          { text: 'BÁO CÁO Kết quả công tác cải cách hành chính quý II năm 2023' },
          { text: 'I. Công tác chỉ đạo, điều hành', kind: 'heading', section: 'I', canonical: 'direction' },
          { text: '1. Cải cách thể chế', kind: 'heading', section: 'II/1', canonical: 'institutions' },
          { text: '2. Cải cách thủ tục hành chính', kind: 'heading', section: 'II/2', canonical: 'procedures' },
          { text: '3. Cải cách tổ chức bộ máy', kind: 'heading', section: 'II/3', canonical: 'organization' },
          { text: '4. Cải cách chế độ công vụ', kind: 'heading', section: 'II/4', canonical: 'civil_service' },
          { text: '5. Xây dựng Chính phủ số', kind: 'heading', section: 'II/5', canonical: 'digital_government' },
        ],
        flags: [{ severity: 'warning', records: [], message: ['Cải cách tài chính công'] }],
      },
      {
        name: 'a title naming the reform and procedures control: a full report',
        lines: [
          { text: 'BÁO CÁO' },
          { text: 'Kết quả công tác cải cách hành chính và kiểm soát thủ tục hành chính năm 2024' },
          { text: '1. Cải cách thể chế', kind: 'heading', section: 'II/1', canonical: 'institutions' },
          { text: '2. Cải cách thủ tục hành chính', kind: 'heading', section: 'II/2', canonical: 'procedures' },
          { text: '3. Cải cách tổ chức bộ máy', kind: 'heading', section: 'II/3', canonical: 'organization' },
          { text: '4. Cải cách chế độ công vụ', kind: 'heading', section: 'II/4', canonical: 'civil_service' },
          { text: '5. Cải cách tài chính công', kind: 'heading', section: 'II/5', canonical: 'public_finance' },
        ],
        flags: [{ severity: 'warning', message: ['Chính phủ điện tử'] }],
      },
      {
        name: 'two areas missing',
        lines: [
          { text: '1. Cải cách thể chế', kind: 'heading', section: 'II/1', canonical: 'institutions' },
          { text: '2. Cải cách thủ tục hành chính', kind: 'heading', section: 'II/2', canonical: 'procedures' },
          { text: '3. Cải cách tổ chức bộ máy', kind: 'heading', section: 'II/3', canonical: 'organization' },
          { text: '4. Cải cách chế độ công vụ', kind: 'heading', section: 'II/4', canonical: 'civil_service' },
        ],
        flags: [
          { severity: 'warning', message: ['Cải cách tài chính công'] },
          { severity: 'warning', message: ['Chính phủ điện tử'] },
        ],
      },
    ],
  },
});
