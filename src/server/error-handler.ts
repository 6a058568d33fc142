/**
 * One error handler: the API answers {error: {code, message}}, pages show a Vietnamese error page.
 * Nothing of an unexpected error (stack, SQL, paths) reaches the client; it is logged instead.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';
import { QueueUnavailableError } from './pipeline-bridge.ts';
import { sendPage } from './respond.ts';
import { errorBody, errorTitle } from './views/error-page.ts';

interface Known {
  status: number;
  code: string;
  message: string;
}

function classify(error: FastifyError | HttpError | Error): Known {
  if (error instanceof HttpError) return { status: error.statusCode, code: error.code, message: error.message };
  if (error instanceof QueueUnavailableError) {
    return { status: 503, code: error.code, message: `Hàng đợi xử lý không hoạt động; các tệp đã được lưu và sẽ được xử lý khi gửi lại. ${error.message}` };
  }
  const code = (error as FastifyError).code ?? '';
  switch (code) {
    case 'FST_CSRF_MISSING_SECRET':
    case 'FST_CSRF_INVALID_TOKEN':
      return { status: 403, code: 'csrf', message: 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi thử lại.' };
    case 'FST_REQ_FILE_TOO_LARGE':
      return { status: 413, code: 'file-too-large', message: 'Tệp gửi lên vượt giới hạn kích thước.' };
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return { status: 413, code: 'too-many-files', message: 'Gửi quá nhiều tệp trong một lần.' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'body-too-large', message: 'Dữ liệu gửi lên quá lớn.' };
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { status: 400, code: 'not-multipart', message: 'Cần gửi tệp dạng multipart/form-data (trường "files").' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'unsupported-media-type', message: 'Kiểu nội dung (Content-Type) không được hỗ trợ.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'invalid-json', message: 'Nội dung JSON không hợp lệ.' };
  }
  if (error instanceof SyntaxError && (error as FastifyError).statusCode === 400) {
    return { status: 400, code: 'invalid-json', message: 'Nội dung JSON không hợp lệ.' };
  }
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) {
    return { status, code: 'bad-request', message: 'Yêu cầu không hợp lệ.' };
  }
  return { status: 500, code: 'internal', message: 'Lỗi hệ thống. Thao tác chưa thực hiện được; hãy thử lại sau hoặc báo quản trị.' };
}

export function isApi(req: FastifyRequest): boolean {
  return req.url === '/api' || req.url.startsWith('/api/') || req.url.startsWith('/api?');
}

/** The API, and the pages' own JSON calls (Accept: application/json), get JSON errors. */
function wantsJson(req: FastifyRequest): boolean {
  const accept = req.headers.accept ?? '';
  return isApi(req) || (accept.includes('application/json') && !accept.includes('text/html'));
}

export function sendError(req: FastifyRequest, reply: FastifyReply, known: Known): FastifyReply {
  if (wantsJson(req)) return reply.status(known.status).send({ error: { code: known.code, message: known.message } });
  return sendPage(req, reply, { title: errorTitle(known.status), body: errorBody(known.message), status: known.status });
}

export function errorHandler(error: FastifyError | Error, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = classify(error);
  if (known.status >= 500) req.log.error({ err: error }, 'request failed');
  else req.log.info({ code: known.code }, known.message);
  return sendError(req, reply, known);
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendError(req, reply, { status: 404, code: 'not-found', message: 'Không tìm thấy trang hoặc dữ liệu yêu cầu.' });
}
