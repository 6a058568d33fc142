/**
 * Figures of the period a report compares itself with, set in a bracket: both the extraction
 * (which reads no record from them) and the checks (which keep them out of sums and
 * comparisons) ask these, on the folded text before a figure.
 */

/**
 * A bracket opened right after a comparison and still open: "so với cùng kỳ năm 2023 (tiếp nhận
 * 4.102 hồ sơ, giải quyết 4.050 hồ sơ)", "tăng 5% so với cùng kỳ (1.200 hồ sơ". Not one that opens
 * on the report's own breakdown ("so với cùng kỳ (trong đó trực tuyến …").
 */
// (A comparison with the posts — "so với số được giao (1.264 người)" — restates the report's own whole; a plan's or a
// target's figures — "so với kế hoạch (1.140 hồ sơ)" — stay apart like another period's.)
// ("gấp 2,3 lần năm 2022 (123.560 hồ sơ)", "cao hơn năm trước (97,1%)": a multiple or a comparative compares as "so với" does.)
export const BRACKET_AFTER_COMPARISON =
  /(?<![a-z])(?:so voi(?!\s+(?:(?:so|so luong|tong so)\s+(?:duoc\s+)?giao|bien che)(?![a-z]))|cung ky|gap\s+(?:[\d.,]+\s*lan|doi|ruoi|(?:hai|ba|bon|nam) lan)|(?:cao|thap|nhieu|it|tang|giam) hon(?!\s+\d))[^.;()]{0,40}\((?!\s*(?:trong do|gom|bao gom|cu the)(?![a-z]))[^()]*$/;
