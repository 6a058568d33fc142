import { detectFormat } from './detect-format.ts';
import { InputError } from './input-error.ts';
import { convertDocx } from './docx.ts';
import { convertPdf } from './pdf.ts';
import type { Conversion, ConvertOptions } from './types.ts';

export type { Conversion, ConvertOptions, PageSpan } from './types.ts';
export { detectFormat } from './detect-format.ts';
export { InputError, isInputError } from './input-error.ts';

/** Bumped whenever a converter's output may change; stored beside each conversion. */
export const CONVERTER_VERSION = '1';

/** Convert a report's bytes to the Markdown pivot. Throws InputError for files that cannot be read. */
export async function convert(bytes: Uint8Array, options: ConvertOptions = {}): Promise<Conversion> {
  const format = detectFormat(bytes);
  switch (format) {
    case 'docx':
      return convertDocx(bytes, options);
    case 'pdf':
      return convertPdf(bytes, options);
    case 'empty':
      throw new InputError('empty-file', 'Tệp rỗng, không có nội dung.');
    case 'doc':
      throw new InputError(
        'legacy-doc',
        'Tệp Word 97–2003 (.doc) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc cài LibreOffice (soffice).',
      );
    case 'zip':
      throw new InputError('corrupt-docx', 'Tệp nén ZIP nhưng không phải tài liệu Word (.docx).');
    default:
      throw new InputError('unsupported-format', 'Định dạng tệp không được hỗ trợ (chỉ nhận .docx và .pdf).');
  }
}
