import { DeliveryReports } from '../../src/features/notifications/delivery-reports';
import type { AppInstaller, InstallRequest } from '../../src/features/notifications/notifications.ports';
import { personalKey } from '../../src/features/notifications/notifications.domain';
import { OutboxRig, until } from './outbox-rig';

const USER = '00000000-0000-0000-0000-00000000beef';

/** A Graph stand-in answering from a script; counts the requests. */
function scriptedInstaller(script: InstallRequest['status'][]) {
  const calls: number[] = [];
  const installer: AppInstaller = {
    async requestInstall() {
      calls.push(Date.now());
      const status = script[Math.min(calls.length - 1, script.length - 1)];
      return status === 'failed' ? { status, reason: 'Graph HTTP 503' } : { status };
    },
  };
  return { installer, calls };
}

/**
 * Issue 12: a user without a chat waits for the app; when asking Graph to install it fails, the
 * outbox asks again with backoff (bounded), from the store's due index, on whichever instance sweeps,
 * and the sender's report says what is pending.
 */
describe.each([['sqlite'], ['cosmos']] as const)('app installation retries on %s', (kind) => {
  let rig: OutboxRig;
  beforeEach(async () => {
    rig = await new OutboxRig(kind).start();
  });
  afterEach(() => rig.stop());

  const delivery = async () => (await rig.storage.outbox.scan()).deliveries.find((d) => d.value.conversationKey === personalKey(USER))?.value;
  const options = { installRetries: 3, installRetryBaseMs: 100, sweepMs: 50 };

  it('asks again after failures until Graph accepts, then waits for the installation event and delivers', async () => {
    const { installer, calls } = scriptedInstaller(['failed', 'failed', 'asked']);
    // two instances: each retry is asked once, not once per instance
    rig.worker(options, rig.storage, rig.messenger, installer).start();
    rig.worker(options, await rig.openStorage(), rig.messenger, installer).start();
    const { id } = await rig.outbox.enqueue({ idempotencyKey: 'install-1', recipients: [{ kind: 'user', aadObjectId: USER }], text: 'Welkom' });

    await until(async () => (await delivery())?.install?.attempts === 1 && !!(await delivery())?.lastError?.includes('mislukt'), 20_000);
    const reports = new DeliveryReports({ outbox: rig.storage.outbox, people: rig.storage.people, channels: rig.storage.channels });
    const report = await reports.report(id);
    expect(report?.summary.waiting).toBe(1);
    expect(report?.rows[0].reason).toMatch(/automatisch installeren mislukt \(Graph HTTP 503\); nieuwe poging om \d\d:\d\d/);

    await until(() => calls.length === 3, 20_000);
    await until(async () => (await delivery())?.install?.retryAt === undefined, 20_000);
    const asked = await delivery();
    expect(asked).toMatchObject({ status: 'waiting', install: { attempts: 3 }, lastError: expect.stringMatching(/wacht tot de ontvanger de app opent/) });
    // backoff: 100 ms, then 300 ms (plus up to a sweep late). The next try is scheduled before the claim is written
    // and Graph is asked, so two arrivals may lie closer than the backoff by that write (tens of ms on a busy machine).
    expect(calls[1] - calls[0]).toBeGreaterThanOrEqual(50);
    expect(calls[2] - calls[1]).toBeGreaterThanOrEqual(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(calls).toHaveLength(3);

    // the installation event: the chat is captured and the waiting delivery goes out
    await rig.storage.conversations.save({ key: personalKey(USER), kind: 'personal', aadObjectId: USER, reference: rig.reference('personal-beef'), updatedAt: new Date().toISOString() });
    await rig.workers[0].releaseWaiting(personalKey(USER));
    await until(async () => (await delivery())?.status === 'sent', 20_000);
    expect((await delivery())?.install).toBeUndefined();
    expect(rig.connector.received.map((r) => r.activity.text)).toEqual(['Welkom']);
  });

  it('stops asking after the bounded number of tries and says so in the report', async () => {
    const { installer, calls } = scriptedInstaller(['failed']);
    rig.worker(options, rig.storage, rig.messenger, installer).start();
    await rig.outbox.enqueue({ idempotencyKey: 'install-2', recipients: [{ kind: 'user', aadObjectId: USER }], text: 'Welkom' });
    await until(() => calls.length === 4, 20_000);
    await until(async () => /4 keer mislukt/.test((await delivery())?.lastError ?? ''), 20_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(calls).toHaveLength(4); // the first ask and 3 retries
    expect(await delivery())?.toMatchObject({ status: 'waiting', install: { attempts: 4 } });
    expect((await delivery())?.install?.retryAt).toBeUndefined();
  });
});
