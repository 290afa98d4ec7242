import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/features/qa/ingest.service';
import type { Fact, Passage } from '../../src/features/qa/qa.domain';
import { CURATED_FACTS } from '../../src/features/qa/qa.service';
import { answerReply } from '../../src/features/qa/qa.routes';

// The Bron line and "Toon volledige passage" send a reader to the section a curated fact cites: a figure the fact
// states (a year, an amount, a count) must stand there, not in another section or another document.
const SHARED = process.env.RSJ_SHARED_DIR ?? path.join(__dirname, '../../../shared');
const SEEDS = path.join(SHARED, 'seeds');

/** "Norm voor ... Jeugdhulp (Twente)" cites the document "Norm voor ... Jeugdhulp". */
const bareTitle = (title: string) => title.replace(/\s*\([^)]*\)\s*$/, '');

interface SeedDocument {
  passages: Passage[];
  raw: string;
}

/** How far past a heading the reader did not split on its section is taken to run. */
const SECTION_CHARS = 2500;
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text of a cited section (the whole document for none): the passages under that heading, or, for a heading
 * the reader of a plain-text document did not split on, the document's text from that heading line on.
 */
function sectionText(doc: SeedDocument, section: string): string | undefined {
  if (!section) return doc.passages.map((p) => p.text).join(' ');
  const under = doc.passages.filter((p) => p.section === section);
  if (under.length) return under.map((p) => p.text).join(' ');
  const at = doc.raw.search(new RegExp(`^\\s*${escaped(section)}:?\\s*$`, 'm'));
  return at < 0 ? undefined : doc.raw.slice(at, at + SECTION_CHARS);
}

/** Figures as written, without the numbers of a list ("1. ..."). */
const figures = (answer: string) => answer.replace(/^\s*\d+\.\s/gm, '').match(/\d+(?:[.,]\d+)*/g) ?? [];

const describeSeeds = existsSync(SEEDS) ? describe : describe.skip;
describeSeeds('curated facts cite where their figures stand', () => {
  let documents: Map<string, SeedDocument>;
  beforeAll(async () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    const parsed = await Promise.all(files.map(async (f) => {
      const raw = readFileSync(path.join(SEEDS, f));
      return { passages: (await parseDocument(f, raw, new Date('2026-01-01'))).passages, raw: raw.toString('utf8') };
    }));
    documents = new Map(parsed.map((d) => [d.passages[0].title, d]));
  });

  /** The sections a fact cites: its source, then the other sections its sentences come from. */
  const cited = (f: Fact) => [f.source, ...(f.source.also ?? [])];
  const textOf = (s: { title: string; section: string }) => {
    const doc = documents.get(bareTitle(s.title));
    return doc && sectionText(doc, s.section);
  };

  it('every fact cites seed documents and sections they have', () => {
    const unknown = CURATED_FACTS.flatMap((f) => cited(f).filter((s) => textOf(s) === undefined).map((s) => `${f.id}: ${s.title}, ${s.section}`));
    expect(unknown).toEqual([]);
  });

  it('every figure a fact states stands in a section it cites', () => {
    const misplaced = CURATED_FACTS.flatMap((f) => {
      const text = cited(f).map((s) => textOf(s) ?? '').join(' ').replace(/\s+/g, ' ');
      const missing = figures(f.answer).filter((n) => !text.includes(n));
      return missing.length ? [`${f.id} (${f.source.section}): ${missing.join(', ')}`] : [];
    });
    expect(misplaced).toEqual([]);
  });
});

describe('a curated fact whose sentences come from more than one section', () => {
  it('names each section in the Bron line, its own source first', () => {
    const reply = answerReply('Hoe vaak vergadert het bestuur?', {
      kind: 'answer',
      answer: 'Het bestuur vergadert minstens twee keer per jaar. Het stelt de begroting vast.',
      source: { title: 'Kadernota Oost', section: '2.2 Bestuur', also: [{ title: 'Over ons', section: 'Overleggen' }] },
      passageRef: { kind: 'fact', id: 'bestuur' },
      confidence: 1,
    });
    expect(reply.text).toContain('Bron: Kadernota Oost, 2.2 Bestuur; Over ons, Overleggen');
  });
});
