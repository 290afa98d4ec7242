import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// The layering the README describes, checked on the source: each rule names the files that break it.
const SRC = path.resolve(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
const files = sourceFiles(SRC);
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
const SPECIFIER = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import of a file: package names as written, local ones resolved to a path under src/. */
function importsOf(file: string): { packages: string[]; local: string[] } {
  const packages: string[] = [];
  const local: string[] = [];
  for (const m of text.get(file)!.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) {
      packages.push(spec);
      continue;
    }
    const base = path.resolve(path.dirname(file), spec);
    const target = [`${base}.ts`, path.join(base, 'index.ts')].find((c) => text.has(c));
    if (target) local.push(rel(target));
  }
  return { packages, local };
}

const graph = new Map(files.map((f) => [rel(f), importsOf(f)]));
const violations = (check: (from: string, imports: { packages: string[]; local: string[] }) => string[]) =>
  [...graph].flatMap(([from, imports]) => check(from, imports).map((to) => `${from} -> ${to}`));

/** Groups of nodes that import each other in a circle (strongly connected components of `edges`). */
function circles(edges: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return out;
}

const fileEdges = new Map([...graph].map(([from, { local }]) => [from, local]));

/** The layers as modules: all of src/features, src/storage, src/bot, src/http, src/shared, src/cli, and each root file. */
const areaOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);

/**
 * Finer modules: a folder inside an area (one feature, one storage adapter, the repositories) is one module;
 * a file lying loose in an area or in src/ (the feature kernel's feature.ts and permissions.ts, storage's
 * index.ts and document-store.ts, compose.ts) is a module of its own.
 */
const moduleOf = (file: string) => (file.split('/').length > 2 ? file.split('/').slice(0, 2).join('/') : file);

/** The graph of modules: an edge when any file of one imports any file of another. */
function moduleEdges(moduleOf: (file: string) => string, extra: [string, string][] = []): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [from, to] of [...[...graph].flatMap(([f, { local }]) => local.map((t) => [f, t] as [string, string])), ...extra]) {
    const [a, b] = [moduleOf(from), moduleOf(to)];
    if (a === b) continue;
    if (!out.has(a)) out.set(a, new Set());
    out.get(a)!.add(b);
  }
  return new Map([...out].map(([a, bs]) => [a, [...bs]]));
}

const featureOf = (file: string) => file.match(/^features\/([^/]+)\//)?.[1];

/** Files over the size rules (300 lines a file, 60 a function) in other issues' areas; each entry says whose. */
const LONG_FILES: Record<string, string> = {
  'features/notifications/outbox.worker.ts': 'delivery logic, issue #12',
  'storage/sqlite/sqlite-store.ts': 'SQLite adapter, issue #12',
  'storage/cosmos/cosmos-store.ts': 'Cosmos adapter, issue #12',
};

describe('architecture', () => {
  it('has no import circles between files', () => {
    expect(circles(fileEdges)).toEqual([]);
  });

  it('has no import circles between modules: storage depends on features, never the other way round', () => {
    expect(circles(moduleEdges(areaOf))).toEqual([]);
    // The check can fail: one feature file importing storage closes the circle it guards against.
    expect(circles(moduleEdges(areaOf, [['features/qa/qa.service.ts', 'storage/index.ts']]))).toEqual([['features', 'storage']]);
  });

  it('has no import circles between modules inside an area: features, the feature kernel, adapters', () => {
    expect(circles(moduleEdges(moduleOf))).toEqual([]);
    // The check can fail: the kernel importing the people feature again (it used to, for Person) closes the circle
    // kernel -> people -> imports -> kernel.
    const injected = circles(moduleEdges(moduleOf, [['features/feature.ts', 'features/people/people.domain.ts']]));
    expect(injected).toEqual([['features/feature.ts', 'features/imports', 'features/people']]);
  });

  it('the feature kernel (files loose in src/features) imports no feature: every feature may import it', () => {
    const bad = violations((from, { local }) => (/^features\/[^/]+$/.test(from) ? local.filter((to) => featureOf(to)) : []));
    expect(bad).toEqual([]);
  });

  it('features import nothing from src/storage: they declare the ports they need, storage implements them', () => {
    const bad = violations((from, { local }) => (from.startsWith('features/') ? local.filter((to) => to.startsWith('storage/')) : []));
    expect(bad).toEqual([]);
  });

  it('a feature uses another feature only through its domain, ports, the import kinds or the notification reach', () => {
    // Besides domains and ports, two contracts are shared on purpose: importable kinds, and who a notification reaches.
    const shared = /\.(domain|ports)\.ts$|^features\/imports\/(import\.service|tabular)\.ts$|^features\/notifications\/reach\.ts$/;
    const bad = violations((from, { local }) => {
      const own = featureOf(from);
      return own ? local.filter((to) => featureOf(to) && featureOf(to) !== own && !shared.test(to)) : [];
    });
    expect(bad).toEqual([]);
  });

  it('only src/bot and src/http import the Bot Framework and restify; only src/storage imports a database', () => {
    const rules: [RegExp, RegExp][] = [
      [/^(botbuilder|@microsoft\/teams-ai|restify)/, /^(bot|http)\//],
      [/^(better-sqlite3|@azure\/cosmos)/, /^storage\//],
    ];
    const bad = violations((from, { packages }) => packages.filter((p) => rules.some(([pkg, home]) => pkg.test(p) && !home.test(from))));
    expect(bad).toEqual([]);
  });

  it('features are wired in one place: only the composition root registers them', () => {
    const bad = violations((from, { local }) => (from === 'compose.ts' ? [] : local.filter((to) => to.endsWith('.feature.ts'))));
    expect(bad).toEqual([]);
  });

  it('no file is over 300 lines', () => {
    const long = files.map((f) => [rel(f), text.get(f)!.split('\n').length] as const).filter(([f, n]) => n > 300 && !LONG_FILES[f]);
    expect(long).toEqual([]);
  });

  it('no function is over 60 lines', () => {
    const long: string[] = [];
    for (const f of files) {
      const source = ts.createSourceFile(f, text.get(f)!, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const lines = source.getLineAndCharacterOfPosition(node.end).line - source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          if (lines > 60 && !LONG_FILES[rel(f)]) long.push(`${rel(f)}:${node.getStart()} (${lines} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });
});
