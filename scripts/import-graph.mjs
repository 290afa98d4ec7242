#!/usr/bin/env node
// Import graph of src/: modules (folders), edges between them, edges pointing up the layers, and circles.
// `node scripts/import-graph.mjs` prints the counts; `--edges` lists the module edges too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(process.argv.find((a) => a.startsWith('--src='))?.slice(6) ?? 'src');

/** Lower number = lower layer. Features own the domain; storage and the bot adapt it; the roots wire. */
const LAYERS = [
  [/^(shared|config|region)/, 0],
  [/^features/, 1],
  [/^(storage|bot|http)/, 2],
  [/^(compose|index|cli)/, 3],
];
const layerOf = (mod) => LAYERS.find(([re]) => re.test(mod))?.[1] ?? 0;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return name.endsWith('.ts') ? [p] : [];
  });
}

function resolve(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [`${base}.ts`, path.join(base, 'index.ts'), base]) {
    try {
      if (statSync(c).isFile()) return c;
    } catch {}
  }
  return undefined;
}

/**
 * A module is a folder inside an area (a feature, a storage adapter, the repositories), or a file lying loose
 * in an area or in src/ (the feature kernel's feature.ts, storage's index.ts, compose.ts): as tests/architecture.test.ts.
 */
function moduleOf(file) {
  const parts = path.relative(SRC, file).replace(/\\/g, '/').split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts.join('/').replace(/\.ts$/, '');
}

const IMPORT = /(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const fileEdges = new Map();
for (const f of files(SRC)) {
  const targets = new Set();
  for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
    const target = resolve(f, m[2] ?? m[3]);
    if (target && target.startsWith(SRC)) targets.add(target);
  }
  fileEdges.set(f, targets);
}

/** Ports and errors are the one sanctioned way from features into storage. */
const isPortFile = (f) => /storage[\\/](ports|errors)\.ts$/.test(f);

function moduleEdgesOf(keep) {
  const out = new Map();
  for (const [f, ts] of fileEdges) {
    for (const t of ts) {
      const a = moduleOf(f);
      const b = moduleOf(t);
      if (a === b || !keep(f, t)) continue;
      if (!out.has(a)) out.set(a, new Set());
      out.get(a).add(b);
    }
  }
  return out;
}
const modEdges = moduleEdgesOf(() => true);
const edgesList = (g) => [...g].flatMap(([a, bs]) => [...bs].map((b) => [a, b]));
const withoutPorts = edgesList(moduleEdgesOf((_, t) => !isPortFile(t)));

/** Strongly connected components with more than one member (Tarjan). */
function circles(graph) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc);
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

const modules = new Set([...fileEdges.keys()].map(moduleOf));
const edges = edgesList(modEdges);
const upward = edges.filter(([a, b]) => layerOf(b) > layerOf(a));
const rel = (f) => path.relative(SRC, f);
const fileCircles = circles(fileEdges).map((c) => c.map(rel).sort());
const result = {
  modules: modules.size,
  moduleEdges: edges.length,
  upwardEdges: upward.length,
  upwardEdgesNotViaPorts: withoutPorts.filter(([a, b]) => layerOf(b) > layerOf(a)).length,
  fileEdges: [...fileEdges.values()].reduce((n, s) => n + s.size, 0),
  fileCircles: fileCircles.length,
  moduleCircles: circles(modEdges).length,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
if (process.argv.includes('--edges')) {
  for (const [a, b] of edges.sort()) process.stdout.write(`${layerOf(b) > layerOf(a) ? 'UP ' : '   '}${a} -> ${b}\n`);
  for (const c of fileCircles) process.stdout.write(`circle: ${c.join(' , ')}\n`);
  for (const c of circles(modEdges)) process.stdout.write(`module circle: ${c.sort().join(" <-> ")}\n`);
}
