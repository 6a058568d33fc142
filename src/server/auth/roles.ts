import type { Role } from '../../store/index.ts';

const RANK: { [R in Role]: number } = { uploader: 1, analyst: 2, admin: 3 };

export const ROLE_LABELS: { [R in Role]: string } = {
  uploader: 'Người nộp báo cáo',
  analyst: 'Chuyên viên phân tích',
  admin: 'Quản trị',
};

/** Roles are ordered: an admin may do what an analyst may, an analyst what an uploader may. */
export function roleAllows(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}
