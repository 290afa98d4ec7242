import type { CardAction, FeatureRoutes, TextHandler, Turn } from '../feature';
import { outcomeAction as action, outcomeReplies as reply } from '../feature';
import { type EscalationsService, mayHandle, mayRaise } from './escalations.service';
import { ESCALATION_VERBS as V } from './escalations.verbs';

// "escaleer De Linde", "escalatie over Horizon: wachtlijst loopt op". Status questions stay with providers.
const RAISE = /^(?:escaleer|escalatie(?:\s+(?:over|voor|bij))?)\s+([^:]+?)(?:\s*:\s*([\s\S]+))?$/i;
const LIST = /^(?:toon |alle )?(?:open )?escalaties$/i;

export function escalationsRoutes(service: EscalationsService): FeatureRoutes {
  const textHandlers: TextHandler[] = [
    {
      name: 'escalation-raise',
      async handle(turn: Turn) {
        const m = turn.text.trim().match(RAISE);
        return m ? reply(await service.form(turn.person, m[1].trim(), m[2] ?? '')) : undefined;
      },
    },
    {
      name: 'escalation-list',
      async handle(turn: Turn) {
        return LIST.test(turn.text.trim()) ? reply(await service.listOpen(turn.person)) : undefined;
      },
    },
  ];

  const cardActions: CardAction[] = [
    action(V.submit, (turn, data) => service.submit(turn.person, data)),
    action(V.acknowledge, (turn, data) => service.acknowledge(turn.person, data)),
    action(V.resolve, (turn, data) => service.resolve(turn.person, data)),
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
