/**
 * The district tier of a district's (or city's) own specialised bodies when they are counted beside its
 * communes: "12/13 cơ quan chuyên môn và 9/9 xã, thị trấn" (ISO), "kiểm tra tại 10 phòng, ban chuyên môn và
 * 14/14 UBND phường", "đã kiểm tra 04 phòng và 07 xã" (inspections). Alone, the bodies are one agency's own and get no tier.
 */
import type { Tier } from './tier.ts';

const OWN_BODIES = /^\s*(?:(?:co quan|phong(?:,? ban)?) chuyen mon\b|phong(?:,? ban)?(?=\s*(?:[,;.)]|va\b|$)))/;
// (Folded, "xã hội" and "phương án / pháp / thức / hướng / tiện" are no communes: "Sở Lao động - Thương binh và Xã hội".)
const COMMUNES = /\b(?:xa(?! hoi\b)|phuong(?! (?:an|phap|thuc|huong|tien|cham|trinh)\b)|thi tran)\b/;

/**
 * `tail`: the folded text from the end of the figure; `f`: its folded sentence; `agency`: the report's issuer.
 * "Phòng (, ban) chuyên môn" are the divisions of a district-level committee (a province's are "sở"), so
 * beside communes they are the district tier whatever the committee is called; "cơ quan chuyên môn" are so
 * only when a district, urban district or town is named (a centrally-run city's are departments).
 */
export function districtOwnBodies(f: string, tail: string, agency: string | null | undefined): Tier | undefined {
  const own = OWN_BODIES.exec(tail);
  // (The communes may be named before the bodies: "45/45 phường, xã …; 100% (18/18) phòng, ban chuyên môn …".)
  if (!own || !COMMUNES.test(f)) return undefined;
  if (/^\s*phong/.test(own[0])) return 'district';
  return /\b(?:huyen|quan|thi xa)\b/.test(f) || /^(?:Ủy ban nhân dân|UBND) (?:huyện|quận|thị xã)/u.test(agency ?? '') ? 'district' : undefined;
}
