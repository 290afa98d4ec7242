/**
 * A web page saved as text carries the site's furniture: the cookie banner and its settings, buttons,
 * "terug naar boven". That text is about the website, not about what the page says, and once indexed it
 * answers questions ("waarvoor is ... bedoeld" -> "deze cookies zijn noodzakelijk voor ..."): drop it.
 */

/** A line about the site's cookies: its banner, its settings, the kinds of cookies it places. */
const COOKIE_TEXT = /\bcookie/i;
/** A line that is only a button or a link of the page's frame. */
const PAGE_CONTROL = /^(?:(?:alle\s+)?(?:accepteren|accepteer|weigeren|weiger|akkoord|sluiten|opslaan|instellingen(?:\s+opslaan)?|voorkeuren(?:\s+opslaan)?)|terug naar boven|naar de inhoud|ga (?:direct )?naar de inhoud|deel deze pagina|delen via.*|print deze pagina|skip to content|menu)$/i;

/** The lines of a document without the web page's furniture (a document with none comes back as it was). */
export function withoutWebBoilerplate(lines: string[]): string[] {
  const kept = lines.filter((line) => !COOKIE_TEXT.test(line) && !PAGE_CONTROL.test(line.replace(/^#+\s*/, '').replace(/[.!:]$/, '').trim()));
  return kept.length === lines.length ? lines : kept;
}
