/** Run the checks of one report over its records and the document's blocks. */
import type { Flag } from '../schema/flag.ts';
import type { Check, CheckContext } from './check.ts';
import { CHECKS } from './checks/index.ts';
import { defaultConfig, type CheckConfig } from './config.ts';
import { finalize, type DraftSource } from './finalize.ts';
import { buildView } from './report-view.ts';
import type { ReportInput } from './types.ts';

export function checkReport(input: ReportInput, config: CheckConfig = defaultConfig(), checks: readonly Check[] = CHECKS): Flag[] {
  const view = buildView(input);
  const drafts: DraftSource[] = [];
  for (const check of checks) {
    const s = config.checks[check.id] ?? { enabled: true, severity: null, tolerance: null };
    if (!s.enabled) continue;
    const settings = { severity: s.severity, tolerance: s.tolerance };
    const ctx: CheckContext = {
      view,
      settings,
      report(draft) {
        drafts.push({ check, settings, draft });
      },
    };
    check.check(input.records, ctx);
  }
  return finalize(drafts, input.sha256, input.records, input.markdown);
}
