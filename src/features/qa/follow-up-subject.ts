import vocabulary from './knowledge/vocabulary.json';
import { escapeRegExp } from '../../shared/escape-regexp';
import { YEAR_TERM } from './number-words';

/**
 * "Hoe vaak komt het BO bijeen?" - "En het PFO?": a follow-up that is only a new subject asks the previous
 * question again about it. Read together, the two questions still point at the old subject's answer.
 */

type Kind = 'name' | 'place' | 'year';

const phrase = (s: string) => s.split(/\s+/).map(escapeRegExp).join('\\s+');

/** Names of bodies and concepts the vocabulary knows ("BO", "bestuurlijk overleg", "Kerngroep Transformatie"). */
const CONCEPTS = [
  ...vocabulary.abbreviations.flatMap((a) => [new RegExp(`^${phrase(a.phrase)}$`, 'i'), new RegExp(`^${escapeRegExp(a.abbr)}$`, a.caseSensitive ? '' : 'i')]),
  ...vocabulary.concepts.map((c) => new RegExp(`^${phrase(c)}$`, 'i')),
];
const PLACES = new Set(vocabulary.placeNames.map((p) => p.toLowerCase()));
/** Capitalised words in a row: a name a document gives ("Regieoverleg", "Stichting De Brug"). */
const CAPITALISED = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u;
/** A body that meets: the BO is swapped for the PFO, not for RSJ in the same question. */
const BODY = /overleg|commissie|raad|team|groep|^(?:BO|PFO|AO|MO|KC)$/i;
/** Longest name looked for, in words ("regionaal serviceteam jeugd ijsselland"). */
const MAX_WORDS = 4;

/** What kind of subject a text is, when it is nothing but a subject (`first`: it starts the sentence, so capitals say nothing). */
function kindOf(text: string, first = false): Kind | undefined {
  if (YEAR_TERM.test(text)) return 'year';
  if (PLACES.has(text.toLowerCase())) return 'place';
  return CONCEPTS.some((c) => c.test(text)) || (!first && CAPITALISED.test(text)) ? 'name' : undefined;
}

/** "En het PFO?", "Ook voor Deventer?", "En in 2024 dan?": the subject, with its article. */
const SUBJECT_ONLY = /^(?:en|ook|maar|en ook)\s+(?:(?:voor|bij|van|in|over|met|op|naar|aan|uit)\s+)?(?:(het|de)\s+)?(.+?)(?:\s+dan)?\s*[?.!]*$/i;

interface Mention {
  at: number;
  end: number;
  article?: string;
  name: string;
}

/** Each mention of a subject of `kind` in a question, the longest name at each word. */
function mentions(question: string, kind: Kind): Mention[] {
  const words = [...question.matchAll(/[\p{L}\d&-]+/gu)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, text: m[0] }));
  const found: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      const name = question.slice(words[i].at, words[i + n - 1].end);
      if (kindOf(name, i === 0) !== kind) continue;
      const article = /^(?:het|de)$/i.test(words[i - 1]?.text ?? '') ? words[i - 1] : undefined;
      found.push({ at: article?.at ?? words[i].at, end: words[i + n - 1].end, article: article?.text, name });
      i += n - 1;
      break;
    }
  }
  return found;
}

/**
 * The previous question asked about the follow-up's subject, or undefined when the follow-up is more than a
 * subject, names the same one, or the previous question names no subject of that kind (or several alike).
 */
export function withSubjectOf(previous: string, followUp: string): string | undefined {
  const m = SUBJECT_ONLY.exec(followUp.trim());
  if (!m) return undefined;
  const [, article, subject] = m;
  const kind = kindOf(subject);
  if (!kind) return undefined;
  let old = mentions(previous, kind);
  if (old.length > 1) old = old.filter((o) => BODY.test(o.name) === BODY.test(subject));
  if (old.length !== 1 || old[0].name.toLowerCase() === subject.toLowerCase()) return undefined;
  const said = [article ?? old[0].article, subject].filter(Boolean).join(' ');
  return `${previous.slice(0, old[0].at)}${said}${previous.slice(old[0].end)}`;
}
