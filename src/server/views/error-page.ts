import { html } from '../html.ts';

const TITLES: { [status: number]: string } = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Cần đăng nhập',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  413: 'Dữ liệu gửi lên quá lớn',
  429: 'Thử lại sau',
  500: 'Lỗi hệ thống',
  503: 'Tạm thời không xử lý được',
};

export function errorTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? TITLES[500]! : TITLES[400]!);
}

export function errorBody(message: string) {
  return html`<p class="error-message">${message}</p><p><a href="/">Về trang chính</a></p>`;
}
