/**
 * A generated periodic report of about N pages, in the style of fixtures/reports: a header block,
 * direction, the six reform areas with per-unit dossier results (figures consistent within a unit,
 * varied by seed), assessment and plan. Length grows with the number of units under
 * "Kết quả giải quyết TTHC".
 */
import { h, item, li, p, table } from '../../../fixtures/lib/dsl.ts';
import { autoNumberMark } from '../../../fixtures/lib/numbering.ts';
import type { Block, Layout, ReportSource } from '../../../fixtures/lib/types.ts';
import { AGENCIES, COMMUNES, DISTRICTS, FIELDS, FILLERS, PERIODS, PROVINCES, SIGNERS, picker, type Pick } from './vocab.ts';

export interface ReportSpec {
  pages: number;
  seed: number;
  layout: Layout;
  name: string;
}

/** Units per page, calibrated against LibreOffice's page count (see corpus/ensure.ts). */
export const UNITS_PER_PAGE = 2.49;
/** Pages the skeleton takes without units. */
const SKELETON_PAGES = 2.0;

const pct = (num: number, den: number): string => (den === 0 ? '100' : ((num / den) * 100).toFixed(2).replace('.', ','));
const vn = (n: number): string => n.toLocaleString('de-DE'); // 1.234 grouping, as Vietnamese reports write it
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Split `total` into `n` positive parts. */
function split(k: Pick, total: number, n: number): number[] {
  const w = Array.from({ length: n }, () => k.int(1, 10));
  const sum = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.max(1, Math.floor((x / sum) * total)));
  parts[0] = (parts[0] ?? 0) + total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

class Marks {
  private counters = [0, 0, 0, 0];
  next(level: number): string {
    return autoNumberMark(this.counters, level);
  }
}

/** Units are grouped by district (a level-3 heading each), at most this many per group (level-4 "a)" … "y)"). */
const GROUP = 25;

function groupName(g: number): string {
  const d = DISTRICTS[g % DISTRICTS.length] ?? 'Phú Lương';
  const round = Math.floor(g / DISTRICTS.length);
  return `huyện ${d}${round > 0 ? ` (khu vực ${round + 1})` : ''}`;
}

function unitName(g: number, u: number): string {
  return `UBND xã ${COMMUNES[(g * 7 + u) % COMMUNES.length] ?? 'Tân Lập'}`;
}

function unitBlocks(k: Pick, name: string, label: string, mark: string, withTable: boolean): Block[] {
  const carried = k.int(5, 240);
  const fresh = k.int(150, 4800);
  const received = carried + fresh;
  const [online = 0, direct = 0, postal = 0] = split(k, fresh, 3);
  const fields = k.some(FIELDS, k.int(3, 5));
  const byField = split(k, received, fields.length);
  const pending = k.int(2, Math.max(3, Math.floor(received / 25)));
  const resolved = received - pending;
  const late = k.int(0, Math.max(1, Math.floor(resolved / 120)));
  const early = k.int(Math.floor(resolved / 4), Math.floor(resolved / 2));
  const onTime = resolved - late - early;
  const overdue = k.int(0, Math.min(3, pending));
  const blocks: Block[] = [
    h(4, mark, `Kết quả giải quyết TTHC tại ${name}`),
    p(
      `Trong ${label}, ${name} tiếp nhận **${vn(received)}** hồ sơ TTHC, trong đó kỳ trước chuyển sang **${vn(carried)}** hồ sơ, tiếp nhận mới **${vn(fresh)}** hồ sơ (trực tuyến ${vn(online)} hồ sơ, trực tiếp ${vn(direct)} hồ sơ, qua dịch vụ bưu chính công ích ${vn(postal)} hồ sơ). Phân theo lĩnh vực như sau:`,
    ),
    ...fields.map((f, i) => li('+', `Lĩnh vực ${f}: ${vn(byField[i] ?? 0)} hồ sơ${i === fields.length - 1 ? '.' : ';'}`)),
    p(
      `Đã giải quyết **${vn(resolved)}** hồ sơ; trong đó trước hạn ${vn(early)} hồ sơ, đúng hạn ${vn(onTime)} hồ sơ, quá hạn ${pad2(late)} hồ sơ; tỷ lệ giải quyết đúng và trước hạn đạt ${pct(early + onTime, resolved)}%. ${k.one(FILLERS)}`,
    ),
    p(
      `Số hồ sơ đang giải quyết là ${vn(pending)} hồ sơ, trong đó chưa đến hạn ${vn(pending - overdue)} hồ sơ, quá hạn ${pad2(overdue)} hồ sơ. ${k.one(FILLERS)}`,
    ),
  ];
  if (withTable) {
    // Pending spread over the fields exactly (the first field takes the remainder).
    const share = Math.floor(pending / fields.length);
    const rows = fields.map((f, i) => {
      const got = byField[i] ?? 0;
      const open = Math.min(got, share + (i === 0 ? pending - share * fields.length : 0));
      return [String(i + 1), f, vn(got), vn(got - open), vn(open)];
    });
    const sum = (c: number): string => vn(rows.reduce((a, r) => a + Number((r[c] ?? '0').replace(/\./g, '')), 0));
    blocks.push(
      p(`Kết quả tiếp nhận, giải quyết hồ sơ theo từng lĩnh vực của ${name} như sau:`),
      table([['STT', 'Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'], ...rows, ['', 'Tổng cộng', sum(2), sum(3), sum(4)]]),
    );
  }
  return blocks;
}

export function reportSource(spec: ReportSpec): ReportSource {
  const k = picker(spec.seed);
  const province = k.one(PROVINCES);
  const when = k.one(PERIODS);
  const agency = k.one(AGENCIES);
  const year = when.period.slice(0, 4);
  const units = Math.max(1, Math.round((spec.pages - SKELETON_PAGES) * UNITS_PER_PAGE));
  const m = new Marks();
  const blocks: Block[] = [];
  const issued = k.int(1, 6);
  const reviewed = k.int(20, 180);
  const procedures = k.int(90, 260);
  const onlineAll = k.int(60, procedures);
  const onlineFull = k.int(20, onlineAll);
  const quota = k.int(30, 90);
  const filled = quota - k.int(0, 6);

  blocks.push(
    p(
      `Thực hiện Kế hoạch số ${k.int(100, 3000)}/KH-UBND ngày ${k.int(1, 28)}/12/${Number(year) - 1} của UBND tỉnh ${province} về cải cách hành chính năm ${year}, ${agency.name} báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) ${when.label} như sau:`,
    ),
    h(1, m.next(1), 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', 'direction'),
    h(2, m.next(2), 'Ban hành kế hoạch và tổ chức thực hiện'),
    p(
      `Ngay từ đầu năm, Giám đốc Sở đã ban hành Kế hoạch CCHC năm ${year} với ${k.int(25, 60)} nhiệm vụ cụ thể, phân công cho các phòng, đơn vị thuộc Sở chủ trì thực hiện. ${k.one(FILLERS)}`,
    ),
    h(2, m.next(2), 'Công tác kiểm tra CCHC'),
    p(
      `Trong kỳ, Sở đã kiểm tra công tác CCHC tại **${pad2(k.int(2, 9))}** đơn vị trực thuộc; qua kiểm tra, các đơn vị chấp hành tốt kỷ luật, kỷ cương hành chính. ${k.one(FILLERS)}`,
    ),
    h(2, m.next(2), 'Công tác tuyên truyền CCHC'),
    p(`Sở đã đăng tải ${k.int(8, 40)} tin, bài về CCHC trên Trang thông tin điện tử; ${k.one(FILLERS)}`),
    h(1, m.next(1), 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CCHC', null),
    h(2, m.next(2), 'Cải cách thể chế', 'institutions'),
    p(
      `Trong ${when.label}, UBND tỉnh đã ban hành **${pad2(issued)}** VBQPPL do Sở chủ trì soạn thảo; Sở đã rà soát **${reviewed}** VBQPPL thuộc lĩnh vực quản lý và kiến nghị sửa đổi ${pad2(k.int(1, 6))} văn bản không còn phù hợp.`,
    ),
    h(2, m.next(2), 'Cải cách thủ tục hành chính', 'procedures'),
    h(3, m.next(3), 'Kiểm soát TTHC'),
    p(
      `Tổng số TTHC thuộc thẩm quyền giải quyết của Sở là **${procedures}** TTHC; 100% TTHC được niêm yết công khai tại Trung tâm Phục vụ hành chính công tỉnh và trên Cổng Dịch vụ công quốc gia. ${k.one(FILLERS)}`,
    ),
    p(
      `Trong kỳ, Sở tiếp nhận **${pad2(k.int(1, 9))}** phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính và đã xử lý xong theo quy định.`,
    ),
  );
  for (let g = 0; g * GROUP < units; g++) {
    blocks.push(
      h(3, m.next(3), `Kết quả giải quyết TTHC trên địa bàn ${groupName(g)}`),
      p(`Kết quả tiếp nhận, giải quyết hồ sơ TTHC của các xã trên địa bàn ${groupName(g)} như sau:`),
    );
    for (let u = 0; u < GROUP && g * GROUP + u < units; u++) {
      blocks.push(...unitBlocks(k, unitName(g, u), when.label, m.next(4), u % 4 === 3));
    }
  }
  blocks.push(
    h(2, m.next(2), 'Cải cách tổ chức bộ máy', 'organization'),
    p(
      `Cơ cấu tổ chức của Sở gồm Ban Giám đốc, **${pad2(k.int(4, 9))}** phòng chuyên môn, nghiệp vụ và **${pad2(k.int(1, 6))}** đơn vị sự nghiệp trực thuộc. Năm ${year}, Sở được giao **${quota}** biên chế công chức; hiện có mặt **${filled}** biên chế, còn thiếu **${pad2(quota - filled)}** biên chế so với số được giao.`,
    ),
    h(2, m.next(2), 'Cải cách chế độ công vụ', 'civil_service'),
    p(
      `Trong kỳ, Sở đã cử **${k.int(5, 60)}** lượt công chức, viên chức tham gia các lớp đào tạo, bồi dưỡng chuyên môn, nghiệp vụ; không có trường hợp nào vi phạm phải xem xét xử lý kỷ luật.`,
    ),
    h(2, m.next(2), 'Cải cách tài chính công', 'public_finance'),
    p(
      `Sở thực hiện cơ chế tự chủ theo Nghị định số 60/2021/NĐ-CP của Chính phủ. Dự toán chi ngân sách ${when.label} là ${k.int(2, 40)},${k.int(1, 9)} tỷ đồng; Sở thực hiện tiết kiệm 10% chi thường xuyên để tạo nguồn cải cách tiền lương.`,
    ),
    h(2, m.next(2), 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 'digital_government'),
    p(
      `Sở đang cung cấp **${onlineAll}** dịch vụ công trực tuyến, trong đó **${onlineFull}** dịch vụ công trực tuyến toàn trình và **${onlineAll - onlineFull}** dịch vụ công trực tuyến một phần. Tỷ lệ văn bản đi được ký số đạt 100%.`,
    ),
    h(1, m.next(1), 'ĐÁNH GIÁ CHUNG', 'assessment'),
    h(2, m.next(2), 'Ưu điểm'),
    p(`Công tác CCHC của Sở được triển khai đồng bộ, đúng kế hoạch. ${k.one(FILLERS)} Chỉ số CCHC năm ${Number(year) - 1} của Sở xếp thứ ${k.int(1, 19)}/19 sở, ban, ngành.`),
    h(2, m.next(2), 'Tồn tại, hạn chế'),
    p(`Một số hồ sơ còn quá hạn do thời gian xác minh kéo dài; tỷ lệ hồ sơ nộp trực tuyến toàn trình ở một số lĩnh vực chưa cao. ${k.one(FILLERS)}`),
    h(1, m.next(1), `PHƯƠNG HƯỚNG, NHIỆM VỤ ${when.next}`, 'plan'),
    item('1.', 'Tiếp tục rà soát, kiến nghị sửa đổi, bổ sung các VBQPPL không còn phù hợp với thực tiễn.'),
    item('2.', `Thực hiện kiểm tra công tác CCHC tại **${pad2(k.int(2, 6))}** đơn vị còn lại theo kế hoạch.`),
    item('3.', 'Nâng cao chất lượng giải quyết TTHC; đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC.'),
  );
  return {
    name: spec.name,
    purpose: 'benchmark corpus',
    agency: agency.name,
    province,
    period: when.period,
    periodLabel: when.label,
    layout: spec.layout,
    header: {
      parent: `UBND TỈNH ${province.toUpperCase()}`,
      agency: agency.short,
      number: `Số: ${k.int(10, 900)}/BC-${agency.code}`,
      place: `${province}, ngày ${k.int(1, 28)} tháng ${k.int(1, 12)} năm ${year}`,
      asTable: true,
    },
    title: ['BÁO CÁO', `Kết quả thực hiện công tác cải cách hành chính ${when.label}`],
    blocks,
    closing: { recipients: ['Sở Nội vụ;', 'Văn phòng UBND tỉnh;', 'Lưu: VT, VP.'], sign: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', k.one(SIGNERS)] },
    flags: [],
  };
}
