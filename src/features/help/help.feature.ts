import type { FeatureRoutes, Reply, Turn } from '../feature';
import { helpRoutes, welcomeCard } from './help.routes';

export interface HelpDeps {
  /** Every feature's routes, this one included; read when help is asked, after all are registered. */
  features: () => FeatureRoutes[];
}

/** The help card per role, and the welcome card a new user or channel gets. */
export function register({ features }: HelpDeps): { routes: FeatureRoutes; welcome: (turn: Pick<Turn, 'person' | 'user' | 'conversation'>) => Promise<Reply> } {
  return { routes: helpRoutes(features), welcome: (turn) => welcomeCard(turn, features()) };
}
