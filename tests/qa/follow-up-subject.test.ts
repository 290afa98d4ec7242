import { withSubjectOf } from '../../src/features/qa/follow-up-subject';

describe('a follow-up that only names a new subject', () => {
  it.each([
    ['Hoe vaak komt het BO bijeen?', 'En het PFO?', 'Hoe vaak komt het PFO bijeen?'],
    ['Hoe vaak komt het Regieoverleg bijeen?', 'En het BO?', 'Hoe vaak komt het BO bijeen?'],
    ['Wat doet de kleine commissie?', 'En het bestuurlijk overleg?', 'Wat doet het bestuurlijk overleg?'],
    ['Wie is voorzitter van het PFO?', 'Ook voor de Kerngroep Transformatie?', 'Wie is voorzitter van de Kerngroep Transformatie?'],
    // of several names, the body is swapped for a body
    ['Wanneer stuurt RSJ de stukken naar het BO?', 'En naar het PFO?', 'Wanneer stuurt RSJ de stukken naar het PFO?'],
    ['Hoeveel geeft Zwolle uit aan jeugdhulp?', 'En Deventer?', 'Hoeveel geeft Deventer uit aan jeugdhulp?'],
    ['Hoeveel gaf Zwolle in 2024 uit aan jeugdhulp?', 'En in 2025 dan?', 'Hoeveel gaf Zwolle in 2025 uit aan jeugdhulp?'],
  ])('"%s" then "%s" asks "%s"', (previous, followUp, asked) => {
    expect(withSubjectOf(previous, followUp)).toBe(asked);
  });

  it.each([
    // more than a subject: read with the question before it, as before
    ['Wat doet de kleine commissie?', 'En wie zit daarin?'],
    ['Hoe vaak komt het BO bijeen?', 'En hoeveel kost dat?'],
    // the same subject, or none of its kind in the question before
    ['Hoe vaak komt het BO bijeen?', 'En het BO?'],
    ['Hoe vaak komt het BO bijeen?', 'En Deventer?'],
    // two bodies before: which one is meant is not clear
    ['Wat is het verschil tussen het BO en het PFO?', 'En het AO?'],
  ])('"%s" then "%s" is no new question', (previous, followUp) => {
    expect(withSubjectOf(previous, followUp)).toBeUndefined();
  });
});
