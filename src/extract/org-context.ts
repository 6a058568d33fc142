/**
 * When a count of divisions or units ("05 phòng chuyên môn", "12 đơn vị sự nghiệp") is not the agency's
 * structure (CONTRACT §3 org.divisions / org.units): the bodies something is done to or for ("hướng dẫn 12 đơn vị
 * sự nghiệp", "giao quyền tự chủ cho 45 đơn vị", "kiểm tra … tại 08 đơn vị", "vị trí việc làm của 06 đơn vị"), and
 * the bodies a clause about dossiers picks out ("05 đơn vị trực thuộc còn để xảy ra hồ sơ trễ hạn", "Số phòng chuyên
 * môn có hồ sơ trễ hạn: 02 phòng"). Shared by the org-divisions and org-units rules.
 */

/** A preposition or a verb of doing right before the figure: its bodies are an object, not a structure. */
// ("được bố trí tại 04 phòng nghiệp vụ": the staff placed in the agency's divisions, which are its structure.)
const ACTED_ON = /\b(?:cho|tai(?<!bo tri tai)|cua|doi voi|huong dan|phe duyet|giao|ho tro|chi dao|don doc|trinh|de nghi|lam viec voi|khao sat|danh gia|xep loai|khen thuong)\s*(?:(?:hon|tren|gan|khoang)\s*)?$/;

/** A count of bodies joined right before the figure ("07 phòng và", "03 phòng chuyên môn, ", "06 UBND xã, thị trấn và", "05 sở, ngành; "). */
const JOINED_BEFORE = /(?<![\d.,])\d[\d.]*\s+(?:(?:ubnd|uy ban nhan dan) )?(?:phong|don vi|chi cuc|trung tam|co quan|xa|phuong|thi tran|so|huyen|quan|thi xa)(?:,? [a-z]+){0,4}\s*(?:,|;|\bva)\s*$/;

/** "(Cả) 12 đơn vị trực thuộc đều được kiểm tra": bodies that undergo something. */
/** ("03 phòng chuyên môn được UBND tỉnh tặng Bằng khen": the one who acts may stand between.) */
// ("01 phòng chuyên môn và 02 đơn vị sự nghiệp được sáp nhập": bodies merged away are a change, not the structure.)
const UNDERGOES = /\b(?:deu )?(?:duoc|bi)\s+(?:(?:kiem tra|thanh tra|giam sat|danh gia|xep loai|khen thuong|huong dan|giao|sap nhap|hop nhat|giai the|chuyen giao)\b|(?:[a-z]+\s+){0,5}?(?:tang (?:bang khen|giay khen|co thi dua)|khen thuong|cong nhan|nhac nho|phe binh)\b)/;

/** "03 phòng chuyên môn đạt danh hiệu “Tập thể lao động xuất sắc”": the bodies that earned a title, picked out of the structure. */
const AWARDED = /^[a-z ]{0,40}?\b(?:dat|duoc trao|nhan)\s+(?:danh hieu|giai thuong|giai|bang khen|giay khen|co thi dua)\b/;

/** ISO work right after the bodies, in their clause: "… tiếp tục duy trì, cải tiến HTQLCL", "… đã áp dụng hệ thống quản lý chất lượng". */
const ISO_WORK_AFTER = /^[^;.]{0,60}?\b(?:ap dung|duy tri|xay dung|cong bo|chuyen doi|cai tien|van hanh)\b[^;.]{0,50}?\b(?:htqlcl|iso|he thong quan ly chat luong)\b/;

/** A step of ISO work said of the bodies right after them, its system named elsewhere in the sentence ("… chưa áp dụng"). */
const ISO_STEP_AFTER = /^[a-z ]{0,30}?\b(?:chua|da|dang|van)\s+(?:ap dung|duy tri|xay dung|cong bo|trien khai|chuyen doi)\b/;
const ISO_NAMED = /\b(?:iso|htqlcl|he thong quan ly chat luong)\b/;

/** Dossiers, procedures and their timeliness. */
const DOSSIERS = /\b(?:ho so|tthc|thu tuc hanh chinh|tre han|tre hen|qua han)\b/;

/** True when the count at [start, end) in the folded sentence `f` is bodies acted on, or picked out by dossiers. */
export function notStructure(f: string, start: number, end: number): boolean {
  if (ACTED_ON.test(f.slice(Math.max(0, start - 30), start))) return true;
  // ("đánh giá nội bộ tại 07 phòng và 02 đơn vị trực thuộc": a count joined to bodies acted on is acted on too.)
  // ("kiểm tra tại 04 phòng chuyên môn; 07 UBND xã và 02 đơn vị sự nghiệp": back over each count of the list, up to the verb.)
  let head = start;
  for (let i = 0; i < 4; i++) {
    const near = Math.max(0, head - 50);
    const joined = JOINED_BEFORE.exec(f.slice(near, head));
    if (!joined) break;
    head = near + joined.index;
    if (ACTED_ON.test(f.slice(Math.max(0, head - 30), head))) return true;
  }
  // The figure's own stretch: from the last comma or ";" before it to the next after it.
  const from = Math.max(f.lastIndexOf(';', start), f.lastIndexOf(',', start)) + 1;
  const rest = f.slice(end);
  const to = rest.search(/[;,]|\.(?!\d)/);
  const after = to < 0 ? rest : rest.slice(0, to);
  // ("Sở và 06 đơn vị trực thuộc tiếp tục duy trì, cải tiến HTQLCL": the bodies doing ISO work, not a structure the clause states with "có".)
  if (ISO_WORK_AFTER.test(rest) && !/\b(?:co|gom|bao gom)\b/.test(f.slice(f.lastIndexOf(';', start) + 1, start))) return true;
  // ("Sở duy trì ISO tại 05 phòng chuyên môn; 02 đơn vị sự nghiệp chưa áp dụng": the bodies' state of the ISO work the sentence names.)
  if (ISO_STEP_AFTER.test(after) && ISO_NAMED.test(f)) return true;
  // ("02 phòng còn lại sẽ hoàn thành trong quý I": the rest of bodies counted before, not the structure.)
  return DOSSIERS.test(f.slice(from, start)) || DOSSIERS.test(after) || UNDERGOES.test(after) || AWARDED.test(after) || /^\s*[a-z ]{0,30}?\bcon lai\b/.test(after);
}
