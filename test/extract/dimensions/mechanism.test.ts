import { describe, expect, it } from 'vitest';
import { mechanismOf, soleMechanismOf } from '../../../src/extract/dimensions/mechanism.ts';
import { fold } from '../../../src/text/normalize.ts';

describe('mechanism', () => {
  it('reads the interlinked mechanism before the one-stop one it contains', () => {
    expect(mechanismOf(fold('giải quyết theo cơ chế một cửa liên thông'))).toBe('interlinked');
    expect(mechanismOf(fold('tiếp nhận theo cơ chế một cửa'))).toBe('one_stop');
    expect(mechanismOf(fold('tại Bộ phận Một cửa của huyện'))).toBeUndefined();
  });
  it('gives a whole sentence no mechanism when it names both (a total split by mechanism)', () => {
    const both = fold('Huyện tiếp nhận 812 hồ sơ, gồm theo cơ chế một cửa 760 hồ sơ và theo cơ chế một cửa liên thông 52 hồ sơ.');
    expect(soleMechanismOf(both)).toBeUndefined();
    expect(soleMechanismOf(fold('Trong năm, tiếp nhận 52 hồ sơ theo cơ chế một cửa liên thông.'))).toBe('interlinked');
    expect(soleMechanismOf(fold('Trong năm, tiếp nhận 760 hồ sơ theo cơ chế một cửa.'))).toBe('one_stop');
  });
});
