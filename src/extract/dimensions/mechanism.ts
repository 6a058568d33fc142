/**
 * `mechanism` of a dossier figure: `interlinked` ("một cửa liên thông", "liên thông") or
 * `one_stop` ("cơ chế một cửa"); the one-stop office itself ("Bộ phận một cửa") names a place, not
 * the mechanism. Read on folded text.
 */
export type Mechanism = 'one_stop' | 'interlinked';

export function mechanismOf(folded: string): Mechanism | undefined {
  if (/(?<![a-z])(?:mot cua lien thong|co che lien thong)(?![a-z])/.test(folded)) return 'interlinked';
  if (/(?<![a-z])co che mot cua(?![a-z])/.test(folded)) return 'one_stop';
  return undefined;
}
