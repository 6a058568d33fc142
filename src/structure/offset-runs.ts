/**
 * Offsets of a verbatim run of Markdown are consecutive integers; slicing them out of one array
 * 0, 1, 2, … is a packed copy, several times faster than appending them one by one. The array
 * grows to the largest offset asked for (8 bytes per character of the largest Markdown read).
 */
const identity: number[] = [];

/** [from, from + 1, …, to - 1] as a packed array. */
export function offsetRun(from: number, to: number): number[] {
  if (to > identity.length) grow(to);
  return identity.slice(from, to);
}

function grow(atLeast: number): void {
  const size = Math.max(atLeast, identity.length + (identity.length >> 1), 4096);
  for (let k = identity.length; k < size; k++) identity[k] = k;
}
