import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from '../shared/logger';

type Task = () => Promise<void>;

/**
 * Per incoming activity: the framework hands handlers copies of the turn context that do not share
 * turnState, but they all carry the same activity object.
 */
const pending = new WeakMap<Partial<Activity>, Task[]>();

/** Keeps work the turn's reply does not depend on, to run once the response to Teams is sent. */
export function deferAfterReply(context: TurnContext, task: Task): void {
  const tasks = pending.get(context.activity) ?? [];
  tasks.push(task);
  pending.set(context.activity, tasks);
}

/**
 * Runs the deferred work of the turn of `activity` in order; one failing task is logged and the others
 * still run. Takes the activity, not the context: the context is revoked when the turn ends.
 */
export async function runAfterReply(activity: Partial<Activity>, log: Logger): Promise<void> {
  const tasks = pending.get(activity) ?? [];
  pending.delete(activity);
  for (const task of tasks) {
    await task().catch((err) => log.warn({ err }, 'work after the reply failed'));
  }
}
