/**
 * Check configuration: the documented defaults (the one place they live) and the config file.
 *
 * Defaults (severity; tolerance and its unit):
 *
 * | check               | severity | tolerance (default, unit)                                               |
 * |---------------------|----------|-------------------------------------------------------------------------|
 * | sum-mismatch        | error    | 0 — absolute; parts above the total → error, below → warning            |
 * | difference-mismatch | error    | 0 — absolute                                                            |
 * | rate-mismatch       | error    | null = half a unit of the rate's last written digit; a number = points  |
 * | rate-out-of-range   | error    | 0 — percentage points beyond 0..100                                     |
 * | part-exceeds-whole  | error    | 0 — absolute                                                            |
 * | conflicting-values  | warning  | 0 — absolute difference ignored                                         |
 * | missing-section     | warning  | —                                                                       |
 * | period-mismatch     | warning  | —                                                                       |
 * | period-regression   | error    | 0 — absolute                                                            |
 * | duplicate-report    | warning  | 0 — absolute difference ignored                                         |
 *
 * The config file is JSON: `solieu.config.json` in the working directory, or `--config FILE`.
 *
 * ```json
 * { "checks": {
 *     "missing-section": "off",
 *     "conflicting-values": "info",
 *     "rate-mismatch": { "tolerance": 0.1 },
 *     "sum-mismatch": { "enabled": true, "severity": "warning", "tolerance": 1 } } }
 * ```
 *
 * A check's setting is "off" (or false), a severity ("error" | "warning" | "info", which sets
 * every flag of the check to it), true (defaults), or an object { enabled, severity, tolerance }.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Severity } from '../schema/flag.ts';
import type { CheckSettings } from './check.ts';

export interface CheckDefaults {
  severity: Severity;
  tolerance: { default: number | null; unit: string } | undefined;
}

const abs = (unit: string) => ({ default: 0, unit });

export const CHECK_DEFAULTS: { readonly [id: string]: CheckDefaults } = {
  'sum-mismatch': { severity: 'error', tolerance: abs('đơn vị của số liệu') },
  'difference-mismatch': { severity: 'error', tolerance: abs('đơn vị của số liệu') },
  'rate-mismatch': { severity: 'error', tolerance: { default: null, unit: 'điểm phần trăm (mặc định: nửa đơn vị chữ số cuối)' } },
  'rate-out-of-range': { severity: 'error', tolerance: abs('điểm phần trăm') },
  'part-exceeds-whole': { severity: 'error', tolerance: abs('đơn vị của số liệu') },
  'conflicting-values': { severity: 'warning', tolerance: abs('đơn vị của số liệu') },
  'missing-section': { severity: 'warning', tolerance: undefined },
  'period-mismatch': { severity: 'warning', tolerance: undefined },
  'period-regression': { severity: 'error', tolerance: abs('đơn vị của số liệu') },
  'duplicate-report': { severity: 'warning', tolerance: abs('đơn vị của số liệu') },
};

export const CHECK_IDS = Object.keys(CHECK_DEFAULTS);

/** The defaults of one check, for its definition. */
export function defaultsOf(id: string): CheckDefaults {
  const d = CHECK_DEFAULTS[id];
  if (!d) throw new Error(`check ${id} has no defaults in src/check/config.ts`);
  return d;
}

const SeverityName = z.enum(['error', 'warning', 'info']);
const Setting = z.union([
  z.enum(['off', 'error', 'warning', 'info']),
  z.boolean(),
  z
    .object({
      enabled: z.boolean().optional(),
      severity: SeverityName.optional(),
      tolerance: z.number().nonnegative().nullable().optional(),
    })
    .strict(),
]);
export const ConfigFile = z
  .object({
    $schema: z.string().optional(),
    checks: z.record(z.string(), Setting).optional(),
  })
  .strict();
export type ConfigFile = z.infer<typeof ConfigFile>;

export interface ResolvedSetting extends CheckSettings {
  enabled: boolean;
}
export interface CheckConfig {
  /** The file it came from; null for the defaults. */
  source: string | null;
  checks: { [id: string]: ResolvedSetting };
}

/** A config file that cannot be used. Printed as is; the CLI exits with 2. */
export class ConfigError extends Error {
  readonly code = 'bad-config';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function defaultConfig(): CheckConfig {
  const checks: CheckConfig['checks'] = {};
  for (const id of CHECK_IDS) checks[id] = { enabled: true, severity: null, tolerance: null };
  return { source: null, checks };
}

const SETTING_HINT = '"off", "error", "warning", "info", true, false hoặc { "enabled", "severity", "tolerance" }';

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.') || '(gốc)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${path}: khóa không được hỗ trợ: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return `${path}: phải là ${SETTING_HINT}`;
    case 'too_small':
      return `${path}: không được âm`;
    case 'invalid_value':
      return `${path}: phải là một trong ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `${path}: sai kiểu dữ liệu (cần ${issue.expected})`;
    default:
      return `${path}: giá trị không hợp lệ`;
  }
}

/** Validate parsed JSON and resolve it over the defaults. */
export function resolveConfig(data: unknown, source: string | null = null): CheckConfig {
  const where = source ? `Tệp cấu hình ${source}` : 'Cấu hình';
  const parsed = ConfigFile.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(describeIssue);
    throw new ConfigError(`${where} không hợp lệ:\n  - ${lines.join('\n  - ')}`);
  }
  const config = defaultConfig();
  config.source = source;
  const unknown = Object.keys(parsed.data.checks ?? {}).filter((id) => !CHECK_DEFAULTS[id]);
  if (unknown.length) {
    throw new ConfigError(
      `${where} không hợp lệ: không có kiểm tra ${unknown.map((u) => `"${u}"`).join(', ')} ` +
        `(các kiểm tra: ${CHECK_IDS.join(', ')})`,
    );
  }
  for (const [id, setting] of Object.entries(parsed.data.checks ?? {})) {
    const c = config.checks[id]!;
    if (setting === 'off' || setting === false) c.enabled = false;
    else if (setting === true) c.enabled = true;
    else if (typeof setting === 'string') c.severity = setting;
    else {
      if (setting.enabled !== undefined) c.enabled = setting.enabled;
      if (setting.severity !== undefined) c.severity = setting.severity;
      if (setting.tolerance !== undefined) c.tolerance = setting.tolerance;
    }
  }
  return config;
}

export const DEFAULT_CONFIG_FILE = 'solieu.config.json';

/**
 * Load the config: `file` when given (it must exist), else solieu.config.json in `cwd` when
 * present, else the defaults. Throws ConfigError with a Vietnamese message.
 */
export function loadConfig(file?: string, cwd: string = process.cwd()): CheckConfig {
  const path = resolve(cwd, file ?? DEFAULT_CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!file && code === 'ENOENT') return defaultConfig();
    throw new ConfigError(
      code === 'ENOENT' ? `Không tìm thấy tệp cấu hình: ${file ?? path}` : `Không đọc được tệp cấu hình: ${file ?? path}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`Tệp cấu hình ${file ?? path} không phải JSON hợp lệ: ${(e as Error).message}`);
  }
  return resolveConfig(data, file ?? path);
}

export function isDefaultConfig(config: CheckConfig): boolean {
  return Object.values(config.checks).every((c) => c.enabled && c.severity === null && c.tolerance === null);
}
