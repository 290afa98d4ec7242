import * as ACData from 'adaptivecards-templating';

/** A JSON Adaptive Card (schema 1.5) as produced by a feature's typed render function. */
export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  [key: string]: unknown;
}

/**
 * Expands an Adaptive Card template with data. Each card has one typed wrapper around this
 * (e.g. renderHelpCard), so handlers never assemble card JSON themselves. The card is frozen: it
 * may be the same object another turn got (see `expanded`); build a new card instead of changing one.
 */
export function renderCard<T extends object>(template: object, data: T): AdaptiveCardJson {
  const key = JSON.stringify(data);
  let cache = expanded.get(template);
  if (!cache) expanded.set(template, (cache = new Map()));
  let card = cache.get(key);
  if (card === undefined) {
    card = deepFreeze(textsAsStrings(prepared(template).expand({ $root: data }))) as AdaptiveCardJson;
    if (cache.size >= CACHED_PER_TEMPLATE) cache.delete(cache.keys().next().value!);
  } else cache.delete(key);
  cache.set(key, card);
  return card;
}

/**
 * The same template with the same data expands to the same card (templates use no clock or random
 * functions). Help, welcome and list cards repeat; expanding them again, and a new copy per turn,
 * was most of a card turn's garbage, and the connector client keeps what it sends alive until a full
 * GC (one copy per turn lived on in the old generation). Least recently used entries go first.
 */
const CACHED_PER_TEMPLATE = 32;
const expanded = new WeakMap<object, Map<string, AdaptiveCardJson>>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * A Template parses its JSON and expressions once and expands any number of times: preparing it per
 * render cost about 3 ms and most of the garbage of a card turn. Templates are the imported JSON modules.
 */
const templates = new WeakMap<object, ACData.Template>();
function prepared(template: object): ACData.Template {
  let t = templates.get(template);
  if (!t) templates.set(template, (t = new ACData.Template(template)));
  return t;
}

/**
 * A template field that is only "${count}" expands to a number, and renderers drop numeric
 * texts (a count of 0 shows as nothing). Texts, titles and fact values are strings by schema.
 */
function textsAsStrings(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(textsAsStrings);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  const isFact = !('type' in node) && 'title' in node && 'value' in node;
  for (const [key, value] of Object.entries(node)) {
    const textual = key === 'text' || key === 'title' || (isFact && key === 'value');
    out[key] = textual && typeof value === 'number' ? String(value) : textsAsStrings(value);
  }
  return out;
}
