import type { Rule } from '../rule.ts';
import dossierByField from './dossier-by-field.ts';
import dossierColonItem from './dossier-colon-item.ts';
import dossierCount from './dossier-count.ts';
import dossierFamily from './dossier-family.ts';
import dossierRate from './dossier-rate.ts';

/** Every extraction rule, in priority order (an earlier rule wins a tie on the same figure). */
export const RULES: readonly Rule[] = [dossierByField, dossierRate, dossierFamily, dossierColonItem, dossierCount];
