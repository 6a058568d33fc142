import type { Rule } from '../rule.ts';
import dossierByField from './dossier-by-field.ts';

/** Every extraction rule, in priority order (an earlier rule wins a tie on the same figure). */
export const RULES: readonly Rule[] = [dossierByField];
