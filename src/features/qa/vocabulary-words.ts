import vocabulary from './knowledge/vocabulary.json';
import { fold } from '../../shared/fold';
import { DUTCH_STOP_WORDS } from './dutch-stop-words';

/** The standard Dutch stop words, plus the words questions are phrased with ("welke", "hoeveel", "betekent"). */
export const STOP_WORDS = new Set([...DUTCH_STOP_WORDS, ...vocabulary.questionWords].map(fold));

/** Every word of the hand-made synonym groups, folded: known words from the start. */
export const SYNONYM_WORDS = Object.values(vocabulary.synonyms).flat().map(fold);
