import type { Region } from '../../region';
import type { ProviderAnswerData } from './cards/provider-answer.card';
import { type Contract, contractIncludes, type Provider, SIGNAL_NIVEAUS, type Signal, type WaitTime } from './providers.domain';
import { addMonths, dutchDate, euro, plural, weeks } from './providers.format';
import type { ProvidersModel } from './providers.model';
import { type Answer, barsOf, contractTable, countBySoort, describeFilter, type PageRequest, PAGE_SIZE, paged, signalTable, waitTable } from './providers.tables';
import { NO_ESCALATIONS, type OpenEscalations } from './providers.ports';
import type { Query } from './providers.query';
import { joinAnd, PROVIDER_TEXTS as T } from './providers.texts';

/** Who may see which contracts: RSJ sees all, a gemeente's people see the contracts it takes part in. */
export type Scope = { all: true } | { all: false; gemeente: string };

const MAX_NAMES = 10;

export class ProvidersService {
  constructor(
    private readonly model: ProvidersModel,
    private readonly region: Region,
    private readonly openEscalations: OpenEscalations = NO_ESCALATIONS,
  ) {}

  /**
   * The answer as card data; the route renders it. `canEscalate` adds "Escaleer" to a provider's
   * status; `page` is a "Toon meer" click on one list.
   */
  async answer(query: Query, scope: Scope, today: string, opts: { canEscalate?: boolean; page?: PageRequest } = {}): Promise<ProviderAnswerData> {
    await this.openEscalations.refresh();
    const data = this.build(query, scope, today);
    const notes = [...(data.notes ?? [])];
    if (!scope.all) notes.unshift(T.scopeNote(scope.gemeente));
    if (this.model.demo) notes.push(T.demoNote);
    const tables = (data.tables ?? []).map((t, i) => paged(t, i, JSON.stringify(query), opts.page?.table === i ? opts.page.offset : undefined));
    const buttons = opts.canEscalate && query.kind === 'status' && query.providerId ? [T.escalateButton(this.model.name(query.providerId))] : [];
    return { ...data, tables, notes, buttons };
  }

  private build(q: Query, scope: Scope, today: string): Answer {
    switch (q.kind) {
      case 'status':
        return q.providerId ? this.status(q, scope, today) : this.contractsSummary(q, scope);
      case 'waits':
        return this.waits(q, scope);
      case 'signals':
        return this.signals(q, scope);
      case 'ending':
        return this.ending(q, scope, today);
      case 'top':
        return this.top(q, scope);
      case 'contracts':
        return q.perGemeente && scope.all ? this.perGemeente(q, scope) : this.contractsSummary(q, scope);
    }
  }

  /** Contracts visible to the scope, narrowed by the query's gemeente, provider and soort. */
  private contracts(q: Query, scope: Scope): Contract[] {
    return this.model.contracts.filter(
      (c) =>
        (scope.all || contractIncludes(c, scope.gemeente)) &&
        (!q.gemeente || contractIncludes(c, q.gemeente)) &&
        (!q.providerId || c.aanbiederId === q.providerId) &&
        (!q.soort || c.soort === q.soort),
    );
  }

  /** Providers in view: all for RSJ; otherwise (or with a gemeente asked) those with a contract there. */
  private providerVisible(id: string, q: Query, scope: Scope): boolean {
    const gemeenten = [scope.all ? undefined : scope.gemeente, q.gemeente].filter((g): g is string => !!g);
    return gemeenten.every((g) => this.model.contracts.some((c) => c.aanbiederId === id && contractIncludes(c, g)));
  }

  private status(q: Query, scope: Scope, today: string): Answer {
    const provider = this.model.providers.get(q.providerId!) as Provider;
    const contracts = this.contracts({ ...q, kind: 'contracts' }, scope);
    const total = sum(contracts);
    const horizon = addMonths(today, 12);
    const ending = contracts.filter((c) => c.einddatum >= today && c.einddatum <= horizon);
    const waits = this.model.waitTimes
      .filter((w) => w.aanbiederId === provider.id && (!q.product || sameProduct(w.product, q.product)))
      .sort((a, b) => a.product.localeCompare(b.product));
    const signals = this.model.signals.filter((s) => s.aanbiederId === provider.id && s.open).sort(bySignal);
    const levels = SIGNAL_NIVEAUS.slice().reverse().map((n) => ({ n, count: signals.filter((s) => s.niveau === n).length }));
    const escalations = this.openEscalations.count(provider.id);
    const where = q.gemeente ? ` in ${q.gemeente}` : '';

    const buyer = q.gemeente ?? (scope.all ? undefined : scope.gemeente);
    const summary = [
      contracts.length === 0
        ? T.noContractsWith(provider.naam, buyer)
        : `${provider.naam}${where}: ${plural(contracts.length, 'contract', 'contracten')} met een totale waarde van ${euro(total)}, waarvan ${ending.length} binnen 12 maanden ${ending.length === 1 ? 'afloopt' : 'aflopen'}.`,
      waits.length
        ? `Actuele wachttijden: ${waits.map((w) => `${w.product} ${weeks(w.weken)}`).join(', ')}.`
        : 'Er zijn geen wachttijden bekend.',
      `Open signalen: ${levels.map((l) => `${l.count} ${l.n}`).join(', ')}.`,
      `Open escalaties: ${escalations}.`,
    ].join(' ');

    return {
      title: `Stand van zaken: ${provider.naam}`,
      summary,
      facts: [
        ...(provider.plaats ? [{ title: 'Plaats', value: provider.plaats }] : []),
        ...(contracts.length === 0
          ? []
          : [
              { title: 'Contracten', value: `${contracts.length} (${countBySoort(contracts)})` },
              { title: 'Totale waarde', value: euro(total) },
              { title: 'Aflopend binnen 12 maanden', value: String(ending.length) },
            ]),
        { title: 'Open signalen', value: levels.map((l) => `${l.count} ${l.n}`).join(', ') },
        { title: 'Open escalaties', value: String(escalations) },
      ],
      barsTitle: 'Actuele wachttijd per product',
      bars: waits.length > 1 ? barsOf(waits.map((w) => ({ label: w.product, n: w.weken, value: weeks(w.weken) }))) : [],
      tables: [
        ...(contracts.length ? [contractTable('Contracten', contracts, false)] : []),
        ...(waits.length ? [waitTable(waits, false, (id) => this.model.name(id))] : []),
        ...(signals.length ? [signalTable(signals, false, (id) => this.model.name(id))] : []),
      ],
    };
  }

  private waits(q: Query, scope: Scope): Answer {
    const rows = this.model.waitTimes
      .filter(
        (w) =>
          (q.minWeeks === undefined || (q.inclusive ? w.weken >= q.minWeeks : w.weken > q.minWeeks)) &&
          (!q.product || sameProduct(w.product, q.product)) &&
          (!q.providerId || w.aanbiederId === q.providerId) &&
          this.providerVisible(w.aanbiederId, q, scope),
      )
      .sort((a, b) => b.weken - a.weken || this.model.name(a.aanbiederId).localeCompare(this.model.name(b.aanbiederId)));
    const providers = unique(rows.map((w) => w.aanbiederId));
    const threshold = q.minWeeks === undefined ? '' : ` van ${q.inclusive ? 'minstens' : 'meer dan'} ${weeks(q.minWeeks)}`;
    const product = q.product ? ` voor ${q.product}` : '';
    const where = q.gemeente ? ` (aanbieders met contracten in ${q.gemeente})` : '';
    // Named per provider (its longest wait), so "N aanbieders ... en nog M" adds up to N.
    const named = providers.slice(0, MAX_NAMES).map((id) => {
      const w = rows.find((r) => r.aanbiederId === id)!;
      return `${this.model.name(id)} (${q.product ? '' : `${w.product}, `}${weeks(w.weken)})`;
    });
    const summary =
      rows.length === 0
        ? `Geen enkele aanbieder heeft een actuele wachttijd${threshold}${product}${where}.`
        : `${plural(providers.length, 'aanbieder heeft', 'aanbieders hebben')} een actuele wachttijd${threshold}${product}${where}: ${joinAnd(named)}${providers.length > MAX_NAMES ? ` en nog ${plural(providers.length - MAX_NAMES, 'aanbieder', 'aanbieders')}` : ''}.`;
    return {
      title: `Wachttijden${threshold}${product}`,
      summary,
      barsTitle: 'Wachttijd in weken',
      bars: barsOf(rows.slice(0, 10).map((w) => ({ label: `${this.model.name(w.aanbiederId)}${q.product ? '' : ` (${w.product})`}`, n: w.weken, value: weeks(w.weken) }))),
      tables: rows.length ? [waitTable(rows, true, (id) => this.model.name(id))] : [],
    };
  }

  private signals(q: Query, scope: Scope): Answer {
    const rows = this.model.signals
      .filter(
        (s) =>
          s.open &&
          (!q.niveau || s.niveau === q.niveau) &&
          (!q.signalSoort || s.soort === q.signalSoort) &&
          (!q.providerId || s.aanbiederId === q.providerId) &&
          this.providerVisible(s.aanbiederId, q, scope),
      )
      .sort(bySignal);
    const providers = unique(rows.map((s) => s.aanbiederId));
    const what = `een open ${q.signalSoort ? `${q.signalSoort} ` : ''}signaal${q.niveau ? ` met niveau ${q.niveau}` : ''}`;
    const where = q.gemeente ? ` (aanbieders met contracten in ${q.gemeente})` : '';
    const named = providers.slice(0, MAX_NAMES).map((id) => {
      const kinds = unique(rows.filter((s) => s.aanbiederId === id).map((s) => (q.niveau ? s.soort : `${s.soort} ${s.niveau}`)));
      return `${this.model.name(id)} (${kinds.join(', ')})`;
    });
    const summary =
      rows.length === 0
        ? `Geen enkele aanbieder heeft ${what}${where}.`
        : `${plural(providers.length, 'aanbieder heeft', 'aanbieders hebben')} ${what}${where}: ${joinAnd(named)}${providers.length > MAX_NAMES ? ` en nog ${plural(providers.length - MAX_NAMES, 'aanbieder', 'aanbieders')}` : ''}.`;
    const perLevel = SIGNAL_NIVEAUS.slice().reverse().map((n) => ({ label: n, n: rows.filter((s) => s.niveau === n).length }));
    return {
      title: `Aanbieders met ${what}`,
      summary,
      barsTitle: 'Open signalen per niveau',
      bars: q.niveau ? [] : barsOf(perLevel.map((l) => ({ ...l, value: String(l.n) }))),
      tables: rows.length ? [signalTable(rows, true, (id) => this.model.name(id))] : [],
    };
  }

  private ending(q: Query, scope: Scope, today: string): Answer {
    const from = q.endFrom;
    const before = q.endBefore ?? addMonths(today, 12);
    const label = q.endLabel ?? 'binnen 12 maanden';
    const rows = this.contracts(q, scope)
      .filter((c) => (!from || c.einddatum >= from) && c.einddatum < before)
      .sort((a, b) => a.einddatum.localeCompare(b.einddatum) || a.id.localeCompare(b.id));
    const scopeText = describeFilter(q, (id) => this.model.name(id));
    const noun = q.soort ? [`${q.soort} contract`, `${q.soort}e contracten`] : ['contract', 'contracten'];
    const named = rows.slice(0, MAX_NAMES).map((c) => `${c.id} (${this.model.name(c.aanbiederId)}, ${dutchDate(c.einddatum)})`);
    const summary =
      rows.length === 0
        ? `Er zijn geen ${noun[1]}${scopeText} die ${label} aflopen.`
        : `${plural(rows.length, noun[0], noun[1])}${scopeText} ${rows.length === 1 ? 'loopt' : 'lopen'} ${label} af, samen ${euro(sum(rows))}: ${joinAnd(named)}${rows.length > MAX_NAMES ? ` en nog ${rows.length - MAX_NAMES}` : ''}.`;
    return {
      title: `Contracten die ${label} aflopen`,
      summary,
      facts: [
        { title: 'Aantal', value: `${rows.length} (${countBySoort(rows)})` },
        { title: 'Totale waarde', value: euro(sum(rows)) },
      ],
      tables: rows.length ? [contractTable('Contracten', rows, true, (id) => this.model.name(id))] : [],
    };
  }

  private top(q: Query, scope: Scope): Answer {
    const limit = Math.min(Math.max(1, q.limit ?? 5), 25);
    const totals = new Map<string, Contract[]>();
    for (const c of this.contracts({ ...q, providerId: undefined }, scope)) totals.set(c.aanbiederId, [...(totals.get(c.aanbiederId) ?? []), c]);
    const ranked = [...totals.entries()]
      .map(([id, cs]) => ({ id, name: this.model.name(id), count: cs.length, value: sum(cs) }))
      .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name))
      .slice(0, limit);
    const where = q.gemeente ? ` in ${q.gemeente}` : '';
    const soort = q.soort ? ` (${q.soort}e contracten)` : '';
    const summary =
      ranked.length === 0
        ? `Er zijn geen contracten${where}${soort}.`
        : `Top ${ranked.length} aanbieders op contractwaarde${where}${soort}: ${ranked.map((r, i) => `${i + 1}. ${r.name} ${euro(r.value)}`).join('; ')}.`;
    return {
      title: `Top ${limit} aanbieders op contractwaarde${where}`,
      summary,
      barsTitle: 'Contractwaarde',
      bars: barsOf(ranked.map((r) => ({ label: r.name, n: r.value, value: euro(r.value) }))),
      tables: [
        {
          title: 'Ranglijst',
          noun: 'aanbieders',
          rows: ranked.map((r, i) => ({ main: `${i + 1}. ${r.name}`, detail: `${euro(r.value)} · ${plural(r.count, 'contract', 'contracten')}` })),
        },
      ],
      notes: q.gemeente ? [T.valueNote] : [],
    };
  }

  private perGemeente(q: Query, scope: Scope): Answer {
    const rows = this.region.gemeenten.map((g) => {
      const cs = this.contracts({ ...q, gemeente: g }, scope);
      return { g, count: cs.length, value: sum(cs) };
    });
    const provider = q.providerId ? ` met ${this.model.name(q.providerId)}` : '';
    const kind = q.soort ? `${q.soort}e ` : '';
    return {
      title: `Contracten per gemeente${provider}`,
      summary: `Aantal ${kind}contracten${provider} per gemeente: ${rows.map((r) => `${r.g} ${r.count} (${euro(r.value)})`).join(', ')}.`,
      barsTitle: 'Contractwaarde per gemeente',
      bars: barsOf(rows.map((r) => ({ label: r.g, n: r.value, value: euro(r.value) }))),
      tables: [{ title: 'Per gemeente', noun: 'gemeenten', rows: rows.map((r) => ({ main: r.g, detail: `${plural(r.count, 'contract', 'contracten')} · ${euro(r.value)}` })) }],
      notes: [T.valueNote],
    };
  }

  private contractsSummary(q: Query, scope: Scope): Answer {
    const rows = this.contracts(q, scope).sort((a, b) => a.einddatum.localeCompare(b.einddatum) || a.id.localeCompare(b.id));
    const total = sum(rows);
    const meer = rows.filter((c) => c.soort === 'meerjarig');
    const een = rows.filter((c) => c.soort === 'eenjarig');
    const provider = q.providerId ? this.model.name(q.providerId) : undefined;
    const counted = plural(rows.length, q.soort ? `${q.soort} contract` : 'contract', q.soort ? `${q.soort}e contracten` : 'contracten');
    const subject = q.gemeente
      ? `${q.gemeente} neemt deel aan ${counted}${provider ? ` met ${provider}` : ''}`
      : provider
        ? `Met ${provider} ${rows.length === 1 ? 'is' : 'zijn'} ${counted} afgesloten`
        : `Er ${rows.length === 1 ? 'is' : 'zijn'} ${counted}`;
    const split = q.soort ? '' : `: ${meer.length} meerjarig (${euro(sum(meer))}) en ${een.length} eenjarig (${euro(sum(een))})`;
    const buyer = q.gemeente ?? (scope.all ? undefined : scope.gemeente);
    if (rows.length === 0) {
      return { title: `Contracten${provider ? ` met ${provider}` : ''}${q.gemeente ? ` in ${q.gemeente}` : ''}`, summary: provider ? T.noContractsWith(provider, buyer) : T.noContracts(buyer, q.soort) };
    }
    const summary = `${subject}, met een totale waarde van ${euro(total)}${split}.`;
    return {
      title: `Contracten${provider ? ` met ${provider}` : ''}${q.gemeente ? ` in ${q.gemeente}` : ''}`,
      summary,
      facts: [
        { title: 'Aantal contracten', value: String(rows.length) },
        { title: 'Totale waarde', value: euro(total) },
        ...(q.soort ? [] : [{ title: 'Meerjarig', value: `${meer.length} (${euro(sum(meer))})` }, { title: 'Eenjarig', value: `${een.length} (${euro(sum(een))})` }]),
      ],
      barsTitle: 'Waarde per soort contract',
      bars: q.soort ? [] : barsOf([{ label: 'Meerjarig', n: sum(meer), value: euro(sum(meer)) }, { label: 'Eenjarig', n: sum(een), value: euro(sum(een)) }]),
      // Totals first: a list of every contract only on request, unless it is one provider's few contracts.
      tables: [{ ...contractTable('Contracten', rows, !q.providerId, (id) => this.model.name(id)), collapsed: !q.providerId || rows.length > PAGE_SIZE }],
      notes: q.gemeente ? [T.valueNote] : [],
    };
  }
}

const sum = (cs: Contract[]) => cs.reduce((t, c) => t + c.waarde, 0);
const unique = <T>(xs: T[]) => [...new Set(xs)];
const sameProduct = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const LEVEL_ORDER = { hoog: 0, midden: 1, laag: 2 } as const;
const bySignal = (a: Signal, b: Signal) => LEVEL_ORDER[a.niveau] - LEVEL_ORDER[b.niveau] || b.datum.localeCompare(a.datum);

