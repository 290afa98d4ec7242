import { ESCALATION_VERBS } from '../features/escalations/escalations.verbs';
import { QA_VERBS } from '../features/qa/qa.verbs';

/** How often one person may start an expensive or broadcasting action. */
export interface RatePolicy {
  action: string;
  limit: number;
  windowMs: number;
}

const TEN_MINUTES = 10 * 60_000;

/** Card verbs that post to a channel or to bestuurders: one person may not flood them. */
const CARD_POLICIES: Record<string, RatePolicy> = {
  [QA_VERBS.askExpert]: { action: 'ticket', limit: 5, windowMs: TEN_MINUTES },
  [ESCALATION_VERBS.submit]: { action: 'escalation', limit: 5, windowMs: TEN_MINUTES },
};

export const cardPolicy = (verb: string): RatePolicy | undefined => CARD_POLICIES[verb];

/** Files (imports, ingest) are downloaded and parsed; exports build documents. */
export function messagePolicy(text: string, files: number): RatePolicy | undefined {
  if (files > 0) return { action: 'files', limit: 10, windowMs: TEN_MINUTES };
  if (/^\s*exporteer\b/i.test(text)) return { action: 'export', limit: 10, windowMs: TEN_MINUTES };
  return undefined;
}

export const rateLimitedText = (p: RatePolicy) =>
  `Je hebt dit de afgelopen ${p.windowMs / 60_000} minuten al ${p.limit} keer gedaan. Wacht even en probeer het dan opnieuw; er is nu niets verwerkt.`;
