import type { CardAction, CardActionResult, FeatureRoutes, Reply, TextHandler, Turn } from '../feature';
import { say } from '../feature';
import { type EscalationsService, mayHandle, mayRaise, type Outcome } from './escalations.service';
import { ESCALATION_VERBS as V } from './escalations.verbs';

// "escaleer De Linde", "escalatie over Horizon: wachtlijst loopt op". Status questions stay with providers.
const RAISE = /^(?:escaleer|escalatie(?:\s+(?:over|voor|bij))?)\s+([^:]+?)(?:\s*:\s*([\s\S]+))?$/i;
const LIST = /^(?:toon |alle )?(?:open )?escalaties$/i;

const reply = (o: Outcome): Reply[] => (o.kind === 'card' ? [{ card: o.card }] : say(o.text));
const result = (o: Outcome): CardActionResult => (o.kind === 'card' ? { card: o.card } : { message: o.text });

export function escalationsRoutes(service: EscalationsService): FeatureRoutes {
  const textHandlers: TextHandler[] = [
    {
      // Runs before the provider questions on every message: keeps the open counts in their status answer fresh.
      name: 'escalation-counts',
      async handle() {
        await service.refreshCounts();
        return undefined;
      },
    },
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

  const action = (verb: string, run: (turn: Turn, data: Record<string, unknown>) => Promise<Outcome>): CardAction => ({
    verb,
    handle: async (turn, data) => result(await run(turn, data)),
  });
  const cardActions: CardAction[] = [
    action(V.submit, (turn, data) => service.submit(turn.person, data)),
    action(V.acknowledge, (turn, data) => service.acknowledge(turn.person, data)),
    action(V.resolve, (turn, data) => service.resolve(turn.person, data)),
  ];

  return {
    textHandlers,
    cardActions,
    helpSection: 'Escalaties',
    help: (person) => [
      ...(mayRaise(person) ? [{ title: 'Een probleem met een zorgaanbieder escaleren naar de kleine commissie', example: 'escaleer [naam aanbieder]' }] : []),
      ...(mayHandle(person) ? [{ title: 'De open escalaties bekijken', example: 'open escalaties' }] : []),
    ],
  };
}
