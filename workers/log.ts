/**
 * The workers' one logger: JSON lines on stderr ({ time, level, msg, …fields }), with the job
 * id, document id and queue as fields, so several workers' logs can be merged and searched.
 * Messages are Vietnamese (people read them); field names are English (tools read them).
 */
export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Fields = { [key: string]: unknown };

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function errorFields(fields: Fields): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(fields)) out[k] = v instanceof Error ? { name: v.name, message: v.message } : v;
  return out;
}

export function createLogger(
  base: Fields = {},
  options: { level?: Level; write?: (line: string) => void } = {},
): Logger {
  const min = ORDER[options.level ?? ((process.env['SOLIEU_LOG_LEVEL'] as Level | undefined) ?? 'info')] ?? ORDER.info;
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const log = (level: Level, msg: string, fields: Fields = {}) => {
    if (ORDER[level] < min) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...base, ...errorFields(fields) }) + '\n');
  };
  return {
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
    child: (fields) => createLogger({ ...base, ...fields }, options),
  };
}
