import { action, type CardActionResult, type FeatureRoutes, replies, textCommands } from '../feature';
import { escalationCard, escalationFormCard, escalationsListCard } from './escalations.cards';
import { escalationRefInput, escalationResolveInput, escalationSubmitInput } from './escalations.domain';
import { type ChangeOutcome, type EscalationsService, type FormOutcome, mayHandle, mayRaise, type SubmitOutcome } from './escalations.service';
import { ESCALATION_TEXTS as T } from './escalations.texts';
import { ESCALATION_VERBS as V } from './escalations.verbs';

// "escaleer De Linde", "escalatie over Horizon: wachtlijst loopt op". Status questions stay with providers.
const RAISE = /^(?:escaleer|escalatie(?:\s+(?:over|voor|bij))?)\s+([^:]+?)(?:\s*:\s*([\s\S]+))?$/i;
const LIST = /^(?:toon |alle )?(?:open )?escalaties$/i;

function formView(o: FormOutcome): CardActionResult {
  if (o.kind === 'refused') return { message: o.reason };
  return { card: escalationFormCard({ ...o, notice: o.errors ? T.formInvalid : '' }) };
}

function submitView(o: SubmitOutcome): CardActionResult {
  if (o.kind === 'raised') return { card: escalationCard(o.escalation, `${T.raised} ${o.reached}`, o.complete ? 'Good' : 'Warning') };
  if (o.kind === 'duplicate') return { card: escalationCard(o.escalation, `${T.duplicate} ${o.reached}`, o.complete ? 'Default' : 'Warning') };
  return formView(o);
}

const changeView = (o: ChangeOutcome): CardActionResult =>
  o.kind === 'refused'
    ? { message: o.reason }
    : { card: escalationCard(o.escalation, o.escalation.status === 'afgehandeld' ? T.resolved(o.by) : T.acknowledged(o.by)) };

export function escalationsRoutes(service: EscalationsService): FeatureRoutes {
  const textHandlers = textCommands([
    { name: 'escalation-raise', pattern: RAISE, run: async (turn, m) => replies(formView(await service.form(turn.person, m[1].trim(), m[2] ?? ''))) },
    {
      name: 'escalation-list',
      pattern: LIST,
      run: async (turn) => {
        const o = await service.listOpen(turn.person);
        return replies(o.kind === 'refused' ? { message: o.reason } : { card: escalationsListCard(o.open) });
      },
    },
  ]);

  const cardActions = [
    action(V.submit, escalationSubmitInput, async (turn, input) => submitView(await service.submit(turn.person, input))),
    action(V.acknowledge, escalationRefInput, async (turn, input) => changeView(await service.acknowledge(turn.person, input.escalationId))),
    action(V.resolve, escalationResolveInput, async (turn, input) => changeView(await service.resolve(turn.person, input.escalationId, input.note))),
    action(V.show, escalationRefInput, async (turn, input) => {
      const o = await service.show(turn.person, input.escalationId);
      return o.kind === 'refused' ? { message: o.reason } : { card: escalationCard(o.escalation) };
    }),
  ];

  return {
    membersOnly: true,
    textHandlers,
    cardActions,
    helpSection: 'Escalaties',
    help: (person) => [
      ...(mayRaise(person) ? [{ title: 'Een probleem met een zorgaanbieder escaleren naar de kleine commissie', example: 'escaleer [naam aanbieder]' }] : []),
      ...(mayHandle(person) ? [{ title: 'De open escalaties bekijken', example: 'open escalaties' }] : []),
    ],
  };
}
