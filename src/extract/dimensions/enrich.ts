import type { Dimensions } from '../../schema/record.ts';
import type { Block } from '../../structure/types.ts';
import type { Emission } from '../rule.ts';
import { fold } from '../../text/normalize.ts';
import { territoryOf } from '../../text/territory.ts';
import { statusOf } from './status.ts';

interface Where {
  sentence: string;
  block: Block;
  inPlan: boolean;
  /** The tier of the reporting agency itself when nothing sits below it (a commune's own report). */
  ownTier?: 'commune';
  /** The reporting agency's name, folded: a figure whose subject is the issuer itself is its own. */
  ownAgency?: string;
}

/** A body's name as compared with the issuer's: folded, "UBND" spelled out. */
export function agencyKey(name: string): string {
  return fold(name).replace(/\bubnd\b/g, 'uy ban nhan dan');
}

/** Is `subject` the reporting agency itself ("Sở Nội vụ" in the report of Sở Nội vụ tỉnh X)? `ownAgency` is its agencyKey. */
export function isOwnAgency(subject: string, ownAgency: string | undefined): boolean {
  if (!ownAgency) return false;
  const s = agencyKey(subject);
  return s === ownAgency || ownAgency.startsWith(`${s} `) || s.startsWith(`${ownAgency} `);
}

/** A commune's people's committee ("Ủy ban nhân dân xã Tân Lập", "UBND phường 3"): its report gives its own figures. */
export function ownTierOf(agency: string | null | undefined): 'commune' | undefined {
  return territoryOf(agency) === 'xa' ? 'commune' : undefined;
}

/**
 * Dimensions every metric may carry, filled in where the rule left them unset. `status` is inferred
 * from the sentence unless the emission says `inferStatus: false`. In a commune's own report the
 * commune tier is dropped, and a subject that names the issuer is too: its figures are one
 * agency's own (CONTRACT §3).
 */
export function enrichDimensions(emission: Emission, where: Where): Dimensions {
  const dims: Dimensions = { ...(emission.dimensions ?? {}) };
  if (dims.status === undefined && emission.inferStatus !== false) {
    const status = statusOf(emission.metric, where.sentence, emission.range[0], where.inPlan);
    if (status) dims.status = status;
  }
  // "Bộ phận Một cửa xã tiếp nhận 384 hồ sơ" in the commune's own report: one agency's figures, no tier.
  if (where.ownTier !== undefined && dims.tier === where.ownTier) delete dims.tier;
  // "Trong quý, Sở Nội vụ tiếp nhận 320 hồ sơ" in Sở Nội vụ's report: its own figure, no subject.
  if (typeof dims.subject === 'string' && isOwnAgency(dims.subject, where.ownAgency)) delete dims.subject;
  for (const k of Object.keys(dims) as (keyof Dimensions)[]) if (dims[k] === undefined) delete dims[k];
  return dims;
}
