import type { AdaptiveCardJson } from '../feature';
import type { ProviderRef } from '../providers/providers.ports';
import { SIGNAL_SOORTEN } from '../providers/providers.domain';
import { renderEscalationCard } from './cards/escalation.card';
import { renderEscalationFormCard } from './cards/escalation-form.card';
import { renderEscalationsListCard } from './cards/escalations-list.card';
import { type Escalation, type EscalationFormErrors, STATUS_LABELS, URGENCIES, URGENCY_LABELS } from './escalations.domain';
import { ESCALATION_TEXTS as T } from './escalations.texts';
import { cardText } from '../../shared/card-text';

/** Turns escalations into card data; the only place that knows how the escalation cards are filled. */

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const when = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export interface FormInput {
  provider: ProviderRef;
  submissionId: string;
  values?: { soort: string; urgency: string; description: string };
  errors?: EscalationFormErrors;
  notice?: string;
}

export function escalationFormCard({ provider, submissionId, values, errors = {}, notice = '' }: FormInput): AdaptiveCardJson {
  return renderEscalationFormCard({
    heading: T.formHeading(provider.naam),
    intro: T.formIntro,
    notice,
    providerId: provider.id,
    providerName: provider.naam,
    providerPlace: provider.plaats || 'onbekend',
    submissionId,
    soort: values?.soort ?? '',
    urgency: values?.urgency ?? 'normaal',
    description: values?.description ?? '',
    soorten: SIGNAL_SOORTEN.map((s) => ({ title: capital(s), value: s })),
    urgencies: URGENCIES.map((u) => ({ title: capital(URGENCY_LABELS[u]), value: u })),
    errors: { soort: errors.soort ?? '', urgency: errors.urgency ?? '', description: errors.description ?? '' },
  });
}

export function escalationCard(e: Escalation, notice = '', noticeColor: 'Attention' | 'Warning' | 'Good' | 'Default' = 'Good'): AdaptiveCardJson {
  const spoed = e.urgency === 'spoed';
  // The deadline to pick it up stands only while nobody has: then who did, and when, takes its place.
  const timeline = [
    ...(e.status === 'open' ? [{ title: T.pickUpBefore, value: when(e.ackDueAt) }] : []),
    ...(e.acknowledgedBy ? [{ title: T.pickedUpBy, value: T.byOn(cardText(e.acknowledgedBy.name), when(e.acknowledgedAt!)) }] : []),
    ...(e.resolvedBy ? [{ title: T.resolvedBy, value: T.byOn(cardText(e.resolvedBy.name), when(e.resolvedAt!)) }] : []),
    ...(e.reescalatedAt ? [{ title: T.reescalatedOn, value: when(e.reescalatedAt) }] : []),
  ];
  return renderEscalationCard({
    id: e.id,
    heading: `Escalatie: ${cardText(e.providerName)}`,
    headerStyle: e.status === 'afgehandeld' ? 'good' : spoed ? 'attention' : 'warning',
    urgencyText: spoed ? 'SPOED: calamiteit, ook voor alle bestuurders' : 'Voor de kleine commissie',
    notice,
    noticeColor,
    providerName: cardText(e.providerName),
    soort: capital(e.soort),
    statusText: STATUS_LABELS[e.status],
    raisedText: T.byOn(cardText(e.raisedBy.name), when(e.raisedAt)),
    timeline,
    description: cardText(e.description),
    note: cardText(e.note),
    canAct: e.status !== 'afgehandeld',
    canAcknowledge: e.status === 'open',
  });
}

export function escalationsListCard(open: Escalation[]): AdaptiveCardJson {
  return renderEscalationsListCard({
    heading: T.listHeading(open.length),
    empty: T.noneOpen,
    rows: open.map((e) => ({
      id: e.id,
      open: e.status === 'open' ? T.openToPickUp : T.openToResolve,
      title: `${e.urgency === 'spoed' ? 'SPOED: ' : ''}${cardText(e.providerName)} (${e.soort})`,
      color: e.urgency === 'spoed' ? 'Attention' : 'Default',
      details: `${STATUS_LABELS[e.status]} · ingediend door ${cardText(e.raisedBy.name)} op ${when(e.raisedAt)}`,
      description: cardText(e.description),
    })),
  });
}
