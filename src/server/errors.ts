/** Errors a request may end with: a status, a stable code, a Vietnamese message for people. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string, code = 'bad-request'): HttpError => new HttpError(400, code, message);
export const notFound = (message = 'Không tìm thấy trang hoặc dữ liệu yêu cầu.'): HttpError => new HttpError(404, 'not-found', message);
export const unauthorized = (message = 'Cần đăng nhập hoặc mã truy cập (Authorization: Bearer …).'): HttpError =>
  new HttpError(401, 'unauthorized', message);
export const forbidden = (message = 'Tài khoản không có quyền thực hiện thao tác này.'): HttpError =>
  new HttpError(403, 'forbidden', message);
