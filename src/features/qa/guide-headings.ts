import { isShipped } from './builtin-documents';
import { tokenizeText } from './dutch-text';
import type { Passage } from './qa.domain';
import type { QueryWord } from './query-words';

/** "Hoe werkt ...", "hoe gaat ..." (not how often, how long or how much), "wat is ...": how something goes or what it is. */
const ASKS_HOW = /^\s*(?:hoe\b(?!\s+(?:vaak|lang|veel|groot|hoog|laat|snel|duur)\b)|wat (?:is|zijn|houdt|houden)\b)/i;

/**
 * The section headings of the user guide that ships with the bot, as sets of index terms. A "hoe" or "wat is"
 * question whose own words (at least two, none only a synonym group) all stand in one heading asks how the bot's
 * process goes: "Hoe werkt de ronde voor de regioagenda?" names "De jaarlijkse ronde voor de regioagenda", which the
 * documents RSJ ingested do not describe. Read once per index from the guide's few passages, not per question.
 */
export class GuideHeadings {
  private headings?: Set<string>[];

  constructor(
    private readonly titles: () => Iterable<string>,
    private readonly passageAt: (title: string, position: number) => Passage | undefined,
    private readonly terms: (word: string) => string[],
  ) {}

  named(question: string, words: QueryWord[]): boolean {
    if (!ASKS_HOW.test(question)) return false;
    const own = words.filter((w) => !w.weak && !w.terms[0].startsWith('~')).map((w) => w.terms[0]);
    return own.length >= 2 && this.all().some((heading) => own.every((t) => heading.has(t)));
  }

  private all(): Set<string>[] {
    if (this.headings) return this.headings;
    const sections = new Set<string>();
    for (const title of this.titles()) {
      for (let k = 0, p = this.passageAt(title, 0); p && isShipped(p); p = this.passageAt(title, ++k)) sections.add(p.section);
    }
    this.headings = [...sections].filter(Boolean).map((s) => new Set(tokenizeText(s).flatMap((t) => this.terms(t))));
    return this.headings;
  }
}
