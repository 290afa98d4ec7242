import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderExportCard } from '../../src/features/regioagenda/cards/export.card';
import { renderOpenRoundCard } from '../../src/features/regioagenda/cards/open-round.card';
import { savedCard, statusCard, themeFormCard, themesCard } from '../../src/features/regioagenda/regioagenda.cards';
import type { Round, Theme } from '../../src/features/regioagenda/regioagenda.domain';
import { regioagendaRoutes } from '../../src/features/regioagenda/regioagenda.routes';
import { REGIO_VERBS } from '../../src/features/regioagenda/regioagenda.verbs';
import { loadRegion } from '../../src/region';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

const region = loadRegion('ijsselland');
const round: Round = {
  region: 'ijsselland',
  year: 2027,
  deadline: '2026-12-15',
  status: 'open',
  openedBy: { aadObjectId: 'a', name: 'A' },
  openedAt: '2026-11-01T10:00:00Z',
};
const actor = { aadObjectId: 'u1', name: 'Tim' };
const theme = (id: string, gemeente: string): Theme => ({
  id,
  region: 'ijsselland',
  year: 2027,
  gemeente,
  title: `Thema ${id}`,
  problem: 'Een probleem dat regionaal speelt en aandacht vraagt.',
  desiredResult: 'Een beter resultaat',
  regionalValue: 'Samen sterker dan alleen',
  targetGroups: 'Jeugd',
  urgency: 'hoog',
  effort: '0,2 fte',
  contact: 'Tim',
  relatedThemeIds: [],
  status: 'ingediend',
  supporters: ['Zwolle'],
  history: [],
  createdBy: actor,
  createdAt: '2026-11-02T10:00:00Z',
  updatedBy: actor,
  updatedAt: '2026-11-02T10:00:00Z',
});
const now = new Date('2026-11-10T10:00:00Z');
const kampenAdviser = { aadObjectId: 'u1', name: 'Tim', email: '', roles: ['beleidsadviseur' as const], gemeente: 'Kampen', demo: false };

/** Every card the feature can produce, filled with representative data (incl. error states). */
const samples = {
  openRound: renderOpenRoundCard({ year: '2027', deadline: '2026-12-15', notice: 'Let op', errors: { year: 'Fout jaar', deadline: '' } }),
  formNew: themeFormCard({ round, gemeente: 'Kampen', others: [], submissionId: 'abcdef0123456789' }),
  formErrors: themeFormCard({
    round,
    gemeente: 'Kampen',
    others: [theme('aaaaaa1111', 'Zwolle')],
    errors: { title: 'Te kort', urgency: 'Kies' },
    notice: { text: 'Niet alles klopt', color: 'Attention' },
    submissionId: 'abcdef0123456789',
  }),
  formEdit: themeFormCard({ round, gemeente: 'Kampen', others: [theme('aaaaaa1111', 'Zwolle')], editing: { value: theme('bbbbbb2222', 'Kampen'), version: '3' } }),
  saved: savedCard('Ingediend', theme('bbbbbb2222', 'Kampen'), round, [{ id: 'aaaaaa1111', kenmerk: 'RA-2027-ZWO-01', title: 'Lijkt erop', gemeente: 'Zwolle' }]),
  status: statusCard(region, round, [theme('a1', 'Kampen'), theme('a2', 'Kampen'), theme('a3', 'Zwolle')], now, 'Geopend'),
  themes: themesCard(round, [{ value: theme('aaaaaa1111', 'Zwolle'), version: '1' }, { value: theme('bbbbbb2222', 'Kampen'), version: '2' }], kampenAdviser, now),
  themesEmpty: themesCard(round, [], undefined, now),
  export: renderExportCard({ heading: 'Export', message: 'Klaar', links: [{ title: 'Download', url: 'https://example.org/x' }] }),
};

describe('regioagenda cards', () => {
  it.each(Object.entries(samples))('%s is a valid Adaptive Card 1.5 without unresolved template expressions', (_name, card) => {
    expect(card.version).toBe('1.5');
    expect(JSON.stringify(card)).not.toContain('${');
    const parsed = new AC.AdaptiveCard();
    const context = new AC.SerializationContext();
    parsed.parse(card, context);
    const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
    expect(events).toEqual([]);
  });

  it('the status chart names each gemeente once: a bar when it submitted, else in the "nog niet ingediend" line', () => {
    const text = JSON.stringify(samples.status);
    for (const g of region.gemeenten) expect([g, text.split(g).length - 1]).toEqual([g, 1]);
    expect(text).toContain('"text":"Kampen"');
    expect(text).toContain('"width":"180px"');
  });

  it('a theme list offers support on other gemeenten\' themes and edit on its own', () => {
    const text = JSON.stringify(samples.themes);
    expect(text.match(/regio\.theme\.support/g)).toHaveLength(1);
    expect(text.match(/regio\.theme\.edit/g)).toHaveLength(1);
  });

  it('every verb used in a template has a card action route, and every route has a verb constant', () => {
    const dir = path.join(__dirname, '../../src/features/regioagenda/cards');
    const used = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/"verb": "([^"]+)"/g)].map((m) => m[1])),
    );
    const routes = regioagendaRoutes({} as never).cardActions!.map((a) => a.verb);
    for (const verb of used) expect(routes).toContain(verb);
    expect(routes.sort()).toEqual(Object.values(REGIO_VERBS).sort());
  });
});
