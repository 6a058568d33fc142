/** Polls `check` until it returns true (or throws after `timeoutMs`, with `describe()` in the message). */
export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs: number, describe: () => Promise<string> | string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms ${await describe()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
