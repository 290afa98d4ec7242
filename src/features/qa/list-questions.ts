/** How a question asks for a list whole: the shapes of Dutch questions that want every item, and the things they name. */

/** A plural noun: "besluiten", "signalen", "risico's", "thema's", "cijfers"; not a singular in -s after a consonant ("status", "prijs", "proces"). */
const PLURAL = "(?:\\p{L}{3,}(?:en|ers|els|ies|[aiy]s|[^aeious]es|['’]s)|criteria|data)";
/**
 * Questions that ask for a procedure or a list ("welke besluiten vallen buiten het mandaat": all exclusions; "welke
 * aanbevelingen doet het jaarverslag", "welke risico's en kanttekeningen noemt de nota": what a document names; "graag
 * alle beslispunten op een rij", "geef de volledige lijst", "wat ging er mis", "wat moet het BO allemaal besluiten", "welke middelen zetten jullie allemaal in"): the answer
 * shows the list whole. "Kun je
 * alle treden opsommen" asks as "noem alle treden" does. "Welke aanbevelingen van vorig jaar zijn niet opgevolgd" wants
 * each with its state.
 */
export const WANTS_LIST = new RegExp(
  `\\b(hoe (werkt|gaat|verloopt|loopt)|wat (?:ging|gaat|liep|loopt|werkte|werkt) (?:er )?(?:volgens (?:\\p{L}+ ){1,3}?)?(?:\\p{L}+ )?(?:mis|fout|stroef|goed|niet|beter)\\b|helemaal tot (?:aan|en met)|welke stappen|stappen|procedure|werkwijze|wat moet er .*\\b(in|staan)\\b|welke .* (zijn er|er zijn)|welke \\p{L}+ (?:vallen|liggen|blijven) buiten|wat (?:hoort|horen|valt|vallen|viel|vielen) (?:er )?(?:allemaal )?(?:niet )?(?:bij|binnen|buiten|onder)\\b|welke (?:\\p{L}+e )?(?:aanbevelingen|voorstellen|suggesties|toezeggingen) (?:doet|doen|deed|deden)|` +
    `(?:welke|wat zijn(?: de)?) (?:\\p{L}+e )?${PLURAL}(?: en (?:\\p{L}+e )?${PLURAL})? (?:zijn|horen|hoort|gelden|vallen|waar|noemt|noemen|geeft|geven|beschrijft|beschrijven|staan|worden|wordt|tellen|moet|moeten|komen|zitten|zaten)(?! (?:het|de) (?:meest|minst|meeste|minste)\\b)|` +
    `wat zijn (?:de|alle) (?:\\p{L}+e )?(?:doelen|doelstellingen|taken|opgaven|prioriteiten|speerpunten|maatregelen|afspraken) (?:van|voor)\\b|wat (?:zijn|waren) (?:volgens (?:\\p{L}+ ){1,3}?)?(?:de|alle) (?:\\p{L}+e )?(?:lessen|leerpunten|conclusies|aanbevelingen|aandachtspunten|verbeterpunten|knelpunten)\\b|wie zijn (?:de|alle) ${PLURAL}(?! van)|(?:wie|welke (?:mensen|personen|leden)) (?:zitten|zit|zaten) (?:er )?(?:allemaal )?in|uit wie bestaat|wie (?:zijn|horen) er allemaal|(?<!\\b(?:keer|jaar|jaren|maanden|weken|kwartalen|vergaderingen|dagen) )op een rij(?:tje)?|(?:noem|geef|graag) (?:me |mij )?(?:even |eens |nog )?alle|noem (?:de|alle) (?:\\p{L}+e )?${PLURAL}|uit welke (?:\\p{L}+e )?${PLURAL} (?:bestaat|bestaan)|(?:kun|kan|kunt|wil|wilt) (?:je|jij|u) (?:me |mij |eens |even )*alle \\p{L}+ (?:\\p{L}+ )?(?:opsommen|opnoemen|noemen)|` +
    `(?:het|de) (?:hele|volledige|complete) (?:rij|rijtje|lijst|opsomming|proces)|welke (?:soorten|typen|types|categorie[eë]n|vormen) \\p{L}+|alles (?:noemen|opnoemen|opsommen)|welke [^?.]{0,60}?\\ballemaal\\b|welke (?:\\p{L}+e )?${PLURAL} [^?.]{0,60}?\\b(?:gekozen|geselecteerd|uitgekozen)\\b|welke (?:\\p{L}+e )?${PLURAL} (?:van|uit|over|bij|in|voor) (?:\\S+ ){1,5}?(?:zijn|waren|worden|werden) (?:nog )?(?:niet|deels|maar)\\b|noem (?:ze )?(?:allemaal|alles)|wat (?:moet|moeten|mag|mogen|gaat|gaan) (?:\\p{L}+ ){1,4}?allemaal (?:besluiten|beslissen|doen|regelen)|van (?:het )?(?:begin|eerste|start) tot (?:het |de )?(?:eind|einde|slot|laatste))(?!\\p{L})`,
  'iu',
);

/** The things a list question asks for: "welke signalen", "wat zijn financiële signalen", "welke risico's", "alle beslispunten". */
/** "Wat zijn de kernboodschappen (van de ronde)?": things asked by their name in the plural, which a heading may name. */
export const WHAT_ARE_THE = new RegExp(`^\\s*wat\\s+(?:zijn|waren)\\s+(?:de|alle)\\s+(?:\\p{L}+e\\s+)?${PLURAL}(?!\\p{L})`, 'iu');
export const LIST_THING = new RegExp(`\\b(?:welke|wat zijn(?: de)?|alle) (?:\\p{L}+e )?(${PLURAL})(?!\\p{L})`, 'iu');

/** "Welke vijf uitgangspunten gelden er?", "wat zijn de drie prioriteiten": things asked by their number, each of them wanted. */
export const COUNTED_THINGS = new RegExp(`\\b(?:welke|wat zijn (?:de|die)) (?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\\d{1,2}) (?:\\p{L}+e )?${PLURAL}(?!\\p{L})`, 'iu');
