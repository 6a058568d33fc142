/**
 * `channel` of a dossier figure: `online` (DVCTT, trực tuyến, cổng dịch vụ công, qua mạng, môi trường điện tử, giao dịch điện tử),
 * `postal` (BCCI, bưu chính công ích, bưu điện), `direct` (trực tiếp, tại quầy). Read on folded text; a span
 * naming two channels ("trực tiếp và qua bưu chính") is a mixed group and gets none.
 */
export type Channel = 'online' | 'postal' | 'direct';

const PATTERNS: [RegExp, Channel][] = [
  // ("giao dịch điện tử": the social-insurance agency's word for dossiers filed online; "ứng dụng VNeID": the identity app)
  // ("trả kết quả điện tử", "kết quả giải quyết TTHC điện tử", "trả bản điện tử": the result sent in electronic form, online; "phát sinh trên Cổng là …": the portal named before)
  // ("tiếp nhận qua Hệ thống thông tin giải quyết TTHC của tỉnh": filed through the province's online system — not
  // "theo số liệu trên Hệ thống …", where the system is where the figures come from)
  [/(?<![a-z])(?:dvctt|dvc|dich vu cong(?! ich)|truc tuyen|qua mang|moi truong (?:mang|dien tu)|cong dich vu|giao dich dien tu|ket qua(?: giai quyet)?(?: (?:tthc|thu tuc hanh chinh))? dien tu|ban dien tu|vneid|(?:tren|qua) cong(?=\s*(?:[,.;:)]|$|la\s|\d|quoc gia))|(?:tren|qua)(?<!(?:du lieu|so lieu|thong ke|bao cao) (?:tren|qua)) he thong thong tin giai quyet (?:tthc|thu tuc hanh chinh))(?![a-z])/g, 'online'],
  [/(?<![a-z])(?:bcci|buu chinh|buu dien)(?![a-z])/g, 'postal'],
  // ("trả tại quầy": at the counter)
  // ("kết quả được trả tại Bộ phận Một cửa": handed over at the desk)
  [/(?<![a-z])(?:truc tiep|tai quay|tai(?<=tra(?: ket qua| kq)? tai) (?:bo phan|trung tam|quay))(?![a-z])/g, 'direct'],
];

/** The channels named in a folded span, in order of first mention. */
export function channelsIn(folded: string): Channel[] {
  const found: { at: number; channel: Channel }[] = [];
  for (const [re, channel] of PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (m) found.push({ at: m.index, channel });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.channel);
}

/** The one channel a folded span names; undefined when none or several. */
export function channelOf(folded: string): Channel | undefined {
  const all = channelsIn(folded);
  return all.length === 1 ? all[0] : undefined;
}
