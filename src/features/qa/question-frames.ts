import { DURATION_FRAMES } from './duration-frames';
import { rememberedPerText } from '../../shared/text-memo';
import { TIME_FRAMES } from './time-frames';
import { AS_STEP } from './list-anchors';
import { TASKS_FRAMES } from './asked-tasks';
import { LIST_REQUEST_FRAMES } from './list-request-frames';
/**
 * Dutch question idioms whose words a document never uses for the answer, rewritten into the words it
 * does use: "Per wanneer geldt de regeling?" is answered by "treedt in werking op ..." under the heading
 * "Inwerkingtreding"; "Hoe lang van tevoren ...?" by "uiterlijk tien werkdagen voor ...".
 */
/** "Een voorstel schrijven, hoe lang mag het zijn?": the length of a text is asked, not a duration. */
const TEXT_LENGTH = /\bhoe ?lang (?=(?:mag|mogen|moet|moeten|kan|kunnen|is|zijn|wordt|worden) (?:het|die|dat|dit|deze|zo'n \p{L}+|(?:een|het|de|mijn|ons|onze) (?:voorstel|notitie|nota|stuk|brief|memo|advies|bijdrage|verslag|tekst|document)\p{L}*)(?: (?:ongeveer|maximaal|hooguit|hoogstens))? (?:zijn|worden)\b)(?<=\b(?:voorstel|notitie|nota|stuk|brief|memo|advies|bijdrage|verslag|tekst|document)\p{L}*\b.*)/giu;
export const asksLengthOfText = (question: string) => new RegExp(TEXT_LENGTH.source, 'iu').test(question);

const FRAMES: [RegExp, string][] = [
  ...LIST_REQUEST_FRAMES,
  [/\b(?:per|vanaf|sinds|met ingang van) wanneer (?:geldt|gelden|gaat|gaan|treedt|treden)\b/gi, 'inwerkingtreding'], // the date a regulation takes effect
  [/\bwanneer (?:treedt|treden|gaat|gaan) (.+?) in(?: werking)?\s*(\?|$)/gi, 'inwerkingtreding $1$2'],
  [/\blaatste kwartaal (?=van (?:het jaar|dat jaar|(?:19|20)\d\d)\b)/gi, 'vierde kwartaal '], // "van 2040": its fourth ("K4"); else maybe the latest reported
  // An amount over a limit: "boven 50.000 euro" is "meer dan 50.000" ("boven de begroting" stays: tables compare with it).
  [/\bboven (?=(?:€\s*)?\d)/gi, 'meer dan '],
  [/^\s*(?:het\s+)?aantal\s+(?=\p{L}[^?]*\?\s*$)(?![^?]*\b(?:is|zijn|was|waren|wordt|worden|heeft|hebben)\b)/giu, 'hoeveel '], // "aantal gemeenten Twente?": a count asked in note form
  // "Wat weet je over X?", "Vertel eens over X", "Informatie over X": what X is.
  [/^\s*(?:wat weet (?:je|jij|u) (?:allemaal |zoal )?(?:over|van)|vertel (?:eens |me |mij |iets |eens iets )*over|(?:meer )?informatie over)\s+(.+?)\s*(\?|\.|$)/gi, 'wat is $1$2'],
  // "Wat houdt X in?" asks what X is (not for its "inhoud").
  [/\bwat (?:houdt|houden) (.+?) (?:precies |eigenlijk )?in\s*(\?|$)/gi, 'wat is $1$2'],
  // "Wat wordt verstaan onder X?", "wat bedoelen ze met X?", "de betekenis van X": what X is. A text without a
  // definitions list says it in a sentence about X ("Calamiteiten zijn voorvallen die ..."), never with these words.
  [/\b(?:verstaan onder|bedoeld met|voorstellen bij|(?:de )?(?:definitie|betekenis) van)\s+/gi, ''],
  [/\bwat bedoel(?:t|en)? (?:ze|men|jullie|je|u|zij) (?:precies |eigenlijk )?met\s+/gi, 'wat is '],
  // "Wat was het idee achter X?": what X is for, which a text says of X itself ("is bedoeld om", "fungeert als").
  [/\b(?:het|de) (?:idee|gedachte|bedoeling)(?: erachter)? (?:achter|van|bij)\s+/gi, ''],
  // "Het proces rond de Hervormingsagenda": "rond" is "about" here (not "de ronde", not "rond de 50.000").
  [/\brond\s+(?=(?:de|het|dit|deze|dat)\s+\p{L})/giu, 'over '],
  // "Hangt dat nog ergens van af?", "waar hangt het voorbehoud van af?": what it depends on, as a text says "afhankelijk van".
  [/\b(?:hangt|hangen|hing|hingen)\s+((?:\p{L}+\s+){0,4}?)(?:ergens\s+)?van\s+af\b/giu, 'is $1afhankelijk'],
  // "Wie is er aan zet bij ...?", "wie is dan aan de beurt": who acts, which the question word asks; no word to find.
  [/\b(?:is|zijn|was|waren)\s+(?:er\s+)?(?:dan\s+|eerst\s+|nu\s+)?aan\s+(?:zet|de\s+beurt)\b/gi, 'is'],
  // "Geeft het RSJ de beschikkingen af of iemand anders?": the open alternative names no one to look for.
  [/\s*,?\s*\bof\s+(?:iemand|een\s+ander|iets)\s+anders?\b(?=\s*[?.]?\s*$)/gi, ''],
  // "..., er werd iets gezegd over een vliegwiel?", "Er wordt gesproken over een herbezinning.": the asker recalls a word
  // of the text; the word is what counts.
  [/(^|[,.?!])\s*er\s+(?:werd|wordt|is|was)\s+(?:iets\s+|wat\s+)?(?:gezegd|gesproken|verteld|gesteld|geschreven)\s+over\s+(?:een\s+|het\s+|de\s+)?/gi, '$1 '],
  // "Welk voorbeeld van een thema wordt genoemd?", "noem eens een paar thema's": the things themselves are asked
  // (the ranking prefers texts that give examples); "voorbeeld" and "noemen" are no words to find.
  [/\b(?:een |als )?voorbeeld(?:en)? (?:van|voor) (?:een |de |het )?/gi, ''],
  [/\b(?:wordt|worden) (?:als voorbeeld )?genoemd\b/gi, ''],
  [/\bnoem (?:eens |er |me |mij )*(?:een paar|enkele|wat|een aantal)\b/gi, 'welke'],
  // "Kun je alle treden opsommen ...?", "wil je de leden even noemen": a list asked whole, as "noem alle" asks it; the
  // verb of listing is no word to find.
  [/\b(?:kun|kan|kunt|wil|wilt|zou|zoudt) (?:je|jij|u)(?: (?:me|mij|ons|eens|even|misschien|nog))* (?:alle|de) ((?:\p{L}+ ){0,2}?\p{L}+) (?:eens |even |nog )?(?:opsommen|opnoemen|noemen|op een rij zetten)\b/giu, 'noem alle $1'],
  // "Welke regels gelden voor ...", "waarom geldt het verbod ...", "... moest de visie gelden?": the verb, not funds nor a period.
  [/\b(?:gelden|geldt|gold|golden)\s+(?=(?:voor|bij|er|ook|dan|tot|als|in|op|sinds|vanaf|nog|altijd)\b)|(?<=\bwaarom\s+)(?:gelden|geldt|gold|golden)\s+|(?<=\b(?:moet|moest|moeten|moesten|zal|zullen|zou|zouden|gaat|gaan|kan|kunnen|mag|mogen|blijft|blijven)\s[^?.!,;]{0,60}?)\s*\bgelden(?=\s*(?:[?.!]|$))/gi, ''],
  // "Hoe werkt / verloopt X?" asks how X goes: the verb is the question's frame, not a word the answer uses.
  [/\bhoe (?:werkt|werken|verloopt|verlopen|functioneert|functioneren) /gi, 'hoe gaat '],
  // "Wanneer wordt er gekeken of ze goed werken?" asks when they are evaluated, as a reglement says it.
  [/\b(?:kijken|kijkt|gekeken|bekijken|bekijkt|bekeken|nagaan|nagegaan|gaat na|onderzoeken|onderzocht|getoetst|toetsen)\s+(?:(?:we|wij|ze|zij|er|men|jullie)\s+)?(?:of|hoe)\s+((?:\p{L}+\s+){0,6}?)(?:goed|soepel|naar wens|in de praktijk)\s+(?:werkt|werken|functioneert|functioneren|uitpakt|uitpakken|bevalt|bevallen)\b/giu, 'geëvalueerd $1'],
  // "Of de opvang goed loopt" asks how well it goes, as a measure says it: not how long it runs ("hoe lang loopt").
  [/\b(?:goed|soepel|naar wens)\s+(?:loopt|lopen|liep|liepen|verloopt|verlopen|werkt|werken)\b/gi, 'gaat'],
  // "Vanaf welke datum ..." asks the date something started, which a text gives as "op 1 januari" ("vanaf 2018" only says the year).
  // "Op welke dag van de week" is "op welke dag": "week" is no word to find ("op donderdag").
  // "Voor welke datum moet het af?" asks the deadline, which a text gives as a date ("15 november") or in a Wanneer column.
  [/\b(?:vanaf|per|met ingang van|op|voor|vóór|uiterlijk) welke (?:datum|dag(?: van de week)?)\b/gi, 'wanneer'],
  // "In welke maand ..." asks a moment, which a text gives as a date or "in februari": "maand" is no word to find.
  [/\b(?:in |vóór |voor )?welke maand\b/gi, 'wanneer'],
  // "Sinds wanneer werkt de regio met ...?" asks the year something began, which a text gives as "in 2023 is ...
  // ingevoerd": "sinds" is no word to find (as a focus word it would pull in every text about a start).
  [/\b(?:sinds|vanaf) (?:wanneer|welk jaar)\b/gi, 'in welk jaar'],
  // "Kost X extra fte?" asks whether X enlarges the staff ("betekent geen uitbreiding in fte"), not an amount.
  // Only as a yes/no question ("Kost ... ?" first): "Hoeveel kost het om extra personeel aan te nemen?" asks an amount.
  [/(?<=^\s*|[.?!]\s+)(?:kost|kosten|kostte|vergt|vergen) (.+?) (?:extra|meer|nieuwe|aanvullende) (fte|formatie|personeel)\b/gi, '$1 uitbreiding $2'],
  // "Hoeveel mensen zitten er in de commissie?", "uit hoeveel personen bestaat ...": its members are counted, by any name.
  [/\bhoeveel (?:mensen|personen)(?= (?:er )?(?:zitten|zit|zaten|zetelen|bestaat|bestaan)\b)/gi, 'hoeveel leden'],
  [/\buit hoeveel (?:mensen|personen)\b/gi, 'uit hoeveel leden'],
  // "Welke mensen zitten daarin?", "welke personen zitten er in de commissie?": who its members are, however a text names them.
  [/\bwelke (?:mensen|personen)(?= (?:er )?(?:zitten|zit|zaten|zetelen)\b)/gi, 'wie'],
  // "Uit welke twee organisaties ...", "welke drie taken ...": the number says how many things are asked, which a
  // text lists without counting them ("de BVO en het PM").
  [/\b(welke|welk|wat zijn de|noem de) (?:twee|drie|vier|vijf|zes)\b/gi, '$1'],
  // "Aan de slag gaan" with something is carrying it out ("alvorens over te gaan tot de uitvoering"); without, starting.
  [/\b(?:ermee|daarmee|hiermee) aan de slag (?:gaat|gaan|ging|gingen|kan|kunnen|mag|mogen)\b/gi, 'uitvoert'],
  [/\baan de slag (?:gaat|gaan|ging|gingen|gegaan|kan|kunnen|mag|mogen)\b/gi, 'start'],
  [/\baan de slag\b(?!\s+(?:als|bij)\b)/gi, 'starten'], // "hoe snel moet een gezinsvoogd ... aan de slag?": when it starts
  [/\bin plaats (?:daar|hier|er)van\b/gi, ''], // "in plaats daarvan": instead, no place (~locatie)
  // "Ergens tegenin gaan" is objecting to it, which a text calls "bezwaar": not the "ingaan" of a date taking effect.
  [/\b(?:er|daar|hier)?tegen ?in (?:te )?(?:gaan|gaat|ga|ging|gingen|gegaan)\b/gi, 'bezwaar maken'],
  // Watching over something: "let erop dat", "houdt ... in de gaten", "ziet erop toe" is what documents call "bewaakt".
  [/\b(?:let|letten|lette) (?:er ?)?op\b/gi, 'bewaakt'],
  [/\b(?:houdt|houden|hield|hielden) (.+?) in de gaten\b/gi, 'bewaakt $1'],
  [/\b(?:ziet|zien|zag|zagen) (?:er ?)?(?:op )?toe\b/gi, 'bewaakt'],
  // "Wie maakt de agenda klaar?" asks who prepares it: "klaarmaken" is "voorbereiden", as documents say.
  [/\b(?:maakt|maken|maakte|maakten) ((?:(?!(?:en|of|wanneer)\s)[^\s?,]+\s+){0,7}?[^\s?,]+) klaar\b/gi, 'bereidt $1 voor'],
  // Putting things together is merging them ("twee thema's bij elkaar voegen" is samenvoegen), not meeting.
  [/\bbij ?elkaar (?:te )?(?:voegen|gevoegd|brengen|gebracht|nemen|genomen|zetten|gezet|leggen|gelegd)\b/gi, 'samenvoegen'],
  [/\b(voegt|voegen|brengt|brengen|neemt|nemen|zet|zetten|legt|leggen) (.+?) bij ?elkaar\b/gi, 'samenvoegen $2'],
  // "Om een extra vergadering vragen" is requesting a meeting, which a text says "op verzoek van". Only meetings:
  // "om een offerte vragen" keeps its words (a text says "offertes vragen").
  // "Wie mag daarom vragen?": who may request it, as a text says "op verzoek van".
  [/\b(?:daar|er|hier) ?om (?:te )?(?:vragen|vraagt|vroeg|vroegen|gevraagd)\b/gi, 'verzoeken'],
  [/\bom ((?:een |de |het )?(?:extra |nieuwe |aparte |ingelaste |bijzondere )?(?:vergadering|bijeenkomst|overleg|zitting|bespreking|stemming|hoorzitting|gesprek)(?:en)?) (?:te )?(?:vragen|vraagt|vroeg|vroegen|gevraagd)\b/gi, 'verzoeken om $1'],
  // "In welke (drie) groepen zijn X ingedeeld?" asks how X is divided: "groepen" classifies, it is no word to find.
  [/\bin welke (?:\p{L}+ )?(?:groepen|categorie[eë]n|soorten|delen|onderdelen|clusters|rubrieken)\b(?=[^?]*\b(?:ingedeeld|verdeeld|opgedeeld|onderverdeeld|gegroepeerd|geordend|gesplitst)\b)/giu, 'hoe'],
  // "Hoe betalen de gemeenten hun voorschot, per maand of anders?": one rhythm offered as a guess asks how often.
  [/,?\s+(?:per|elke|iedere|ieder|elk)\s+(?:maand|week|kwartaal|jaar|halfjaar)\s+of\s+(?:anders|niet|hoe dan|iets anders)(?=\s*\?)/gi, ' hoe vaak'],
  // "Kan het PFO zelf een voorstel vaststellen, of hoe loopt dat?": the tail only asks for the way it goes instead.
  [/,?\s+of hoe (?:loopt|gaat|werkt|zit) (?:dat|het|dit)(?: precies| dan| eigenlijk)?(?=\s*\?)/gi, ''],
  // "In de eerste plaats", "hoofdzakelijk": how much, not what is asked ("plaats" is no place here).
  [/\b(?:in|op) de eerste plaats\b|\beerst en vooral\b|\b(?:hoofdzakelijk|voornamelijk|in hoofdzaak)\b/gi, ''],
  // "Hoe lang zit je in de raad", "hoe lang ben je lid": the term of office.
  [/\bhoe ?lang (?:zit|zitten|zat|blijf|blijft|blijven|ben|is|zijn) (?:je|jij|u|men|iemand|een lid|de leden|leden)(?: lid)? (?:in|van|bij) /gi, 'zittingstermijn '],
  [/\bhoe ?lang (?:ben|is|blijf|blijft) (?:je|jij|u|men|iemand) lid\b/gi, 'zittingstermijn'],
  // Looking at something again to judge it: "tegen het licht houden", "onder de loep nemen" is evaluating it.
  [/\b(?:tegen het licht|onder de loep) (?:te )?(?:houden|gehouden|houdt|hield|hielden|nemen|genomen|neemt|nam|namen)\b/gi, 'geëvalueerd'],
  // "Ernaar kijken" is looking at a matter to discuss it: "zonder dat het AO ernaar heeft gekeken" is "besproken".
  // The verb form stays: "heeft ernaar gekeken" is "heeft besproken", "wie gaat ernaar kijken" "wie gaat bespreken".
  [/\b(?:er ?naar|daar ?naar|hier ?naar) (\p{L}+ )?gekeken\b/giu, '$1besproken'],
  [/\b(?:er ?naar|daar ?naar|hier ?naar) (\p{L}+ )?kijken\b/giu, '$1bespreken'],
  [/\b(?:er ?naar|daar ?naar|hier ?naar) (\p{L}+ )?(?:kijkt|keek|keken)\b/giu, '$1bespreekt'],
  // A term of office (or membership) that is extended is a reappointment: "herbenoemd", as regulations say.
  [/(?<=\b(?:zittingstermijn|zittingsduur|lidmaatschap|benoemd|gekozen)\b.*)\b(?:kan|kun|kunt|mag|mogen|kunnen|wordt|worden) (?:dat|die|deze|dit|het|hij|zij|ze|je|ik|de termijn|het lidmaatschap|mijn lidmaatschap|zijn termijn|haar termijn)(?: nog)?(?: een keer| eenmaal| nog een keer)? (?:worden )?(?:verlengd|verlengen)(?: worden)?\b/gi, 'kan herbenoemd worden'],
  // Meeting: "komt ... bij elkaar" is "komt bijeen", as documents say "vergadert"; else "bij elkaar" is a total ("in een jaar
  // bij elkaar", "bij elkaar opgeteld"), as a text says "het totaal van".
  [/\bbij ?elkaar\b(?=\s+(?:te\s+)?(?:zijn|is)\b|[^?.]*\b(?:komen|komt|kwam|kwamen|gekomen|roepen|roept|geroepen)\b)|(?<=\b(?:komen|komt|kwam|kwamen|gekomen|roepen|roept|riep|geroepen)\b[^?.]*)\bbij ?elkaar\b/gi, 'bijeen'],
  [/\bbij ?elkaar(?: (?:opgeteld|geteld))?\b/gi, 'in totaal'],
  // "Hoe lang mag een werkgroep blijven bestaan?": the infinitive at the end is the text's "bestaat ten hoogste twaalf
  // maanden" (the stemmer keeps "bestaan" and "bestaat" apart); "blijven" adds nothing a text says.
  [/(?<=\bhoe\s*lang\b[^?]*)\b(?:blijven\s+)?bestaan(?=\s*[?.]?\s*$)/gi, 'bestaat'],
  // "Wat als we gewoon niks terugsturen?": not replying, which a text says as "reageert niet binnen de termijn".
  [/\b(?:gewoon\s+)?(?:niks|niets)\s+(?:terugsturen|terugmailen|terugschrijven|terug\s+(?:sturen|mailen|schrijven)|(?:van\s+(?:ons|me|mij|zich)\s+)?laten\s+horen)\b/gi, 'niet reageren'],
  // "Welke keuzes / opties heeft het MO?": what it may choose, which a text says as "het MO kiest een van de volgende wegen".
  [/\bwelke\s+(?:keuzes?|keuzemogelijkheden|opties)\s+(?:heeft|hebben)\b(?![^?]*\b(?:gemaakt|genomen)\b)/gi, 'wat kiest'],
  // "Krijgt een stuk het stempel vertrouwelijk": it is marked so, as a text says it ("markeert een stuk als vertrouwelijk").
  [/\b(?:krijgt|krijgen|kreeg|kregen|draagt|dragen)\s+((?:een|het|de|zo'n)\s+\p{L}+\s+)?(?:het|een|de)\s+(?:stempel|etiket|label)\s+(?=\p{L})/giu, 'is $1'],
  // "Sinds wanneer trekken de gemeenten samen op?": they work together ("optrekken" is no "trekker"; everyday-words.ts reads "met wie trekken we op").
  [/\b(?:trekken|trekt|trokken|trok)\s+((?:[\p{L}-]+\s+){0,5}?)samen\s+op\b/giu, 'werken $1samen'],
  [/\bsamen\s+(?:op\s*trekken|optrekken|opgetrokken)\b/gi, 'samenwerken'],
  // "Een voorstel schrijven, hoe lang mag het zijn?": the length of a text, which a text gives in pages (TEXT_LENGTH).
  [TEXT_LENGTH, "hoeveel pagina's "],
  ...DURATION_FRAMES,
  // "Hoe lang wordt ... bewaard" asks for a duration however the text states it ("na zeven jaar vernietigd"): "lang"
  // is no word to match. "Hoe lang is/was de wachttijd" keeps it: there the length itself is asked.
  [/\b(?:hoeveel tijd|hoe ?lang) (?:zit|ligt|zitten|liggen) er tussen\b/gi, 'hoelang'],
  // "Hoeveel X waren er aan het begin en aan het eind van het convenant?" asks how the number changed over it ("daalde van 612 naar 502").
  [/\bhoeveel\s+(\p{L}+)\s+(?:waren|zijn|was|is)\s+er\s+(?:aan\s+|bij\s+)?(?:het\s+|de\s+)?(?:begin|start)\s+en\s+(?:aan\s+|bij\s+)?(?:het\s+)?(?:eind|einde)\s+van\b/giu, 'hoe veranderde het aantal $1 tijdens'],
  // "Op welke dag en hoe laat ...?": the moment, as a planning gives it ("8 september 2053, 10:00 uur"); "dag" and "laat" are no words to find.
  [/\b(?:(?:op\s+)?welke\s+(?:dag|datum)|wanneer)\s+en\s+(?:hoe\s+laat|om\s+hoe\s+laat|welk\s+tijdstip)\b/gi, 'wanneer'],
  // "Hoe lang duurt het voordat ... advies geeft?" asks for the term within which it happens.
  [/\bhoe ?lang duurt het (?:voordat|voor|tot|eer)\b/gi, 'binnen welke termijn'],
  // "Kan die (nog) langer?" after a term asked is whether it can be extended.
  [/\b(kan|kunnen|mag|mogen)\s+(?:die|dat|deze|dit|het|ze|hij|zij)\s+(?:nog\s+|ook\s+)?langer(?:\s+(?:duren|lopen|blijven|gelden))?(?=\s*[?.!]|\s*$)/gi, '$1 die verlengd worden'],
  // "Meer tijd nemen" is extending a term.
  [/\bmeer tijd (?:nemen|krijgen|vragen|hebben|geven)\b/gi, 'de termijn verlengen'],
  [/\bhoeveel tijd (?=(?:zit|ligt|zitten|liggen|is|moet|heeft|hebben)\b)/gi, 'hoelang '],
  [/\bhoe ?lang\b(?! geleden| (?:is|was|zijn|waren)\b)/gi, 'hoelang'],
  // "Hoe snel" asks for a term ("binnen vijf werkdagen"); "laat ... weten" is informing; "binnen is" is received.
  [/\bhoe snel\b/gi, 'binnen'],
  [/\b(laat|laten) (.+?) weten\b/gi, 'informeert $2'],
  [/\b(?:binnen is|binnen zijn|binnen komt|binnenkomt|binnengekomen is|is aangekomen)\b/gi, 'ontvangen'],
  // "Waar kan ik terecht" is where to turn to: "zich wenden tot" (a text's "kan terecht" is in that group too).
  [/\b(waar|bij wie) (kan|kun|kunt|kunnen|moet|moeten) (ik|je|u|men|we|wij) (?:dan |daarna |nog )?terecht\b/gi, '$1 $2 $3 wenden'],
  // "Waar moet ik (als inwoner) zijn", "waar kan ik heen": where to turn to as well; not the place of a meeting.
  [/\b(waar|bij wie) (kan|kun|kunt|kunnen|moet|moeten) (ik|je|u|men|we|wij)((?: als \p{L}+)?) (?:dan |daarna |nog )?(?:zijn|heen|naartoe)\b(?![^?]*\b(?:\p{L}*vergader\p{L}*|\p{L}*overleg|\p{L}*bijeenkomst\p{L}*|zitting|AO|BO|PFO|MO)\b)/giu, '$1 $2 $3$4 wenden'],
  // "Komt ... in actie", "komt ... in beeld": when a body acts, which a text says by what it does, not by "actie".
  [/\b(komt|komen|kwam|kwamen)\b(.*?)\s+in (?:actie|beeld)\b/gi, '$1$2'],
  // A member of a raad van toezicht is a toezichthouder, as regulations on conflicts of interest say.
  [/\b(?:lid van |in )?(?:de |een )?raad van (?:toezicht|commissarissen)\b/gi, 'toezichthouder'],
  // A tie is "staken de stemmen" in every reglement.
  [/\b(?:een )?(?:gelijk aantal stemmen|evenveel stemmen|(?:de )?stemmen gelijk)(?: voor en tegen)?\b/gi, 'staken de stemmen'],
  // "Als het (bij de stemming) precies gelijk uitvalt / eindigt": a tie too, in a question about votes or a meeting's advice.
  [/(?:(?<=\b(?:stem\p{L}*|advies|besluit\p{L}*|\p{L}*overleg|vergader\p{L}*|AO|MO|BO|PFO)\b[^?]*)|(?=[^?]*\b(?:stem\p{L}*|advies|besluit\p{L}*|\p{L}*overleg|vergader\p{L}*|AO|MO|BO|PFO)\b))\b(?:het|de stemming)\s+((?:[\p{L}-]+\s+){0,4}?)(?:precies\s+)?gelijk\s+(?:uitvalt|uitvallen|uitkomt|eindigt)\b/giu, '$1staken de stemmen'],
  // Not coming, and sending someone else: being verhinderd and vervangen.
  [/\bniet (?:kan|kunnen|kon|mag) (?:komen|aanwezig zijn|bijwonen)\b/gi, 'verhinderd is'],
  [/\biemand anders (?:sturen|afvaardigen|laten gaan)\b/gi, 'zich laten vervangen'],
  // "In haar plek gaan zitten", "zijn plaats innemen": standing in for a member, which a text calls vervangen.
  [/\b(?:(?:in|op) (?:zijn|haar|hun|z'n|de|diens|mijn|jouw|je|ons|onze) (?:plek|plaats) (?:gaan |te |komen )?(?:zitten|zit|zat|zaten)|(?:zijn|haar|hun|z'n|diens|mijn|jouw|je|de) (?:plek|plaats) (?:in ?nemen|in ?neemt|innam|ingenomen))\b/giu, 'vervangen'],
  [/\b(?:kan|kun|kunt|kunnen|kon|konden) (?:ik |je |jij |u |we |wij |hij |zij |ze )?niet (?:bij|naar|op) (.+?) (?:zijn|komen|gaan)\b/gi, 'verhinderd is $1'],
  [/\b(?:kan|kun|kunt|kunnen|kon|konden) (?:ik |je |jij |u |we |wij |hij |zij |ze )?niet naar (?:de |het )?(\p{L}*(?:vergadering|overleg|bijeenkomst|zitting|sessie)\p{L}*|MO|BO|PFO|AO)\b/giu, 'verhinderd is $1'],
  [/\bniet (?:naar|bij|op) (?:de |het )?(\p{L}*(?:vergadering|overleg|bijeenkomst|zitting|sessie)\p{L}*|MO|BO|PFO|AO) (?:kan|kun|kunt|kunnen|kon|konden|mag) (?:komen|gaan|zijn)\b/giu, 'verhinderd is $1'],
  // "Stel de voorzitter en de vicevoorzitter zijn er allebei niet, wie ...": both absent, as a text says "zijn beiden afwezig".
  [/\b(is|zijn|was|waren) er (?:allebei|beiden|beide|allemaal) niet(?=\s*(?:[,.?!]|$)|\s+(?:wie|wat|dan|en|of|hoe)\b)/giu, '$1 beiden afwezig'],
  [/\b(is|zijn|was|waren) er niet(?=\s*(?:[,.?!]|$)|\s+(?:wie|wat|dan|en|of|hoe)\b)/giu, '$1 afwezig'],
  // "Mijn wethouder kan de volgende pfo niet": cannot attend it.
  [/\b(?:kan|kunnen|kon|konden) ((?:de|het) (?:volgende |komende |eerstvolgende |vergadering van (?:het |de )?)?(?:\p{L}*(?:vergadering|overleg|bijeenkomst|zitting|sessie)\p{L}*|MO|BO|PFO|AO)) niet\b/giu, 'is verhinderd bij $1'],
  [/\bniet bij (?:de |het |een )?((?:\p{L}+ )?(?:vergadering|vergaderingen|overleg|bijeenkomst|bijeenkomsten|zitting|MO|BO|PFO|AO)) (?:is|zijn|was|waren)\b/giu, 'afwezig bij $1'],
  // Sending people to a meeting is delegating them ("afvaardigen") as its participants; "iemand een brief sturen" is not.
  [/\b(?:mensen|personen|iemand|vertegenwoordigers|medewerkers|deelnemers)\b([^?]{0,60}?\bnaar [^?]{0,40}?(?:vergader|overleg|bijeenkomst|commissie|zitting|werkgroep)[^?]{0,20}?)\s(?:sturen|stuurt|stuur|gestuurd)\b/gi, 'deelnemers$1 afvaardigen'],
  // "Ik ben nieuw bij een van de gemeenten", "ik ben net begonnen als ...": who asks, nothing to find ("nieuw" finds new things).
  [/\b(ik ben|wij zijn|we zijn)\s+(?:hier\s+)?(?:net\s+|pas\s+|nog\s+)?(?:nieuw|begonnen|gestart|aangenomen|in dienst)\b/gi, '$1'],
  // "Gaat er in euro's gemeten het hardst overheen qua budget": over the budget, in euros; "qua" (as for) is no word to find.
  [/\bin\s+(euro's|euros|procenten)\s+(?:gemeten|uitgedrukt)\b/gi, 'in $1'],
  [/\boverheen\b/gi, 'boven'],
  [/\bqua\b/gi, ''],
  // "Wie doet het contractmanagement bij X?": who is its contractmanager, as a table of providers names them.
  [/\bwie\s+(?:doet|doen|deed)\s+(?:het|de)\s+(\p{L}*)management\b/giu, 'wie is de $1manager'],
  // "t/m juni" is "tot en met juni"; "hoeveel denkt RSJ dat ..." asks what RSJ expects (a prognose); "kwijt zijn aan" is spending.
  [/\bt\/m\b/gi, 'tot en met'],
  [/\b(?:denkt|denken|dacht|dachten)\b(?=[^?]*\bdat\b)/gi, 'verwacht'],
  [/\bkwijt\s+(?:is|zijn|was|waren|raakt|raken|bent)\s+aan\b/gi, 'uitgeeft aan'],
  // "Stel (dat) er zitten maar 5 gemeenten ...": a supposition opens the asker's case; "stel" is no word to find.
  [/(^|[.?!]\s+)stel\b(?:\s+(?:nou|eens))?(?:\s+dat)?\s+/giu, '$1'],
  // "Wat gebeurt er daarna?" asks what follows the case told: "daarna" points back at it and is no word to find.
  [/\b(wat (?:gebeurt|gebeurde) er)\s+(?:daarna|dan|vervolgens|nadien|daarop)\b/gi, '$1'],
  // "Hoeveel ... moeten er minimaal aan tafel zitten": present at the meeting (its quorum), as "aanwezig zijn" says it.
  [/\baan (?:de )?tafel (?:zitten|zit|zat|zaten)\b|\b(?:zitten|zit|zat|zaten) (?:er )?(?:minimaal |minstens |ten minste )?aan (?:de )?tafel\b(?!\s+(?:met|bij)\b)/gi, 'aanwezig zijn'],
  // "Er zitten maar 5 gemeenten aan tafel bij het MO": only a few at a meeting asks its quorum, as "te weinig" does.
  // Only where the count says who is present ("er zitten maar 5 ...", "maar 5 ... aanwezig"), not who voted.
  [/(?:(?<=\b(?:zitten|zaten|zijn|waren|komen|kwamen)\s+(?:er\s+)?)\b(?:maar|slechts|alleen) (?:\d+|een paar|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (?:mensen|personen|leden|deelnemers|gemeenten|gemeentes|bestuurders|wethouders|vertegenwoordigers|managers)\b(?:\s+aan (?:de )?tafel)?|\b(?:maar|slechts|alleen) (?:\d+|een paar|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (?:mensen|personen|leden|deelnemers|gemeenten|gemeentes|bestuurders|wethouders|vertegenwoordigers|managers)\s+(?:aan (?:de )?tafel|aanwezig)\b)(?=[^?]*(?:vergader|overleg|bijeenkomst|aanwezig|zitting|tafel|\b(?:MO|BO|PFO|AO)\b))/g, 'te weinig leden'],
  // Too few people at a meeting is its quorum, whoever they are (too few providers in the market is not).
  [/\b(?:te weinig|niet genoeg|onvoldoende) (?:mensen|personen|leden|deelnemers|aanbieders|gemeenten|gemeentes|bestuurders|wethouders|vertegenwoordigers|aanwezigen|managers|jongeren|ambtenaren|adviseurs|directeuren)\b(?=[^?]*(?:vergader|overleg|bijeenkomst|aanwezig|zitting|opdagen|op komen dagen))/gi, 'te weinig leden'],
  // Recording a meeting ("worden de vergaderingen opgenomen?") is about sound or video recordings, not including.
  [/\b(?:wordt|worden|werd|werden|mag|mogen) (?:ik |je |we |wij |u |men )?(?:de |het |een )?(vergadering|vergaderingen|overleg|bijeenkomst|bijeenkomsten|zitting|zittingen|gesprek|gesprekken)\s+(?:\p{L}+\s+)?(?:opgenomen|opnemen)\b/giu, '$1 geluidsopname'],
  // "Waar dient X voor?", "waar is X voor bedoeld?": "waarvoor" split around its subject asks a purpose; the stranded "voor" is no word to find.
  [/\bwaar (dient|dienen|diende|is|zijn|was|waren) (.+?) voor( bedoeld)?\s*(\?|$)/gi, 'waarvoor $1 $2$3$4'],
  // "Waar vergadert ...?" asks for the place; "waar komt dat door?" a cause (asked-elaboration.ts), "waar komt de ratio op uit?" a figure, "waar komt het geld vandaan?" its source.
  [/\bwaar (vergadert|vergaderen|vergaderde|zit|zitten|komt|komen)\b(?!\s+(?:dat|dit|het)\s+(?:door|aan)\b)(?![^?,]*\bop\s+(?:uit|neer)\b)(?![^?,]*\bvandaan\b)/gi, 'op welke locatie $1'],
  // "Vanaf welk bedrag", "tot welk bedrag", "vanaf welke score": the threshold is asked, the preposition is no word to find.
  [/\b(?:vanaf|boven|onder|tot|beneden) (welk (?:geld)?bedrag|hoeveel euro|welke (?:score|waarde|uitkomst)|welk (?:aantal|percentage|cijfer))\b/gi, '$1'],
  ...TASKS_FRAMES,
  // "Kwamen ... binnen" ending a clause or before when or how ("binnen over 2057", "binnen via de huisarts") is "binnenkomen", no "binnen de norm".
  [/\b(komt|komen|kwam|kwamen)\b((?:\s+[\p{L}\d-]+){1,8}?)\s+binnen(?=\s*(?:[?,.;]|$)|\s+(?:over|via|bij|vanuit|tijdens|sinds|per)\s)/giu, '$2 binnen$1'],
  // "Volledig gegrond verklaard": a verdict is named by its word ("Gegrond"), "volledig" only tells it from "deels".
  [/\b(?:(?:volledig|geheel|helemaal)\s+)?((?:on)?gegrond|(?:niet-)?ontvankelijk)\s+(?:verklaard|bevonden)\b/gi, '$1'],
  // "In welke gevallen mag ...?" asks for the conditions, which a text lists without the word "geval".
  [/\bin welk(?:e)? (?:gevallen|geval|situaties|situatie|omstandigheden)\b/gi, 'wanneer'],
  // "Wat moet er (allemaal) in het plan staan?" asks what the plan contains ("bevat ten minste", "beschrijft").
  [/\b(wat (?:moet|moeten|mag|mogen|kan|kunnen|staat|staan) er)(?: allemaal)? (in|op) (.+?) (?:staan|zitten|komen te staan|opgenomen worden|worden opgenomen|vermeld worden|worden vermeld)\s*(\?|$)/gi, '$1 $2 $3 bevatten$4'],
  // "Op welke punten wordt ... beoordeeld?", "waarop wordt ... getoetst?": the criteria, which an article lists after a colon.
  [/\b(?:op (?:welke|wat voor) (?:punten|aspecten|onderdelen|gronden|zaken|dingen)|waarop)\b(?=[^?]*\b(?:beoordeeld|beoordelen|beoordeelt|getoetst|toetsen|toetst|gewogen|gescoord|geselecteerd|vergeleken)\b)/gi, 'op welke criteria'],
  // Deciding: "de knoop doorhakken" is "besluiten".
  [/\b(?:de )?kno(?:op|pen) (?:door ?(?:te )?hakken|doorhakt|doorhakken|doorgehakt)\b/gi, 'besluiten'],
  [/\bhakt (?:(.+?) )?de kno(?:op|pen) door\b/gi, 'besluit $1'],
  // "Klopt dat met wat de kadernota vraagt?" after the asker's case: whether the case is what the document says. The
  // case is what is asked about; the document is where ("klopt", "vraagt" are no words a text uses for it).
  [/\b(?:klopt|strookt) (?:dat|dit|het)(?: wel| eigenlijk| nou| ook)? (?:met|bij) (?:wat|hoe) ((?:de|het) [^?.,]+?) (?:zegt|zeggen|vraagt|vragen|voorschrijft|voorschrijven|bepaalt|bepalen|eist|eisen|wil|willen|verlangt|verwacht|regelt|afspreekt)\b/gi, 'volgens $1'],
  [/\b(?:klopt|strookt) (?:dat|dit|het)(?: wel| eigenlijk| nou| ook)? met (?=(?:de|het) )/gi, 'volgens '],
  // "Als hij weer goed presteert", "het mandaat weer terugnemen": "weer" as "again" names nothing asked (not "het weer").
  [/(?<!\b(?:het|dat|welk|slecht|mooi|goed|extreem|koud|warm|nat|zonnig|guur|stormachtig|winters)\s+)\bweer\b(?!\s*(?:morgen|vandaag|bericht|in)\b)/gi, ''],
  // "Hoe snel moet ik dat ergens vastleggen?": "ergens" (somewhere) leaves open where; the text names the place.
  [/\bergens\b/gi, ''],
  // "Kun je de stappen op een rij zetten, van begin tot eind?" asks for the whole procedure: a frame, no words to find.
  // Not "drie keer op een rij" (in a row).
  [/\bop een rij (?:te )?(?:zetten|zet|gezet)\b/gi, ''],
  [/\b(?:zet|zetten|zette) (.+?) op een rij\b/gi, '$1'],
  [/\bvan (?:het )?(?:begin|eerste|start) tot (?:het |de )?(?:eind|einde|slot|laatste|finish)\b|\bvan a tot z\b/gi, ''],
  // Frames that only ask whether or what: "klopt het dat X", "hoe zit het met X", "kun je me vertellen wie": X is asked.
  [/\b(?:klopt het|is het (?:waar|zo)|(?:heb|begrijp) ik (?:het )?goed(?: begrepen)?|ik (?:heb )?(?:gehoord|hoorde|gelezen|las)|mag ik (?:ervan )?(?:aannemen|uitgaan))(?: eigenlijk| nou| nu)?,? dat\b/gi, ''],
  [/\bhoe zit (?:het|dat)(?: eigenlijk| nou| nu| precies)* (?:met|bij)\s+(.+?)\s*(\?|\.|$)/gi, 'wat is $1$2'],
  [/\b(?:kun|kunt|kan) (?:je|jij|u) (?:me |mij )?(?:vertellen|zeggen|uitleggen|aangeven) (?=(?:wie|wat|wanneer|hoe|hoeveel|waar|welke|welk|of|waarom)\b)/gi, ''],
  [/\bik (?:vraag|vroeg) me af\b|\bik (?:wil|zou) (?:graag )?(?:willen )?weten\b/gi, ''],
  // A preposition of several words says how the question relates to a thing, not what it asks: "wat besloot het BO naar
  // aanleiding van de evaluatie" asks a decision about the evaluation, no "aanleiding"; "de escalatie rond X" one about X.
  [/\b(?:naar aanleiding van|met betrekking tot|ten aanzien van|in het kader van|in verband met)\b|\brond(?:om)?(?=\s+(?!(?:de\s+)?\d)\p{L})/giu, 'over'],
  ...TIME_FRAMES,
  // A cause asked ("wat verklaart de daling", "hoe komt het dat ..."): the words of "waarom", no "verklaren" or "inkomen".
  [/\bwat verklaart\b|\bhoe (?:komt|kwam|kan) het(?: toch)?,? dat\b/gi, 'waarom'],
  // The consequence, however asked, in the words "wat gebeurt er als" of the other questions.
  [/\b(?:wat (?:is|zijn) (?:het|de) (?:gevolg|gevolgen|consequentie|consequenties)|wat betekent het|hoe gaat het (?:verder|dan))(?= (?:als|wanneer|indien|van)\b)/gi, 'wat gebeurt er'],
  // Who "goes over" something is who is responsible for it (not "overgaan"); "wie heeft het voor het zeggen" who has the power.
  [/\bwie (?:gaat|gaan|ging) (?:er )?over\b/gi, 'wie is verantwoordelijk voor'],
  [/\bwie (?:heeft|hebben|had) (?:het )?(?:hier )?(?:voor )?het (?:voor het )?zeggen\b/gi, 'wie is bevoegd'],
  // "Wanneer hoor ik iets" asks when a decision is sent, not about a hearing ("horen").
  [/\b(?:hoor (?:ik|je|jij|we|wij)|hoort u)(?: (?:iets|wat|meer|de uitslag|het resultaat|het antwoord|het besluit|of))?(?: terug)?\b/gi, 'ontvang bericht'],
  // "Wat is stap 3?", "de tweede stap" asks for an item of the steps, whose text holds no 3 (list-anchors.ts reads the number).
  [/\bstap\s+\d{1,2}\b|\b(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+stap\b/gi, 'stappen'],
  // "Wat moet ik als eerste doen?" asks for the first step; "wie spreekt als eerste" does not.
  [new RegExp(AS_STEP.source, 'gi'), 'stappen '],
  // "Van code rood terug naar oranje": the change "van ... naar" says it; a text does not say "terug" ("afschalen").
  [/\b(van\s+[^?.]*?)\bterug\s+naar\b/gi, '$1naar'],
  // "Wanneer is er sprake van een calamiteit?" asks when there is one: "sprake" is a frame, no word a text uses for it.
  [/\b(is|zijn|was|waren) er sprake van\b/gi, '$1'],
  [/\ber sprake (is|zijn|was|waren) van\b/gi, '$1'],
  // "Vanaf hoeveel meldingen spreek je van een escalatie?" likewise: when a case is one.
  // Not "wat spreken we van tevoren af?" (afspreken).
  [/\b(?:spreek|spreekt|spreken|sprak|spraken) (?:je|jij|we|wij|men|u|ze|zij) (?:dan |pas |nog )*van\b(?!\s*tevoren\b)(?![^?.]*\baf\s*[?.]?\s*$)/gi, 'is'],
  // "In 1 gemeente", "bij 1 aanbieder": a single one, which a text says without a figure ("de vestigingsgemeente",
  // "een aanbieder"). Not a date, a measure or a reference ("op 1 januari", "binnen 1 week", "in artikel 1").
  [/\b(in|bij|voor|van|met|door|over|aan|tussen|naar|uit)\s+1\s+(?!(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|uur|dag|werkdag|week|maand|jaar|kwartaal|procent|euro|fte|keer|maal|tot|t|à|of|en)\b)(?=\p{L})/giu, '$1 één '],
  // "op 1 sept", "per 1 jan.": a month written short after its day is that month (its dot may end the sentence).
  ...Object.entries({ jan: 'januari', feb: 'februari', mrt: 'maart', apr: 'april', jun: 'juni', jul: 'juli', aug: 'augustus', sep: 'september', sept: 'september', okt: 'oktober', nov: 'november', dec: 'december' }).map(
    ([short, month]): [RegExp, string] => [new RegExp(String.raw`\b(\d{1,2})\s+${short}\b`, 'gi'), `$1 ${month}`],
  ),
  // "Vijf voor en vijf tegen", "evenveel voor als tegen": the votes are tied, which a text says as "staken de stemmen".
  [/\b(?:(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(?:stemmen\s+)?voor\s*(?:,|en)\s*\1\s+(?:stemmen\s+)?tegen|(?:even\s*veel\s+(?:stemmen\s+)?voor\s+als\s+tegen)|de\s+helft\s+voor\s+en\s+de\s+helft\s+tegen)\b/giu, 'stemmen staken'],
  // "In 2028 vergeleken met 2025", "ten opzichte van 2025": the figures of both years are asked; a text gives them
  // without the frame ("groeide van 24 in 2025 naar 38 in 2028").
  [/\b(?:vergeleken\s+(?:met|bij)|in\s+vergelijking\s+(?:met|tot)|ten\s+opzichte\s+van|t\.o\.v\.)(?=\s+(?:het\s+jaar\s+)?(?:19|20)\d\d\b)/giu, 'en in'],
  // A hedged amount is the amount: "iets van twee jaar", "zo'n vijf weken", "ruim een jaar" (more than a year).
  [/\b(?:iets van|zo'n|zo’n|ongeveer|circa|ca\.|pakweg|rond de|rond|bijna|ongeveer)\s+(?=(?:\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|anderhalf|half)\b)/gi, ''],
  [/\b(?:ruim|langer dan|meer dan)\s+(?=(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|anderhalf) (?:jaar|jaren|maand|maanden|week|weken|dag|dagen|werkdagen)\b)/gi, 'meer dan '],
];

/** The question with its frames rewritten; remembered, as the index reads each question and its parts several times. */
export const withoutIdioms: (question: string) => string = rememberedPerText(2_000, (question) => FRAMES.reduce((q, [pattern, words]) => q.replace(pattern, words), question));
