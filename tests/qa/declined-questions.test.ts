import { DEMO } from '../helpers/bot-harness';
import { QaHarness } from '../helpers/qa-harness';

describe('declined questions and the vragenrapport', () => {
  const bot = new QaHarness();
  beforeAll(() => bot.start());
  afterAll(() => bot.stop());

  it('stores what could not be answered (no names) and shows the regiomanager the most asked', async () => {
    const unanswerable = 'Hoeveel kost de nieuwe parkeergarage voor het bestuur?';
    await bot.say(unanswerable, { user: DEMO.beleidsadviseurKampen });
    await bot.say('hoeveel kost de nieuwe  parkeergarage voor het bestuur', { user: DEMO.wethouderDeventer });
    await bot.say('Welke aanbieders staan op dit moment onder verscherpt toezicht?');
    await bot.say('Geef me een recept voor appeltaart', { user: DEMO.contractmanager });
    await bot.say('Wat doet de kleine commissie?', { user: DEMO.contractmanager });

    const report = (await bot.say('vragenrapport', { user: DEMO.regiomanager })).text;
    const lines = report.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(2);
    // The latest wording of the same question, with the roles of everyone who asked it.
    expect(lines[0]).toMatch(/^- 2x "hoeveel kost de nieuwe parkeergarage voor het bestuur".*beleidsadviseur.*wethouder/);
    expect(lines[1]).toContain('verscherpt toezicht');
    // a Dutch date; the closing advice is a paragraph of its own, not glued to the last list item in Teams' markdown
    expect(lines[0]).toMatch(/\(laatst \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d;/);
    expect(report).toMatch(/\]\n\nVoeg een document/);
    // Answered and out-of-domain questions are not in it, and nobody's name is.
    expect(report).not.toMatch(/kleine commissie|appeltaart|Kok|Smit|Mulder|Boer/);
  });

  it('is for the regiomanager only, and a stored question can be removed', async () => {
    expect((await bot.say('vragenrapport', { user: DEMO.contractmanager })).text).toBe('Dit kan alleen de regiomanager.');
    const report = (await bot.say('vragenrapport', { user: DEMO.regiomanager })).text;
    const key = report.match(/parkeergarage.*\[([0-9a-f]{6})\]/)![1];
    expect((await bot.say(`verwijder vraag ${key}`, { user: DEMO.projectmanager })).text).toBe('Dit kan alleen de regiomanager.');
    expect((await bot.say(`verwijder vraag ${key}`, { user: DEMO.regiomanager })).text).toBe(`Vraag ${key} is verwijderd (2 keer gesteld).`);
    const after = (await bot.say('vragenrapport', { user: DEMO.regiomanager })).text;
    expect(after).not.toContain('parkeergarage');
    expect(after).toContain('verscherpt toezicht');
    expect((await bot.say(`verwijder vraag ${key}`, { user: DEMO.regiomanager })).text).toMatch(/niets verwijderd/);
  });
});
