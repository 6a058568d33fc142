/**
 * A converter child process (see convert-pool.ts): receives file bytes over IPC, converts them
 * and answers with the Conversion or the input error. Whatever a hostile file does here —
 * loop, exhaust memory, crash — it does to this process only; the pool kills and replaces it.
 */
import { convert, isInputError, type ConvertOptions } from '../src/convert/index.ts';

interface Request {
  id: number;
  bytes: Uint8Array;
  options?: ConvertOptions;
}

// The worker went away (killed, crashed): nothing left to answer to.
process.on('disconnect', () => process.exit(0));

process.on('message', (message: Request) => {
  const { id, bytes, options } = message;
  convert(bytes, options ?? {}).then(
    (conversion) => process.send?.({ id, ok: true, conversion }),
    (e: unknown) => {
      if (isInputError(e)) process.send?.({ id, ok: false, input: { code: e.code, message: e.message } });
      else process.send?.({ id, ok: false, error: e instanceof Error ? e.message : String(e) });
    },
  );
});

process.send?.({ ready: true });
