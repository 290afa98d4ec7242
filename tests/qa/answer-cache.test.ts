import { AnswerCache } from '../../src/features/qa/answer-cache';
import type { QaResult } from '../../src/features/qa/qa.domain';

const answer = (text: string): QaResult => ({ kind: 'answer', answer: text, source: { title: 'Reglement', section: 'Artikel 1' }, passageRef: { kind: 'passage', title: 'Reglement', position: 0 }, confidence: 1 });

describe('remembered answers', () => {
  it('answers a question asked again from memory while the knowledge is unchanged', () => {
    const cache = new AnswerCache();
    const index = {};
    let computed = 0;
    const ask = () => cache.answer(index, 7, 'Wie is de voorzitter?', () => answer(`de regiomanager (${++computed})`));
    expect(ask()).toEqual(ask());
    expect(computed).toBe(1);
  });

  it('answers again once the store generation or the index changes: a new document may answer differently', () => {
    const cache = new AnswerCache();
    const index = {};
    let computed = 0;
    const ask = (idx: object, generation: number) => cache.answer(idx, generation, 'Wie is de voorzitter?', () => answer(`antwoord ${++computed}`));
    ask(index, 1);
    expect(ask(index, 2)).toEqual(answer('antwoord 2'));
    expect(ask({}, 2)).toEqual(answer('antwoord 3'));
  });

  it('gives every caller its own copy, so adding to one answer changes no other', () => {
    const cache = new AnswerCache();
    const index = {};
    const first = cache.answer(index, 1, 'q', () => answer('tekst'));
    if (first.kind === 'answer') first.answer += ' (aangepast)';
    expect(cache.answer(index, 1, 'q', () => answer('anders'))).toEqual(answer('tekst'));
  });
});

describe('remembered answers while the knowledge changes', () => {
  it('remembers nothing while a change is being taken in (no settled generation)', () => {
    const cache = new AnswerCache();
    const index = {};
    let computed = 0;
    cache.answer(index, undefined, 'q', () => answer(`half ${++computed}`));
    expect(cache.answer(index, 3, 'q', () => answer(`heel ${++computed}`))).toEqual(answer('heel 2'));
  });
});
