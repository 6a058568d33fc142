/** Is Redis there? A quick PING with a short connect timeout, so a command never hangs on it. */
import { Redis } from 'ioredis';
import { describeRedis } from './config.ts';

export type ProbeResult = { ok: true } | { ok: false; message: string };

export async function probeRedis(url: string, timeoutMs = 1500): Promise<ProbeResult> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let first: Error | undefined;
  client.on('error', (e: Error) => {
    first ??= e;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`quá ${timeoutMs} ms không phản hồi`)), timeoutMs + 500);
    });
    await Promise.race([client.connect().then(() => client.ping()), timeout]);
    return { ok: true };
  } catch (error) {
    // ioredis rejects with "Connection is closed."; the socket's own error says why
    const reason = (first ?? (error instanceof Error ? error : new Error(String(error)))).message;
    return { ok: false, message: `Không kết nối được Redis tại ${describeRedis(url)} (${reason}).` };
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}
