/**
 * The mammoth messages worth keeping: content it could not read (unknown elements, symbols,
 * breaks) and errors. Style and image notices say nothing about the text and are dropped.
 * Repeated messages are kept once, with a count.
 */
export function docxWarnings(messages: ReadonlyArray<{ type: string; message: string }>): string[] {
  const counts = new Map<string, number>();
  for (const { type, message } of messages) {
    if (type !== 'error' && !MATTERS.some((re) => re.test(message))) continue;
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].map(([message, n]) => (n > 1 ? `${message} (×${n})` : message));
}

const MATTERS = [/unrecognised element/i, /unsupported character/i, /unsupported break/i, /non-(row|cell) element/i];
