import { TestAdapter, TurnContext } from 'botbuilder';
import { deferAfterReply, runAfterReply } from '../../src/bot/after-reply';
import type { Logger } from '../../src/shared/logger';

const warnings: unknown[] = [];
const log = { warn: (obj: unknown) => warnings.push(obj) } as unknown as Logger;

describe('work left for after the reply', () => {
  it('runs in order once, after a failing task too, and only for its own activity', async () => {
    const adapter = new TestAdapter();
    const activity = { type: 'message', text: 'vraag' };
    const other = { type: 'message', text: 'andere vraag' };
    // The framework hands handlers copies of the context: the work follows the activity.
    const first = new TurnContext(adapter, activity);
    const copy = new TurnContext(first);
    const ran: string[] = [];
    deferAfterReply(first, async () => void ran.push('a'));
    deferAfterReply(copy, async () => {
      throw new Error('store down');
    });
    deferAfterReply(copy, async () => void ran.push('c'));
    deferAfterReply(new TurnContext(adapter, other), async () => void ran.push('other'));
    expect(ran).toEqual([]);

    await runAfterReply(activity, log);
    expect(ran).toEqual(['a', 'c']);
    expect(warnings).toHaveLength(1);

    await runAfterReply(activity, log);
    expect(ran).toEqual(['a', 'c']);
  });
});
