import type { Rule } from '../rule.ts';
import dossierByField from './dossier-by-field.ts';
import dossierColonItem from './dossier-colon-item.ts';
import dossierCount from './dossier-count.ts';
import dossierFamily from './dossier-family.ts';
import dossierFlatTable from './dossier-flat-table.ts';
import dossierRate from './dossier-rate.ts';
import dossierTable from './dossier-table.ts';
import feedbackCount from './feedback-count.ts';
import inspectionUnits from './inspection-units.ts';
import isoUnits from './iso-units.ts';
import legalDocCount from './legal-doc-count.ts';
import metricTable from './metric-table.ts';
import orgDivisions from './org-divisions.ts';
import orgUnits from './org-units.ts';
import peopleRespectively from './people-respectively.ts';
import procedureCount from './procedure-count.ts';
import procedureOnlineRate from './procedure-online-rate.ts';
import staffByDegree from './staff-by-degree.ts';
import staffDisciplined from './staff-disciplined.ts';
import staffQuota from './staff-quota.ts';
import staffTotal from './staff-total.ts';
import staffTrained from './staff-trained.ts';

/** Every extraction rule, in priority order (an earlier rule wins a tie on the same figure). */
export const RULES: readonly Rule[] = [
  dossierByField,
  dossierRate,
  dossierTable,
  dossierFlatTable,
  metricTable,
  dossierFamily,
  dossierColonItem,
  dossierCount,
  peopleRespectively,
  inspectionUnits,
  staffByDegree,
  procedureOnlineRate,
  procedureCount,
  legalDocCount,
  feedbackCount,
  staffQuota,
  staffTotal,
  staffTrained,
  staffDisciplined,
  orgDivisions,
  orgUnits,
  isoUnits,
];
