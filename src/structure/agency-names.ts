import { fold } from '../text/normalize.ts';

/**
 * Departments (sở) of a provincial government: the official name after "Sở" and the
 * abbreviations reports use ("Sở KH&CN", "SKHCN", "STP").
 */
const DEPARTMENTS: [name: string, abbreviations: string[]][] = [
  ['Khoa học và Công nghệ', ['KH&CN', 'KHCN']],
  ['Tư pháp', ['TP']],
  ['Tài nguyên và Môi trường', ['TN&MT', 'TNMT']],
  ['Giáo dục và Đào tạo', ['GD&ĐT', 'GDĐT', 'GD-ĐT']],
  ['Lao động - Thương binh và Xã hội', ['LĐ-TB&XH', 'LĐTBXH', 'LĐ,TB&XH']],
  ['Nông nghiệp và Phát triển nông thôn', ['NN&PTNT', 'NNPTNT']],
  ['Nông nghiệp và Môi trường', ['NN&MT', 'NNMT']],
  ['Văn hóa, Thể thao và Du lịch', ['VH,TT&DL', 'VHTTDL', 'VH-TT&DL', 'VHTT&DL']],
  ['Văn hóa và Thể thao', ['VH&TT', 'VHTT']],
  ['Thông tin và Truyền thông', ['TT&TT', 'TTTT', 'TT-TT']],
  ['Kế hoạch và Đầu tư', ['KH&ĐT', 'KHĐT', 'KH-ĐT']],
  ['Giao thông vận tải', ['GTVT', 'GT-VT']],
  ['Xây dựng', ['XD']],
  ['Nội vụ', ['NV']],
  ['Tài chính', ['TC']],
  ['Công Thương', ['CT']],
  ['Y tế', ['YT']],
  ['Ngoại vụ', ['NgV']],
  ['Du lịch', ['DL']],
  ['Dân tộc và Tôn giáo', ['DT&TG', 'DTTG']],
];

function abbrKey(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '');
}
function nameKey(s: string): string {
  // "Thông tin & Truyền thông" is "Thông tin và Truyền thông".
  return fold(s).replace(/&/g, ' va ').replace(/[^a-z0-9]+/g, ' ').trim();
}

const BY_ABBR = new Map<string, string>();
const BY_CODE = new Map<string, string>();
const BY_NAME = new Map<string, string>();
for (const [name, abbrs] of DEPARTMENTS) {
  BY_NAME.set(nameKey(name), name);
  for (const a of abbrs) {
    BY_ABBR.set(abbrKey(a), name);
    BY_CODE.set(`s${abbrKey(a)}`, name);
  }
  for (const v of halfAbbreviated(name)) if (!BY_ABBR.has(abbrKey(v))) BY_ABBR.set(abbrKey(v), name);
}

/**
 * A name abbreviated on one side of its "và" or both ("Nông nghiệp và PTNT", "Tài nguyên và MT",
 * "KH và CN"), as headers write long names on one line.
 */
function halfAbbreviated(name: string): string[] {
  const at = name.lastIndexOf(' và ');
  if (at < 0) return [];
  const [left, right] = [name.slice(0, at), name.slice(at + 4)];
  return [`${left} và ${initials(right)}`, `${initials(left)} và ${initials(right)}`];
}

function initials(words: string): string {
  return fold(words)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
}

/** The official casing of a department name written in any case ("KHOA HỌC VÀ CÔNG NGHỆ"). */
export function departmentName(name: string): string | null {
  return BY_NAME.get(nameKey(name)) ?? null;
}

/** Expand a department abbreviation ("KH&CN" → "Khoa học và Công nghệ"), or null. */
export function departmentByAbbreviation(abbr: string): string | null {
  return BY_ABBR.get(abbrKey(abbr)) ?? null;
}

/** Expand a one-word department code ("STP", "SKHCN") to "Sở …", or null. */
export function departmentByCode(code: string): string | null {
  const name = BY_CODE.get(abbrKey(code));
  return name ? `Sở ${name}` : null;
}

/** Every way "Sở X" is written, for counting mentions in a text (longest first). */
export function departmentSpellings(): [spelling: string, name: string][] {
  const out: [string, string][] = [];
  for (const [name, abbrs] of DEPARTMENTS) {
    out.push([name, name]);
    for (const a of abbrs) out.push([a, name]);
  }
  return out.sort((a, b) => b[0].length - a[0].length);
}
