import type { AdaptiveCardJson, CardAction, CardActionResult, FeatureRoutes, Reply, TextHandler, Turn } from '../feature';
import { say } from '../feature';
import { hasRole, isRsj, type Person } from '../people/people.domain';
import { renderExportCard } from './cards/export.card';
import { renderOpenRoundCard } from './cards/open-round.card';
import { savedCard, statusCard, themeFormCard, themesCard } from './regioagenda.cards';
import { addDays, parseStatus, type Round } from './regioagenda.domain';
import type { RegioagendaDownloads } from './regioagenda.downloads';
import type { RegioagendaService, SubmitOutcome, ThemeOutcome } from './regioagenda.service';
import { REGIO_TEXTS as T } from './regioagenda.texts';
import { REGIO_VERBS as V } from './regioagenda.verbs';

const OPEN = /^open (?:een )?(?:regioagenda[- ]?)?ronde(?: (\d{4}))?$/i;
const EXTEND = /^(?:verleng|heropen) (?:de )?ronde (\d{4}) tot (?:en met )?(\d{4}-\d{2}-\d{2})$/i;
const CLOSE = /^sluit (?:de )?ronde (\d{4})$/i;
const STATUS = /^status regioagenda(?: (\d{4}))?$/i;
const THEMES = /^(?:thema'?s|regioagenda thema'?s|toon thema'?s)(?: (\d{4}))?$/i;
const NEW_THEME = /^(?:nieuw thema|thema indienen|dien (?:een )?thema in)$/i;
// "zet thema abc123 op advies PFO vergadering PFO 12 maart" / "... op in uitvoering trekker a@b.nl projectmanager c@d.nl"
const MOVE = /^zet thema (\S+) op (.+)$/i;
const MERGE = /^voeg thema (\S+) samen met (?:thema )?(\S+)$/i;
const EXPORT = /^exporteer (?:de )?(?:concept[- ]?)?regioagenda(?: (\d{4}))?$/i;
const EXPORT_AUDIT = /^exporteer (?:het )?audit(?:log(?:boek)?)?(?: (\d{4}))?$/i;

const year = (m: RegExpMatchArray, i = 1) => (m[i] ? Number(m[i]) : undefined);

/** Splits "advies PFO vergadering PFO 12 maart trekker x@y" into the status and its keyword parts. */
export function parseMove(rest: string) {
  const parts = rest.split(/\s+(?=(?:vergadering|trekker|projectmanager)\s)/i);
  const out: { status: string; meeting?: string; trekkerEmail?: string; projectmanagerEmail?: string } = { status: parts[0] };
  for (const part of parts.slice(1)) {
    const [, key, value] = part.match(/^(\S+)\s+(.+)$/) ?? [];
    if (/^vergadering$/i.test(key)) out.meeting = value;
    if (/^trekker$/i.test(key)) out.trekkerEmail = value.trim();
    if (/^projectmanager$/i.test(key)) out.projectmanagerEmail = value.trim();
  }
  return out;
}

export function regioagendaRoutes(service: RegioagendaService, downloads: RegioagendaDownloads): FeatureRoutes {
  const withRound = async (y: number | undefined, then: (round: Round) => Promise<Reply[]>) => {
    const round = await service.round(y);
    return round ? then(round) : say(y ? T.noRoundForYear(y) : T.noRound);
  };
  const card = (c: AdaptiveCardJson): Reply[] => [{ card: c }];

  const text = (name: string, pattern: RegExp, run: (turn: Turn, m: RegExpMatchArray) => Promise<Reply[]>): TextHandler => ({
    name,
    async handle(turn) {
      const m = turn.text.match(pattern);
      return m ? run(turn, m) : undefined;
    },
  });

  const textHandlers: TextHandler[] = [
    text('regio-open', OPEN, async (turn, m) => {
      if (!hasRole(turn.person, 'projectmanager', 'regiomanager')) return say(T.onlyRoundOpeners);
      const now = service.now();
      const today = now.toISOString().slice(0, 10);
      return card(
        renderOpenRoundCard({
          year: String(year(m) ?? now.getUTCFullYear() + 1),
          deadline: addDays(today, 42),
          notice: '',
          errors: { year: '', deadline: '' },
        }),
      );
    }),
    text('regio-extend', EXTEND, async (turn, m) => {
      const r = await service.extendRound(turn.person, Number(m[1]), m[2]);
      return say(r.kind === 'refused' ? r.reason : T.roundExtended(r.round.year, r.round.deadline));
    }),
    text('regio-close', CLOSE, async (turn, m) => {
      const r = await service.closeRound(turn.person, Number(m[1]));
      return say(r.kind === 'refused' ? r.reason : T.roundClosed(r.round.year));
    }),
    text('regio-status', STATUS, (_turn, m) =>
      withRound(year(m), async (round) => card(statusCard(service.region, round, (await service.listThemes(round.year)).map((t) => t.value), service.now()))),
    ),
    text('regio-themes', THEMES, (turn, m) =>
      withRound(year(m), async (round) => card(themesCard(round, await service.listThemes(round.year), turn.person, service.now()))),
    ),
    text('regio-new-theme', NEW_THEME, async (turn) => {
      const form = await service.newThemeForm(turn.person, {});
      return form.kind === 'refused' ? say(form.reason) : card(form.card);
    }),
    text('regio-move', MOVE, async (turn, m) => {
      const parsed = parseMove(m[2]);
      const to = parseStatus(parsed.status);
      if (!to) return isRsj(turn.person) ? say(T.unknownStatus) : say(T.onlyRsj);
      return say(outcomeText(await service.transition(turn.person, { themeId: m[1], to, ...parsed })));
    }),
    text('regio-merge', MERGE, async (turn, m) => say(outcomeText(await service.merge(turn.person, m[1], m[2])))),
    text('regio-export', EXPORT, (turn, m) =>
      withRound(year(m), async (round) => {
        const links = downloads.links(turn.person, round.year, ['regioagenda.docx', 'regioagenda.xlsx']);
        if (!links) return say(T.onlyRsj);
        return card(renderExportCard({ heading: T.exportTitle(round.year), message: T.exportReady(round.year), links }));
      }),
    ),
    text('regio-export-audit', EXPORT_AUDIT, (turn, m) =>
      withRound(year(m), async (round) => {
        const links = downloads.links(turn.person, round.year, ['audit.csv']);
        if (!links) return say(T.onlyRsj);
        return card(renderExportCard({ heading: `Auditlogboek regioagenda ${round.year}`, message: T.auditReady(round.year), links }));
      }),
    ),
  ];

  const action = (verb: string, handle: (turn: Turn, data: Record<string, unknown>) => Promise<CardActionResult>): CardAction => ({ verb, handle });
  const listCard = async (person: Person | undefined, round: Round, notice = ''): Promise<CardActionResult> => ({
    card: themesCard(round, await service.listThemes(round.year), person, service.now(), notice),
  });
  const themeResult = async (turn: Turn, r: ThemeOutcome): Promise<CardActionResult> => {
    if (r.kind === 'refused') return { message: r.reason };
    return listCard(turn.person, r.round, r.kind === 'conflict' ? T.conflict : r.message);
  };

  const cardActions: CardAction[] = [
    action(V.openRound, async (turn, data) => {
      const r = await service.openRound(turn.person, data);
      if (r.kind === 'refused') return { message: r.reason };
      if (r.kind === 'invalid') {
        return {
          card: renderOpenRoundCard({
            year: String(data.year ?? ''),
            deadline: String(data.deadline ?? ''),
            notice: T.formInvalid,
            errors: { year: r.errors.year ?? '', deadline: r.errors.deadline ?? '' },
          }),
        };
      }
      return { card: statusCard(service.region, r.round, [], service.now(), T.roundOpened(r.round.year, r.round.deadline, r.invited)) };
    }),
    action(V.newTheme, async (turn, data) => {
      const form = await service.newThemeForm(turn.person, data);
      return form.kind === 'refused' ? { message: form.reason } : { card: form.card };
    }),
    action(V.editTheme, async (turn, data) => {
      const form = await service.editThemeForm(turn.person, data);
      return form.kind === 'refused' ? { message: form.reason } : { card: form.card };
    }),
    action(V.saveTheme, async (turn, data) => submitResult(turn, await service.submit(turn.person, data), service)),
    action(V.withdrawTheme, async (turn, data) => themeResult(turn, await service.withdraw(turn.person, data))),
    action(V.supportTheme, async (turn, data) => themeResult(turn, await service.support(turn.person, data))),
    action(V.listThemes, async (turn, data) => {
      const round = await service.round(Number(data.year) || undefined);
      return round ? listCard(turn.person, round) : { message: T.noRound };
    }),
  ];

  return {
    membersOnly: true,
    textHandlers,
    cardActions,
    helpSection: 'Regioagenda',
    help: (person) => {
      const lines = [];
      if (hasRole(person, 'projectmanager', 'regiomanager')) lines.push({ title: 'Een regioagenda-ronde openen', example: `open ronde ${new Date().getFullYear() + 1}` });
      if (hasRole(person, 'beleidsadviseur')) lines.push({ title: 'Een thema voor de regioagenda indienen', example: 'thema indienen' });
      if (person) lines.push({ title: 'Zien hoe de regioagenda-ronde ervoor staat', example: 'status regioagenda' });
      if (person) lines.push({ title: "Ingediende thema's bekijken en steunen", example: "thema's" });
      if (isRsj(person)) {
        lines.push({ title: 'Een thema door AO, PFO en BO leiden', example: 'zet thema [kenmerk] op geagendeerd AO' });
        lines.push({ title: "Thema's samenvoegen", example: 'voeg thema [kenmerk] samen met [kenmerk]' });
        lines.push({ title: 'De concept-regioagenda exporteren (Word en Excel)', example: 'exporteer regioagenda' });
        lines.push({ title: 'Het auditlogboek van een ronde exporteren', example: 'exporteer audit' });
      }
      if (hasRole(person, 'regiomanager')) lines.push({ title: 'Deadline verlengen of ronde heropenen', example: 'verleng ronde 2027 tot 2027-03-31' });
      return lines;
    },
  };
}

async function submitResult(turn: Turn, r: SubmitOutcome, service: RegioagendaService): Promise<CardActionResult> {
  const person = turn.person!;
  const others = async (round: Round) => (await service.listThemes(round.year)).map((t) => t.value);
  switch (r.kind) {
    case 'refused':
      return { message: r.reason };
    case 'invalid':
      return {
        card: themeFormCard({
          round: r.round,
          gemeente: person.gemeente!,
          others: await others(r.round),
          values: r.values,
          errors: r.errors,
          notice: { text: T.formInvalid, color: 'Attention' },
          submissionId: r.submissionId,
          editing: r.editing,
        }),
      };
    case 'conflict':
      return {
        card: themeFormCard({
          round: r.round,
          gemeente: person.gemeente!,
          others: await others(r.round),
          notice: { text: T.conflict, color: 'Warning' },
          editing: r.fresh,
        }),
      };
    case 'created':
      return { card: savedCard(T.submitted(r.theme.title, r.theme.gemeente), r.theme, r.round, r.similar) };
    case 'duplicate':
      return { card: savedCard(T.duplicate(r.theme.title), r.theme, r.round, []) };
    case 'updated':
      return { card: savedCard(T.updated(r.theme.title), r.theme, r.round, []) };
  }
}

const outcomeText = (r: ThemeOutcome) => (r.kind === 'refused' ? r.reason : r.kind === 'conflict' ? T.conflictRetry : r.message);
