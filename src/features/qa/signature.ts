/**
 * A memo's signature: the name of its head's "Van:" field again at the foot, with the writer's function on the line after
 * it ("Noortje Kramer" / "Beleidsmedewerker Maatschappelijke Ontwikkelingen"). Two bare lines say nothing a search can
 * find; stated as a sentence they answer "wie heeft de nota geschreven en wat was haar functie?".
 */

/** The head's sender field, in the first lines of a memo ("Van : Noortje Kramer"). */
const SENDER = /^(?:\*\*)?van\s*:\s*(?:\*\*)?\s*(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){1,4})\s*$/iu;
const HEAD_LINES = 12;
/** How far from the end the signature may stand (a list of abbreviations or an appendix line may follow it). */
const FOOT_LINES = 8;
/** A function: a short line without a sentence's end, starting with a capital ("Beleidsmedewerker ...", "Regiomanager"). */
const FUNCTION = /^\p{Lu}[\p{L} ,&/()'’-]{3,80}$/u;

/** The lines with the signature as a section of its own, and the writer's function beside the name in the head. */
export function withSignatureStated(lines: string[]): string[] {
  const head = lines.slice(0, HEAD_LINES).findIndex((l) => SENDER.test(l));
  const name = head >= 0 ? SENDER.exec(lines[head])![1] : undefined;
  if (!name) return lines;
  for (let i = lines.length - 2; i > Math.max(head, lines.length - 1 - FOOT_LINES); i--) {
    if (lines[i] !== name || !FUNCTION.test(lines[i + 1])) continue;
    const role = lines[i + 1];
    const out = [...lines.slice(0, i), '## Ondertekening', `Opgesteld door ${name}, functie: ${role}.`, ...lines.slice(i + 2)];
    out[head] = `${lines[head]}, ${role}`;
    return out;
  }
  return lines;
}
