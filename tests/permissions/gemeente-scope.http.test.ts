import { randomUUID } from 'node:crypto';
import { PROVIDER_TEXTS } from '../../src/features/providers/providers.texts';
import { REGIO_TEXTS } from '../../src/features/regioagenda/regioagenda.texts';
import { allActionData, themeFields } from '../regioagenda/helpers';
import { rigFor, user, ZWOLLE_ADVISER, ZWOLLE_WETHOUDER } from './rig';

/** Gemeente-scoped actions: the gemeente comes from the directory; card data naming another one is refused or ignored. */
describe('own-gemeente permissions, sent as a tampering client would', () => {
  const rig = rigFor(new Date('2027-01-11T10:00:00Z'), (r) => r.setUp());
  const kampen = () => user('beleidsadviseur');
  const themes = () => JSON.stringify(rig.documents('themes'));

  it("an adviser of Zwolle cannot edit or withdraw Kampen's theme with its real id and version", async () => {
    const before = themes();
    const { id, version } = rig.state.kampenTheme;
    for (const verb of ['regio.theme.edit', 'regio.theme.withdraw']) {
      expect((await rig.execute(verb, { year: 2027, themeId: id, version }, ZWOLLE_ADVISER)).text).toContain(REGIO_TEXTS.tampered);
    }
    const save = await rig.execute('regio.theme.save', { year: 2027, themeId: id, version, submissionId: 'x', similarSeen: 'true', ...themeFields('Zwolle') }, ZWOLLE_ADVISER);
    expect(save.text).toContain(REGIO_TEXTS.tampered);
    expect(themes()).toBe(before);
  });

  it('a card that names another gemeente or another user is refused, and nothing is stored', async () => {
    const before = themes();
    for (const claim of [{ gemeente: 'Zwolle' }, { userId: ZWOLLE_ADVISER }]) {
      const a = await rig.execute('regio.theme.save', { year: 2027, submissionId: randomUUID().replace(/-/g, '').slice(0, 16), similarSeen: 'true', ...themeFields('Kampen'), ...claim }, kampen());
      expect(a.text).toContain(REGIO_TEXTS.tampered);
    }
    expect(themes()).toBe(before);
  });

  it('support counts the gemeente of the directory, never the one on the card, and never for the own theme', async () => {
    const kampenTheme = rig.state.kampenTheme.id;
    expect((await rig.execute('regio.theme.support', { year: 2027, themeId: kampenTheme }, kampen())).text).toContain(REGIO_TEXTS.ownTheme);
    await rig.execute('regio.theme.support', { year: 2027, themeId: kampenTheme, gemeente: 'Deventer' }, ZWOLLE_ADVISER);
    expect(rig.documents('themes').find((t) => t.id === kampenTheme)!.body.supporters).toEqual(['Zwolle']);
  });

  it('a new theme is filed under the gemeente of the directory', async () => {
    await rig.execute('regio.theme.save', { year: 2027, submissionId: 'aaaabbbbccccdddd', similarSeen: 'true', ...themeFields('Ommen') }, ZWOLLE_ADVISER);
    expect(rig.documents('themes').find((t) => t.body.title === themeFields('Ommen').title)!.body.gemeente).toBe('Zwolle');
  });

  it("the theme list offers edit and withdraw only on the own gemeente's themes, support only on others', nothing to other roles", async () => {
    const buttons = async (from: string) => {
      const { replies } = await rig.bot.say("thema's", { user: from });
      const card = replies[0].attachments[0].content;
      const on = (verb: string) => allActionData(card, verb).map((d) => d.themeId);
      return { edit: on('regio.theme.edit'), withdraw: on('regio.theme.withdraw'), support: on('regio.theme.support') };
    };
    const { kampenTheme, zwolleTheme } = rig.state;
    const kampen = await buttons(user('beleidsadviseur'));
    expect(kampen.edit).toContain(kampenTheme.id);
    expect(kampen.withdraw).toContain(kampenTheme.id);
    expect(kampen.edit).not.toContain(zwolleTheme.id);
    expect(kampen.withdraw).not.toContain(zwolleTheme.id);
    expect(kampen.support).toContain(zwolleTheme.id);
    expect(kampen.support).not.toContain(kampenTheme.id);
    expect(await buttons(user('wethouder'))).toEqual({ edit: [], withdraw: [], support: [] });
    expect(await buttons(user('regiomanager'))).toEqual({ edit: [], withdraw: [], support: [] });
  });

  it("a wethouder sees only the own gemeente's contracts, typed or through a Toon meer card naming another gemeente", async () => {
    const typed = await rig.say('Welke contracten heeft Deventer?', ZWOLLE_WETHOUDER);
    expect(typed.text).toContain(PROVIDER_TEXTS.otherGemeente('Zwolle', 'Deventer'));
    const page = await rig.execute('providers.more', { query: JSON.stringify({ kind: 'contracts', gemeente: 'Deventer' }), table: 0, offset: 0 }, ZWOLLE_WETHOUDER);
    expect(page.text).toContain(PROVIDER_TEXTS.otherGemeente('Zwolle', 'Deventer'));
    const own = await rig.execute('providers.more', { query: JSON.stringify({ kind: 'contracts' }), table: 0, offset: 0 }, ZWOLLE_WETHOUDER);
    expect(own.text).toContain(PROVIDER_TEXTS.scopeNote('Zwolle'));
    const rsj = await rig.execute('providers.more', { query: JSON.stringify({ kind: 'contracts', gemeente: 'Deventer' }), table: 0, offset: 0 }, user('contractmanager'));
    expect(rsj.text).not.toContain(PROVIDER_TEXTS.otherGemeente('Zwolle', 'Deventer'));
    expect(rsj.text).not.toContain(PROVIDER_TEXTS.scopeNote('Zwolle'));
  });
});
