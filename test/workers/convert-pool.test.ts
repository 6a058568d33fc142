/**
 * Conversion out of the worker's process under a hard time limit: a file that hangs the
 * converter is stopped and fails with `conversion-timeout`, one that crashes it or exhausts its
 * memory fails the attempt (retried by the queue); the pool replaces the child and goes on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConverterCrashError, createConvertPool } from '../../workers/convert-pool.ts';
import { InputError } from '../../src/convert/index.ts';

const hostile = createConvertPool({
  size: 1,
  timeoutMs: 3000,
  maxOldSpaceMb: 64,
  childFile: fileURLToPath(new URL('./helpers/hostile-child.ts', import.meta.url)),
});
const real = createConvertPool({ size: 1 });
const bytes = (s: string) => new TextEncoder().encode(s);

afterAll(async () => {
  await Promise.all([hostile.close(), real.close()]);
});

describe('convert pool', () => {
  it('stops a conversion that does not end in time and goes on with the next file', async () => {
    expect((await hostile.convert(bytes('hello'))).markdown).toBe('đọc được 5 byte');
    const started = Date.now();
    const error = await hostile.convert(bytes('HANG')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'conversion-timeout' });
    expect((error as Error).message).toContain('Quá thời gian chuyển đổi tệp (3 giây)');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await hostile.convert(bytes('after the hang'))).markdown).toBe('đọc được 14 byte');
  }, 60_000);

  it('a converter that crashes or runs out of memory fails the attempt, not the worker', async () => {
    await expect(hostile.convert(bytes('CRASH'))).rejects.toBeInstanceOf(ConverterCrashError);
    await expect(hostile.convert(bytes('OOM'))).rejects.toMatchObject({ code: 'convert-crashed' });
    expect((await hostile.convert(bytes('still here'))).markdown).toBe('đọc được 10 byte');
  }, 60_000);

  it('converts real files in the child; unreadable ones fail with their input error code', async () => {
    const docx = readFileSync(new URL('../../fixtures/reports/flags/sum-mismatch-1-so-xay-dung-binh-dinh.docx', import.meta.url));
    const conversion = await real.convert(docx);
    expect(conversion.format).toBe('docx');
    expect(conversion.markdown).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    await expect(real.convert(bytes('<html><body>không phải tệp Word</body></html>'))).rejects.toMatchObject({ name: 'InputError', code: 'unsupported-format' });
  }, 60_000);
});
