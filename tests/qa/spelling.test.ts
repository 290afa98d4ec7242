import { Speller } from '../../src/features/qa/spelling';
import { seededRandom } from '../../bench/seeded-random';

/** Nearest corpus word by brute force (what the speller did per question before its index). */
function osa(a: string, b: string): number {
  const w = b.length + 1;
  const d = new Uint8Array((a.length + 1) * w);
  for (let j = 0; j < w; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[i * w] = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = v;
    }
  }
  return d[a.length * w + b.length];
}

describe('Speller index (symmetric deletes)', () => {
  // Made-up words (no Dutch has these letter pairs), so the Dutch dictionary never calls a typo a word.
  const rnd = seededRandom(11);
  const letters = 'qxzkvjw';
  const vowels = 'aeiouy';
  const word = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? vowels : letters)[Math.floor(rnd() * (i % 2 ? vowels : letters).length)]).join('');
  const corpus = [...new Set(Array.from({ length: 1200 }, () => word(8 + Math.floor(rnd() * 8))))];
  const speller = new Speller(corpus.slice(0, 800));
  speller.learn(corpus.slice(800)); // words learned later are found as well

  const typo = (w: string): string => {
    const i = 1 + Math.floor(rnd() * (w.length - 2));
    switch (Math.floor(rnd() * 4)) {
      case 0: return w.slice(0, i) + w.slice(i + 1); // missing letter
      case 1: return w.slice(0, i) + 'x' + w.slice(i); // extra letter
      case 2: return w.slice(0, i) + 'x' + w.slice(i + 1); // wrong letter
      default: return w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1); // swapped letters
    }
  };

  it('finds the same nearest word as a scan of the whole vocabulary, for every kind of single typo', () => {
    for (let k = 0; k < 120; k++) {
      const misspelt = typo(corpus[Math.floor(rnd() * corpus.length)]);
      const fixed = speller.correct(misspelt);
      if (corpus.includes(misspelt)) continue;
      const near = corpus.filter((c) => Math.abs(c.length - misspelt.length) <= 2).map((c) => ({ c, d: osa(misspelt, c) }));
      const best = Math.min(...near.map((n) => n.d));
      const nearest = near.filter((n) => n.d === best).map((n) => n.c).sort()[0];
      expect({ misspelt, fixed }).toEqual({ misspelt, fixed: best <= (misspelt.length >= 8 ? 2 : 1) ? nearest : misspelt });
    }
  });

  it('finds two typos in a long word when they lie after its first letters', () => {
    const w = corpus.find((c) => c.length >= 12)!;
    const twice = `${w.slice(0, 8)}${w[9]}${w[8]}${w.slice(10, -1)}`; // swapped and a letter missing
    expect(speller.correct(twice)).toBe(w);
  });
});

describe('Speller and typos the documents contain themselves', () => {
  it('takes a corpus word that is no Dutch word for the Dutch corpus word one edit away', () => {
    const speller = new Speller(['regiomanager', 'regiomanger', 'vergadering', 'vergoeding', 'qzxkvjw', 'qzxkvjx']);
    expect(speller.correct('Wie is de regiomanger?')).toBe('Wie is de regiomanager?');
    // Dutch words stay, however near another corpus word; so do words without a Dutch neighbour.
    expect(speller.correct('Welke vergoeding na de vergadering?')).toBe('Welke vergoeding na de vergadering?');
    expect(speller.correct('qzxkvjw')).toBe('qzxkvjw');
  });

  it('keeps a Dutch plural whose stem doubles its vowel ("personen": "persoon"), not a corpus word two edits away', () => {
    const speller = new Speller(['personeel', 'commissie', 'vergadering']);
    expect(speller.correct('welke personen zitten er in de commissie')).toBe('welke personen zitten er in de commissie');
  });

  it('puts back the silent h of a loanword ("tema": "thema") before swapping two letters ("team")', () => {
    const speller = new Speller(['thema', 'team', 'vergadering']);
    expect(speller.correct('welke twee tema stonden er op de agenda')).toBe('welke twee thema stonden er op de agenda');
  });

  it('keeps the capital of a corrected first word, so the question still splits into its sentences', () => {
    const speller = new Speller(['regiomanager', 'vergadering']);
    expect(speller.correct('Ik ben nieuw. Regiomanger, wat doet die?')).toBe('Ik ben nieuw. Regiomanager, wat doet die?');
  });
});

describe('Speller and compounds written apart', () => {
  it('joins two words whose join is a corpus word, not when one is a word of grammar', () => {
    const speller = new Speller(['storingsnummer', 'vooroverleg', 'overleg', 'nummer', 'storing']);
    expect(speller.correct('Is het storings nummer ook op zondag bereikbaar?')).toBe('Is het storingsnummer ook op zondag bereikbaar?');
    expect(speller.correct('Welk nummer bel ik voor overleg?')).toBe('Welk nummer bel ik voor overleg?');
    expect(speller.correct('Wat is het storings nummer?')).toBe('Wat is het storingsnummer?');
    expect(speller.correct('Bij een storing, nummer 2 bellen?')).toBe('Bij een storing, nummer 2 bellen?');
    expect(new Speller(['regiotwente']).correct('Wat regelt de Regio Twente?')).toBe('Wat regelt de Regio Twente?');
  });
});

describe('Speller and short words', () => {
  const speller = new Speller(['liggen', 'eigen', 'lagen', 'vaak', 'koopt', 'komt', 'kost', 'geld', 'lenen', 'kleine', 'commissie', 'bestuur', 'stukken']);

  it('corrects a short word that is no Dutch word when one neighbour stands out: a doubled consonant, or the only corpus word', () => {
    // "eigen" and "lagen" are one edit from "ligen" too; "liggen" only doubles its consonant
    expect(speller.correct('Wanneer moet de begroting er ligen?')).toBe('Wanneer moet de begroting er liggen?');
    expect(speller.correct('Wat komr er?')).toBe('Wat komt er?');
    expect(speller.correct('Hoe vaek?')).toBe('Hoe vaak?');
    // two letters swapped: "goed" is one edit away too, by another letter
    expect(new Speller(['geld', 'goed']).correct('Hoeveel gled is er?')).toBe('Hoeveel geld is er?');
  });

  it('leaves a short word that is Dutch, a form of a Dutch word, capitals, or a slip with several neighbours alike', () => {
    // "pakt" is one edit from "past" and "kost" is a corpus word, but it is a form of "pak"
    expect(speller.correct('Wie pakt het op?')).toBe('Wie pakt het op?');
    expect(speller.correct('Hoe vaak vergadert het AB?')).toBe('Hoe vaak vergadert het AB?');
    // "kodt": "komt" and "kost" are both one edit away, neither by a doubled letter
    expect(speller.correct('Wat kodt het?')).toBe('Wat kodt het?');
    // "kopt" is a form of "koppen", not a slip of "koopt"
    expect(speller.correct('Wie kopt de jeugdhulp in?')).toBe('Wie kopt de jeugdhulp in?');
  });
});

describe('Speller and compounds of three parts', () => {
  it('repairs a typo in any part of a compound of three known words, with a linking s', () => {
    const speller = new Speller(['zorg', 'continuiteit', 'risico', 'portefeuille', 'houder', 'overleg', 'jeugdigen']);
    expect(speller.correct('Bij hoeveel jeugdigen met een zorgcontinuteitsrisico?')).toBe('Bij hoeveel jeugdigen met een zorgcontinuiteitsrisico?');
    expect(speller.correct('Wie zit het portefeuilehoudersoverleg voor?')).toBe('Wie zit het portefeuillehoudersoverleg voor?');
    expect(speller.correct('Wie zit het portefeuillehoudersoverlg voor?')).toBe('Wie zit het portefeuillehoudersoverleg voor?');
  });

  it('repairs a slip that reads as three words when the corpus has a compound of two one edit away ("portefeuille|ouders|overleg")', () => {
    const speller = new Speller(['portefeuillehouder', 'portefeuille', 'ouders', 'overleg']);
    expect(speller.correct('het portefeuilleoudersoverleg')).toBe('het portefeuillehoudersoverleg');
  });

  it('repairs a misspelt head before a linking s when the corpus knows head and tail', () => {
    const speller = new Speller(['portefeuillehouder', 'overleg']);
    expect(speller.correct('het portefeuilehoudersoverleg')).toBe('het portefeuillehoudersoverleg');
  });

  it('does not guess between neighbours alike, nor repair a short part of three ("verd" is one edit from "werd")', () => {
    const speller = new Speller(['beeld', 'beleid', 'inhoud', 'werd', 'deel', 'sleutel']);
    // "beled" before the linking s is one edit from "beeld" and from "beleid"
    expect(speller.correct('de beledsinhoud')).toBe('de beledsinhoud');
    expect(speller.correct('de verddeelsleutel')).toBe('de verddeelsleutel');
  });

  it('leaves compounds of three Dutch words alone, however near a corpus word', () => {
    // "bestuursvergadering" is two edits from the corpus' "bestuursvergaderingen"... and a word of its own parts.
    const speller = new Speller(['zorg', 'continuiteit', 'risico', 'regiovergadering', 'jeugdhulpaanbieders']);
    expect(speller.correct('het zorgcontinuiteitsrisico')).toBe('het zorgcontinuiteitsrisico');
    expect(speller.correct('de jeugdzorgaanbieders')).toBe('de jeugdzorgaanbieders');
    expect(speller.correct('de regiobestuursvergadering')).toBe('de regiobestuursvergadering');
  });
});

describe('Speller and names the dictionary lists', () => {
  const speller = new Speller(['kleine', 'commissie', 'lenen', 'geld', 'bestuur', 'rond', 'zwolle']);

  it('corrects a word written in lower case that the dictionary knows only as a name, to the corpus word one edit away', () => {
    expect(speller.correct('Wie zit er in de klene commissie?')).toBe('Wie zit er in de kleine commissie?');
    expect(speller.correct('Mag RSJ geld lenne?')).toBe('Mag RSJ geld lenen?');
  });

  it('takes a short slip without a corpus neighbour for the one dictionary word with its letters (two swapped, one doubled)', () => {
    const seeds = new Speller(['lening', 'geld', 'bestuur']);
    expect(seeds.correct('Mag RSJ geld lenne?')).toBe('Mag RSJ geld lenen?');
    expect(seeds.correct('Wie betaalt de hnod?')).toBe('Wie betaalt de hond?');
    // several dictionary words alike, or none: left as asked
    expect(seeds.correct('Wat is een qxzv?')).toBe('Wat is een qxzv?');
  });

  it('leaves a name written as one, and words of running text the corpus lacks', () => {
    expect(speller.correct('Wat vindt Lenne ervan?')).toBe('Wat vindt Lenne ervan?');
    // "hond" is one edit from the corpus' "rond", but a Dutch word in lower case
    expect(speller.correct('Mag een hond mee?')).toBe('Mag een hond mee?');
  });
});
