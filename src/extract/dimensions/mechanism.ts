/**
 * `mechanism` of a dossier figure: `interlinked` ("một cửa liên thông", "liên thông") or
 * `one_stop` ("cơ chế một cửa"); the one-stop office itself ("Bộ phận một cửa") names a place, not
 * the mechanism. Read on folded text.
 */
export type Mechanism = 'one_stop' | 'interlinked';

const INTERLINKED = /(?<![a-z])(?:mot cua lien thong|co che lien thong)(?![a-z])/;
const ONE_STOP = /(?<![a-z])co che mot cua(?![a-z])/;
/** "cơ chế một cửa" said apart from "cơ chế một cửa liên thông". */
const ONE_STOP_ALONE = /(?<![a-z])co che mot cua(?![a-z])(?! lien thong)/;

export function mechanismOf(folded: string): Mechanism | undefined {
  if (INTERLINKED.test(folded)) return 'interlinked';
  if (ONE_STOP.test(folded)) return 'one_stop';
  return undefined;
}

/**
 * The mechanism a whole sentence names, when it names one only: "tiếp nhận 500 hồ sơ, trong đó
 * theo cơ chế một cửa 420 hồ sơ, theo cơ chế một cửa liên thông 95 hồ sơ" splits its total by
 * mechanism, and the total is of neither.
 */
export function soleMechanismOf(folded: string): Mechanism | undefined {
  const m = mechanismOf(folded);
  return m === 'interlinked' && ONE_STOP_ALONE.test(folded) ? undefined : m;
}
