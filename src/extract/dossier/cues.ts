/**
 * The words that say what a dossier figure counts, on folded text (lower case, no diacritics):
 * verbs ("tiếp nhận", "đã giải quyết", "trả kết quả"), timeliness ("trước hạn", "đúng hạn",
 * "quá hạn"), pending states ("đang giải quyết", "chưa đến hạn") and blockers — words that make
 * a dossier figure something the contract does not count ("đến hạn", "số hóa", "bổ sung").
 */
import { memoizeByLength } from '../../text/memo.ts';

export type DossierMetric =
  | 'dossier.received'
  | 'dossier.carried_over'
  | 'dossier.new'
  | 'dossier.resolved'
  | 'dossier.resolved_early'
  | 'dossier.resolved_on_time'
  | 'dossier.resolved_late'
  | 'dossier.pending'
  | 'dossier.pending_on_time'
  | 'dossier.pending_overdue'
  | 'dossier.returned'
  | 'dossier.processed'
  | 'dossier.rejected';

/** verb: what was done; timing: how it kept the deadline; block: not a counted figure; neutral: a phrase that only looks like a verb ("thẩm quyền giải quyết"). */
export type CueKind = 'verb' | 'timing' | 'block' | 'neutral';

export interface Cue {
  start: number;
  end: number;
  kind: CueKind;
  /** null for a blocker. */
  metric: DossierMetric | null;
  /** An abbreviation ("ĐH", "QH"): read in prose only — a table's "ĐH" column may be staff with a university degree. */
  terse?: boolean;
}

const B = '(?<![a-z0-9])';
const E = '(?![a-z0-9])';
const HAN = '(?:han|hen|thoi han)';
/** The deadline also written as "thời gian quy định" ("đúng thời gian quy định", "vượt thời gian quy định"). */
const HAN_OR_TIME = '(?:han|hen|thoi han|thoi gian quy dinh)';
// ("xử lý trên Hệ thống thông tin giải quyết TTHC (của tỉnh)": handled through the one-stop system.)
const CHANNEL = '(?:(?:trang |he thong |cong |phan mem |moi truong )?(?:dvctt|dvc|dich vu cong|truc tuyen|mang|bcci|buu chinh|buu dien|dien tu)|he thong thong tin (?:mot cua|giai quyet (?:tthc|thu tuc hanh chinh)))';

interface CueDef {
  /** The cue's words, spaces widened, without the word boundaries. */
  body: string;
  re: RegExp;
  kind: CueKind;
  metric: DossierMetric | null;
  terse?: boolean;
}

/** Spaces in a cue match any run of white space ("tiếp nhận  mới"). */
const def = (src: string, kind: CueKind, metric: DossierMetric | null, terse = false): CueDef => {
  const body = src.replace(/ /g, '\\s+');
  return { body, re: new RegExp(`${B}(?:${body})${E}`, 'g'), kind, metric, ...(terse ? { terse } : {}) };
};

const DEFS: CueDef[] = [
  // Timeliness. "đúng và trước hạn" (one figure) is on time.
  // ("đúng, trước hạn": the first word without its "hạn", right before the comma.)
  def(`(?:(?:truoc|som)(?: ${HAN})?\\s*(?:va|,|/|hoac)\\s*dung ${HAN}|dung(?: ${HAN})?\\s*(?:va|,|/|hoac)\\s*(?:truoc|som) ${HAN})`, 'timing', 'dossier.resolved_on_time'),
  // "được giải quyết trong hạn": resolved within the time limit (not "đang giải quyết trong hạn").
  def(`dung ${HAN_OR_TIME}|(?:giai quyet|tra ket qua|tra kq)(?<!dang (?:giai quyet|tra ket qua|tra kq)) trong ${HAN}`, 'timing', 'dossier.resolved_on_time'),
  // ("trả kết quả sớm 1.940 hồ sơ": early, with no "hạn" after "sớm".)
  def(`(?:truoc|som) ${HAN_OR_TIME}|som hon (?:(?:thoi )?han|thoi gian quy dinh)|(?:tra ket qua|tra kq|giai quyet) som(?! hon)`, 'timing', 'dossier.resolved_early'),
  // Terse labels right before their figure: "(ĐH: 785, QH: 5)" — on time, late.
  def(`dh(?=\\s*:?\\s*$)`, 'timing', 'dossier.resolved_on_time', true),
  def(`qh(?=\\s*:?\\s*$)`, 'timing', 'dossier.resolved_late', true),
  def(`(?:(?:cham|tre)(?:\\s*(?:,|/|va|hoac)\\s*(?:qua|tre|cham))?|qua) ${HAN}|ngoai ${HAN}(?! muc)|(?:qua|vuot|cham|tre) (?:so voi )?thoi gian quy dinh|vuot(?: qua)? (?:so voi )?thoi han|tre han|(?:tra(?: ket qua| kq)?|giai quyet) (?:cham|tre|muon)(?: han| hen)?|(?:cham|tre) (?:giai quyet|xu ly)(?! (?:la|duoc)\b)|cham tra(?: ket qua| kq)?|cham tre|tre hen|(?:cham|tre) muon|cham so voi|(?:ho so|hs) (?:cham|tre)(?! (?:nhat|tien do))|cham(?=\\s*(?:la\\s*)?$)`, 'timing', 'dossier.resolved_late'),
  // ("còn hạn: 301 hồ sơ": still within the time limit; not "còn hạn chế", still limited.)
  def(`(?:chua den|chua qua|con trong|trong) ${HAN}|con (?:han(?!\\s+che)|hen|thoi han)`, 'timing', 'dossier.pending_on_time'),
  def(`(?:da )?qua ${HAN}(?: giai quyet)?,? (?:nhung |ma )?chua (?:co ket qua|giai quyet|tra ket qua|duoc giai quyet)|dang (?:giai quyet|xu ly) qua ${HAN}|(?:ton|con ton) qua ${HAN}|da qua ${HAN}(?: (?:giai quyet|xu ly))?`, 'timing', 'dossier.pending_overdue'),
  // Carried forward to the next period ("tồn chuyển kỳ sau 36 hồ sơ"): still pending at the period's end.
  // ("còn 5 hồ sơ chuyển sang tháng 01/2025": the next period named by its number.)
  // ("số hồ sơ chuyển sang quý III tiếp tục giải quyết là 47", "chuyển tiếp sang tháng 11/2025 để xử lý: 26": the verb after the next period is its continuation.)
  def(`(?:(?:con )?ton|chuyen)(?: chuyen| tiep)?(?: sang| qua)? (?:ky|thang|quy|nam|dot) (?:sau|toi|tiep theo)(?: (?:de |va )?(?:tiep tuc )?(?:giai quyet|xu ly))?|chuyen(?: tiep)? (?:sang|qua) (?:ky|thang|quy|nam|dot)(?: [a-z0-9/]+){1,3}? (?:de |va )?(?:tiep tuc )?(?:giai quyet|xu ly)|chuyen (?:sang|qua) (?:thang|quy|nam)(?=\\s*$|\\s+(?:\\d|[ivx]+(?![a-z])))`, 'verb', 'dossier.pending'),
  // Carried over and new before the general "tiếp nhận".
  // ("Số hồ sơ tồn đầu kỳ: 86", "hồ sơ đầu kỳ": the backlog the period opened with.)
  def(`(?:(?:ho so|hs) )?(?:(?:con )?ton(?: lai)? (?:tu )?dau|dau(?<=(?:ho so|hs) dau)) (?:ky|thang|quy|nam|dot)(?! [a-z])|(?:ton |con ton )?(?:tu |cua )?ky truoc(?: chuyen (?:sang|qua))?|(?:thang|quy|nam) truoc chuyen (?:sang|qua)|(?:ton|con ton)(?: tu| cua)? (?:thang|quy|nam|dot) truoc|chuyen tu ky truoc|ton chuyen (?:sang|qua)|(?:ton |con ton )?(?:tu |cua )?(?:quy|thang|nam|dot|ky) [a-z0-9/]+(?: [a-z0-9/]+){0,2}? chuyen (?:sang|qua)|chuyen tu (?:quy|thang|nam|dot|ky) [a-z0-9/]+(?: [a-z0-9/]+){0,2}? (?:sang|qua)`, 'verb', 'dossier.carried_over'),
  // "… (gồm 287 hồ sơ mới và 25 hồ sơ tồn …)", "(kỳ trước: 40; trong kỳ: 820)": "mới" right after the unit ("xã mới tiếp nhận" is the new,
  // merged commune receiving, not dossiers newly received).
  def(`(?:(?:ho so|hs) )?(?:tiep nhan|nhan|phat sinh|thu ly) moi|(?:(?:ho so|hs) )?moi(?<!(?:xa|phuong|tinh|thi tran|don vi|dac khu) moi) (?:tiep nhan|nhan|phat sinh|thu ly)|(?:ho so|hs) moi|^\\s*moi(?! (?:nhat|day|duoc|dang|chi|co|tiep nhan|nhan|phat sinh|truong))|trong ky(?<!(?:nhan|giai quyet|xu ly|thu ly) trong ky)(?=\\s*:\\s*$)`, 'verb', 'dossier.new'),
  // One figure, two verbs: the first one counts ("tiếp nhận (và) giải quyết N" is received).
  def(`(?:tiep nhan|nhan)(?:,| va) (?:giai quyet|tra ket qua|tra|xu ly)|tiep nhan (?:giai quyet|xu ly)`, 'verb', 'dossier.received'),
  // "Số hồ sơ nhận giải quyết" (the column of the official report form): dossiers taken in to be resolved.
  def(`(?:ho so|hs) (?:tiep nhan|nhan) giai quyet`, 'verb', 'dossier.received'),
  def(`(?:giai quyet|xu ly)(?: xong)?(?:,| va) tra (?:ket qua|kq)`, 'verb', 'dossier.resolved'),
  def(`(?:da va dang|dang va da) (?:giai quyet|xu ly)|luy ke`, 'verb', 'dossier.received'),
  // "Tổng số hồ sơ phải xử lý": the period's whole.
  def(`(?:phai|can) (?:giai quyet|xu ly)`, 'verb', 'dossier.received'),
  // Pending before resolved ("đang (được) giải quyết" is not "đã giải quyết"); "hồ sơ tồn" (the backlog: "số hồ
  // sơ tồn tính đến ngày 20/12 là 41"); a bare "tồn" right before its figure ("tồn 4 HS"),
  // "tồn cuối kỳ" (not "tồn cuối kỳ trước", carried over); "hiện còn" / "đến nay còn" right before the figure ("hiện còn 03 hồ sơ
  // chậm giải quyết": still there at the report's date; not "còn lại", the rest of a whole, nor "trong năm vẫn còn
  // N hồ sơ giải quyết quá hạn", there were still some).
  def(`dang (?:duoc )?(?:trong (?:qua trinh|thoi gian) |tiep tuc )?(?:giai quyet|xu ly|thu ly|tham dinh|thuc hien)|chua (?:duoc )?(?:giai quyet|xu ly|co ket qua|tra(?: ket qua| kq)?)|(?:dang|chua) gq|con ton|ton dong|(?:ho so|hs) (?:con )?ton(?: lai)?|(?:con )?ton(?: lai)? (?:den )?cuoi (?:ky|thang|quy|nam|dot)(?! truoc)(?: bao cao)?|dang (?:xem xet|cho)|ton(?: lai)?(?=\\s*:?\\s*$)|(?:hien|hien nay|hien tai|den nay)(?: van)? con(?=\\s*$)`, 'verb', 'dossier.pending'),
  def(`(?:giai quyet|xu ly)(?: ho so)? (?:qua|tren) ${CHANNEL}`, 'verb', 'dossier.processed'),
  // "dừng xử lý" (at the applicant's request, the one-stop system's state for withdrawn dossiers), not "tạm dừng".
  // ("bị trả về do không đúng thẩm quyền": sent back to the applicant, not a result returned.)
  // ("Số hồ sơ từ chối tiếp nhận, yêu cầu bổ sung: 96": one label of two kinds read by its first, the refusal — not the supplement's blocker.)
  // ("Hồ sơ trả về do không đúng thẩm quyền: 5": sent back, with the reason why, as "bị trả về".)
  def(`(?:tra lai|tu choi(?: (?:tiep nhan|giai quyet|nhan))?)(?:,| va| hoac) (?:yeu cau |de nghi )?bo sung(?:(?:,| va) hoan thien)?(?: ho so)?|tra lai|bi tra ve|tra ve(?= (?:do|vi|ly do)(?![a-z]))|tu choi(?: (?:tiep nhan|giai quyet|nhan))?|dung(?<!(?:tam|xay) dung) (?:xu ly|giai quyet)|rut (?:ho so|lai)|(?:ho so )?bi rut|xin rut|rut(?=\\s*$)|rut(?<=(?:^|(?:ho so|hs) )\\s*(?:(?:cong dan|to chuc|ca nhan|nguoi dan|doanh nghiep|nguoi nop) )?(?:da |tu |xin )?rut)(?! (?:gon|ngan|kinh nghiem|bot|ra))|khong du dieu kien(?: (?:giai quyet|tiep nhan|xu ly))?|khong (?:duoc )?tiep nhan|(?:bi )?huy(?: bo)?|huy ho so`, 'verb', 'dossier.rejected'),
  // "đã trả kết quả giải quyết 2.140 hồ sơ", "trả kết quả giải quyết TTHC cho 530 hồ sơ": the dossiers resolved (their
  // results handed over) — a channel or a way right after ("trả kết quả giải quyết qua Cổng DVC", "… hồ sơ theo
  // hình thức:") makes it the results returned.
  def(`(?:(?:da|duoc) )?tra (?:ket qua|kq) giai quyet(?! (?:(?:ho so|tthc|thu tuc hanh chinh) )?(?:qua|tren|truc|bang|tai|theo hinh thuc)(?![a-z]))`, 'verb', 'dossier.resolved'),
  // ("đã trả kết quả giải quyết qua …": the auxiliary's match runs on over the whole verb, or "giải quyết" would be left a verb of its own.)
  // ("trả bản điện tử qua Cổng dịch vụ công 1.370 hồ sơ": the result handed over in electronic form.)
  def(`tra (?:ket qua|kq)(?: giai quyet)?|tra(?<!(?:thanh|kiem|tham|dieu|tim) tra) ban (?:dien tu|giay)|(?:da|duoc|thuc hien|chuyen|phat) tra(?: (?:ket qua|kq)(?: giai quyet)?)?|chuyen phat|nhan (?:ket qua|kq)|tra (?:cho|ve)|tra(?<!(?:thanh|kiem|tham|dieu|tim|tra) tra) (?:qua|tai|truc|tren)`, 'verb', 'dossier.returned'),
  // "số kết quả trả qua Cổng DVC là N", "… và trả 4.870 kết quả": a bare "trả" right before its figure.
  // ("kết quả nhận trực tiếp: 9.004 hồ sơ": the results the applicants collected, not dossiers received.)
  def(`(?:ket qua|kq) (?:da |duoc )?(?:tra|nhan(?! (?:duoc|tu|ho so|hs)(?![a-z])))|tra(?<!(?:thanh|kiem|tham|dieu|tim|tra|tuan|chua) tra)(?=\\s*$)`, 'verb', 'dossier.returned'),
  // ("cấp huyện chuyển lên cấp tỉnh 86 hồ sơ": interlinked dossiers sent up, taken in by the level above.)
  // ("… của Sở nhận 842 hồ sơ qua dịch vụ BCCI": a bare "nhận" right before its figure.)
  def(`tiep nhan|thu ly|chuyen len (?:cap|so|ubnd|uy ban)|(?:da|duoc) nhan|nhan (?:qua|tai|truc|tren)|nhan(?<!(?:xac|cong|ghi|thua|tiep|tra|bien|giao|cam|tu) nhan)(?=\\s*$)|(?:ho so|hs) nhan|nop|phat sinh|yeu cau giai quyet|dang ky (?:qua|truc)`, 'verb', 'dossier.received'),
  def(`(?:da |duoc )?(?:giai quyet|xu ly|gq)(?: xong)?|co ket qua|thuc hien,? giai quyet|hoan thanh`, 'verb', 'dossier.resolved'),
  // "cấp Giấy chứng nhận đăng ký hộ kinh doanh cho 412 hồ sơ": a result issued for the dossiers right
  // after ("tiếp nhận, thẩm định và cấp phép cho 58 hồ sơ" is a series read by its first verb).
  def(`cap(?<!(?:tiep nhan|nhan)[a-z ,]{0,40}cap) (?:giay|phep|the|ban sao|chung chi|moi|doi|lai)(?: [a-z]+){0,10} cho(?=\\s*$)`, 'verb', 'dossier.resolved'),
  // ("nhận 64 hồ sơ cấp giấy phép xây dựng, đã cấp phép 58 hồ sơ": the permits issued right before the figure.)
  def(`(?:da|duoc) cap (?:phep|giay phep|giay chung nhan|gcn)(?=\\s*$)`, 'verb', 'dossier.resolved'),
  // Phrases that hold a verb without stating it ("thời hạn giải quyết", unless a timeliness
  // word ends on its "thời hạn": "đang trong thời hạn giải quyết" is pending on time).
  def(`(?:tham quyen|thoi gian|thoi han(?<!(?:trong|truoc|som|dung|qua|tre|cham) thoi han)|quy trinh|tinh trang|de nghi|trach nhiem|linh vuc) (?:giai quyet|xu ly|tiep nhan)|(?:bo phan|trung tam|noi|diem) (?:tiep nhan|mot cua) (?:ho so )?va tra ket qua|bo phan (?:tiep nhan|mot cua)`, 'neutral', null),
  // "người nộp (hồ sơ)": the applicant, not a dossier filed.
  def(`nguoi nop(?: ho so)?`, 'neutral', null),
  // A procedure's name that opens on "giải quyết" ("giải quyết mai táng phí", "giải quyết chế độ trợ cấp", "giải quyết hưởng
  // trợ cấp thất nghiệp"): the kind of dossier, not a verb done.
  def(`giai quyet (?:che do|mai tang phi|tro cap|huong (?:che do|tro cap|bao hiem|mai tang))`, 'neutral', null),
  // "Phân theo cấp giải quyết: cấp huyện 9.206 hồ sơ": the level that resolves, not a verb done.
  // (Only after "theo": a table's header "Cấp | Tiếp nhận | Đã giải quyết" names a level column, then a verb.)
  def(`theo cap (?:giai quyet|tiep nhan|xu ly)`, 'neutral', null),
  // "số hồ sơ có hẹn trả": dossiers given a date for their result, not results returned.
  def(`(?:co )?hen tra(?: ket qua| kq)?`, 'neutral', null),
  // "hồ sơ giải quyết theo cơ chế một cửa liên thông là 213": the way the dossiers go, not a verb done.
  def(`(?:ho so|hs) (?:giai quyet|xu ly|thuc hien) theo (?:co che|hinh thuc)`, 'neutral', null),
  // "Giải quyết theo cơ chế một cửa liên thông: chưa phát sinh hồ sơ": a label naming the mechanism, not a verb done.
  def(`(?:giai quyet|xu ly|thuc hien)(?<!(?:da|duoc) (?:giai quyet|xu ly|thuc hien)) theo co che mot cua(?: lien thong)?(?=\\s*:)`, 'neutral', null),
  // A system's name: "Hệ thống thông tin giải quyết TTHC", "phần mềm xử lý hồ sơ"; the body that
  // resolves: "do lỗi của cơ quan giải quyết 20 hồ sơ", "8 hồ sơ do cơ quan giải quyết" (the cause).
  def(`(?:he thong thong tin|phan mem) (?:giai quyet|xu ly|tiep nhan)|(?:loi|trach nhiem) (?:cua )?(?:co quan|don vi|bo phan) (?:giai quyet|xu ly|tiep nhan|chuyen mon)|do (?:cac )?(?:co quan|don vi|bo phan) (?:giai quyet|xu ly|tiep nhan)`, 'neutral', null),
  // A field named with a blocker's words ("lĩnh vực Thi đua – Khen thưởng: 402 hồ sơ", "lĩnh vực Văn thư, lưu
  // trữ"): the lĩnh vực of the dossiers, not commendation files or archives.
  def(`linh vuc (?:thi dua(?:\\s*[-–,]\\s*|\\s+(?:va\\s+)?)khen thuong|khen thuong|van thu(?:\\s*[-–,]\\s*|\\s+(?:va\\s+)?)luu tru|luu tru)`, 'neutral', null),
  // A place named with a blocker's word ("xã Tân Lập 875 hồ sơ", "phường Độc Lập"): the body the figure is of, not a file drawn up.
  def(`(?:xa|phuong|thi tran|thon|ap|khu pho) (?!(?:da|duoc|chua|khong|phai|can|moi|se|dang|cung|tien|thuc|tu|chi|van|deu|tiep|lai|co)(?![a-z]))[a-z]+ lap(?![a-z])`, 'neutral', null),
  // "số hồ sơ phải xác minh, chưa đủ điều kiện cấp là 150": dossiers held for verification, a step no metric counts.
  def(`(?:phai|dang|cho|can) xac minh|chua du dieu kien`, 'block', null),
  // ("số hóa kết quả giải quyết TTHC": the digitisation of results runs over the verb in its object.)
  // ("kiểm tra ngẫu nhiên 30 hồ sơ …, phát hiện 5 hồ sơ có sai sót": what a check found, no intake.)
  // ("52 triệu hồ sơ đồng bộ trạng thái": records synchronised between systems, no intake.)
  // Blockers: due dossiers, digitisation, archives, recruitment files, supplements, waiting, look-ups, status updates,
  // information passed on between the bodies of an interlinked procedure.
  def(`den han(?<!chua den han)|so hoa(?: (?:ket qua|kq)(?: giai quyet)?)?|thuc hien lai|ban sao dien tu|tai su dung|(?:cap|co) ket qua dien tu|luu tru|thi tuyen|xet tuyen|du tuyen|bo sung|sua doi|tam dung(?: (?:xu ly|giai quyet))?|tra cuu|truy cap|cap nhat|cho tra (?:ket qua|kq)|huong dan|danh gia|khen thuong|tham dinh|du an|cung ky|xin loi|chuyen thong tin|luan chuyen|chuyen (?:den |sang |cho )?(?:co quan|don vi) (?:co tham quyen|khac)|sang (?:cac )?(?:co quan|don vi)(?: [a-z]+){0,2}? (?:co tham quyen|khac|chuyen mon)|hoan thien|gia han|thanh toan|nop phi|le phi|kiem tra|ra soat|tham tra|chinh ly|lap(?<!(?:thanh|tan|doc|trung) lap)(?! thach)|bien muc|giao nop|nop luu|phat hien|dong bo(?: trang thai)?`, 'block', null),
];

/**
 * Any cue at all: matches wherever one of DEFS would, so a segment it does not match holds no cue
 * (two segments in three, as windows are short) and the twenty searches are skipped.
 */
const ANY_CUE = new RegExp(`${B}(?:${DEFS.map((d) => `(?:${d.body})`).join('|')})${E}`);

/** Cues of the report's segments, at offsets within the segment: its headings and clauses are read again and again. */
const segmentCues = memoizeByLength((seg: string): readonly Cue[] => cuesOf(seg), 1 << 22);

/** Every cue in folded[from, to), longest first where two start at the same place. */
export function findCues(folded: string, from: number, to: number): Cue[] {
  return segmentCues(folded.slice(from, to)).map((c) => ({ ...c, start: from + c.start, end: from + c.end }));
}

function cuesOf(seg: string): Cue[] {
  if (!ANY_CUE.test(seg)) return [];
  const out: (Cue & { order: number })[] = [];
  DEFS.forEach((d, order) => {
    d.re.lastIndex = 0;
    for (let m = d.re.exec(seg); m; m = d.re.exec(seg)) {
      if (m[0].length === 0) {
        d.re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, kind: d.kind, metric: d.metric, order, ...(d.terse ? { terse: true } : {}) });
    }
  });
  // Overlapping cues: the longest wins, then the earlier definition.
  out.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: Cue[] = [];
  for (const c of out) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push({ start: c.start, end: c.end, kind: c.kind, metric: c.metric, ...(c.terse ? { terse: true } : {}) });
  }
  return kept.filter((c) => c.kind !== 'neutral').sort((a, b) => a.start - b.start);
}

/** The cues of a table's header or caption: abbreviations are left to prose. */
export function headerCues(folded: string): Cue[] {
  return findCues(folded, 0, folded.length).filter((c) => !c.terse);
}

/** Does a folded span say "rate" ("tỷ lệ", "tỉ lệ")? */
export function mentionsRate(folded: string): boolean {
  return /(?<![a-z])t[yi] le(?![a-z])/.test(folded);
}
