import type { Dimensions } from '../../schema/record.ts';
import type { Block } from '../../structure/types.ts';
import type { Emission } from '../rule.ts';
import { statusOf } from './status.ts';

interface Where {
  sentence: string;
  block: Block;
  inPlan: boolean;
}

/**
 * Dimensions every metric may carry, filled in where the rule left them unset. `status` is inferred
 * from the sentence unless the emission says `inferStatus: false`.
 */
export function enrichDimensions(emission: Emission, where: Where): Dimensions {
  const dims: Dimensions = { ...(emission.dimensions ?? {}) };
  if (dims.status === undefined && emission.inferStatus !== false) {
    const status = statusOf(emission.metric, where.sentence, emission.range[0], where.inPlan);
    if (status) dims.status = status;
  }
  for (const k of Object.keys(dims) as (keyof Dimensions)[]) if (dims[k] === undefined) delete dims[k];
  return dims;
}
