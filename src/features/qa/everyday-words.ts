import { euros } from './amount-thresholds';
import { withIndirectAskSplit, withoutIndirectAmount } from './question-rewrites';
import { countOf } from './number-words';
import { MONTHS } from '../../shared/dutch-date';
import { withPriorPeriodNamed } from './prior-periods';
import { datesInFiguresWrittenOut } from './tables';

/** "Trok Vechtstroom aan de bel": reported ("meldde Vechtstroom"); not "trekt er dan aan de bel", the idiom whole (a paraphrase). */
const ALARM_MIDDLE_FIELD = '(?:er|dan|nu|ook|wel|toch|al|nog|dus|even|het|hij|zij|ze|we|wij|je|u|ik|men)';
const reportedAlarm = (verb: string, reported: string): [RegExp, string] => [
  new RegExp(String.raw`\b${verb}\s+(?!(?:${ALARM_MIDDLE_FIELD}\s+)+aan\s+de\s+bel\b)((?:[\p{L}-]+\s+){1,4}?)aan\s+de\s+bel\b\s*`, 'giu'),
  `${reported} $1`,
];

/**
 * Everyday words and idioms for what the documents name otherwise, as whole words only ("jongeren" are the "jeugdigen"
 * of every report by their terms: word-forms.ts).
 */
const EVERYDAY: [RegExp, string][] = [
  // "Wat versta je onder een calamiteit?", "wat wordt verstaan onder ...": what it is, as a definition says it.
  [/\bwat\s+(?:(?:versta|verstaan|verstaat)\s+(?:je|jij|we|wij|jullie|u|ze|men)|(?:wordt|werd)\s+(?:er\s+)?(?:precies\s+)?verstaan)\s+(?:precies\s+)?onder\b/giu, 'wat is'],
  // "... in de zin van de escalatieroute": as that document means it.
  [/\bin\s+de\s+zin\s+van\b/giu, 'volgens'],
  // "Dashbord": the Dutch spelling of the "dashboard" reports write (a word of the dictionary, so no typo to the speller).
  [/\bdashbord(s)?\b/giu, 'dashboard$1'],
  // "Op z'n vroegst", "op zijn vroegst": not before, as a text says "niet eerder dan".
  [/\bop\s+(?:z['’]n|zijn)\s+vroegst\b/giu, 'niet eerder dan'],
  // "De infonota", "een infobrief": chat shorthand for the informatienota a document's head calls itself.
  [/\binfo(nota|brief|avond|middag|ochtend|sessie|bijeenkomst|memo)(s)?\b/giu, 'informatie$1$2'],
  // "De stuurgroep vd herijking", "de agenda vh BO": chat shorthand for "van de", "van het".
  [/\bv\.?d\.?(?=\s|$)/g, 'van de'],
  [/\bv\.?h\.?(?=\s|$)/g, 'van het'],
  // "Een heel duur arrangement" is expensive, not the "duur" (length) of the periode group.
  [/\b(?:heel|erg|te|zo|best|nogal|bijzonder|extreem|zeer)\s+(?:duur|dure)\b/gi, 'kostbaar'],
  // "Moet dat langs de commissie?": laid before it.
  [/\b(moet|moeten|gaat|gaan|hoeft|hoeven)\b([^.?!]*?)\blangs\s+(de|het)\s+(?=(?:\p{L}*(?:commissie|raad|bestuur|college|overleg)|BO|PFO|AO|MO|wethouders?|regiomanager)\b)/giu, '$1$2voorgelegd aan $3 '],
  // "Hoger uitgevallen dan begroot": turned out higher, not the "uitval" (absence) of staff.
  [/\b(hoger|lager|duurder|goedkoper|meer|minder|positiever|negatiever|gunstiger|ongunstiger)\s+(?:uitgevallen|uitvallen|uitvalt|uitviel|uitvielen)\b/gi, '$1'],
  // "Waarom zijn de kosten zo hard omhoog gegaan?": how hard says how much it rose, which the report gives, no word of its own.
  [/\bzo\s+(?:hard|sterk|fors|flink|snel)\s+(?=(?:omhoog|omlaag|gestegen|gedaald|gegroeid|toegenomen|afgenomen|gezakt)\b)/gi, ''],
  // "Langer dan in de rest van de regio": than elsewhere in the region, as a report says "de langste van de regio".
  [/\b(dan|als)\s+(in\s+|bij\s+)?de\s+rest\s+van\s+(?=(?:de|het)\s)/gi, '$1 $2'],
  // "De kleinere gemeenten": the small ones, as a text says "een kleine gemeente".
  [/\bkleinere\s+(?=\p{L}{4,})/giu, 'kleine '],
  [/\bgrotere\s+(?=\p{L}{4,})/giu, 'grote '],
  // "Die hadden toch verlies gedraaid?": made a loss (or a profit), as a report says "een negatief resultaat".
  [/\b(verlies|winst)\s+(?:gedraaid|draaien|draaide|draaiden|draait|draaiend)\b/gi, '$1'],
  [/\b(?:draait|draaien|draaide|draaiden)\s+((?:ze|zij|het|hij|die|dat|de\s+\p{L}+)\s+)?(?:(?:nog|al|toch|ook|wel|veel|fors)\s+)?(verlies|winst)\b/giu, '$1$2'],
  // "Wat is er met het plafondtarief gebeurd?": what became of it, which a text says by what changed, no happening of its own.
  [/\b(wat\s+(?:is|zijn)\s+er\s+met\s+.{3,80}?)\s+gebeurd\b/giu, '$1'],
  // "Hoevaak", "hoelaat": two words written as one.
  [/\bhoe(vaak|laat)\b/gi, 'hoe $1'],
  // Split: "waarom valt verblijf zoveel duurder uit"; "dan we hadden begroot" is "dan begroot", as a report says it.
  [/\b(?:valt|vallen|viel|vielen)\s+((?:[\p{L}-]+\s+){0,6}?)(hoger|lager|duurder|goedkoper|meer|minder|positiever|negatiever|gunstiger|ongunstiger)\s+uit\b/giu, '$1$2'],
  [/\bdan\s+(?:we|wij|ze|zij|men|u|jullie)\s+(?:hadden|had)\s+(begroot|geraamd|verwacht|gepland)\b/gi, 'dan $1'],
  // "Ging over de begroting heen": went over budget, as the reports say "boven de begroting" ("over het jeugdhulpbudget
  // heen": the compound's budget is the budget). A verb stays, so "met hoeveel gaan we ..." asks an amount; "zit", as
  // "gaan" is also a start ("van start gaan").
  [/\b(?:ging|gingen|gaat|gaan|is|zijn|was|waren)\s+(.*?)\bover\s+(?:de|het|haar|zijn|hun)\s+\p{L}*?(begroting|budget|raming)\s+heen\b/giu, 'zit $1boven de $2'],
  // "Liepen de kosten uit de hand": went over what was planned, as a report says "overschreden".
  [/\b(?:liep|liepen|loopt|lopen)\s+(.{0,60}?)\s*uit\s+de\s+hand\b/giu, 'overschreden $1'],
  // "De afwijking tussen begroot en werkelijk" is their difference, as a table's column says it ("Verschil").
  [/\bafwijking(en)?\s+tussen\b/gi, 'verschil$1 tussen'],
  // "Welke nevenfuncties zijn verboden?": not allowed, as a rule says it ("Niet toegestaan zijn ...").
  [/\b(zijn|is|waren|was)\s+((?:sowieso|altijd|in\s+elk\s+geval|dus|echt|helemaal)\s+)?verboden\b/gi, '$1 $2niet toegestaan'],
  // "Stemden tegen" did not agree, as an overview of votes says it ("Instemming: nee").
  [/\b(stem|stemt|stemde|stemden|stemmen)\s+tegen\s+(?=(?:de|het|dit|dat|deze)\s)/gi, '$1 niet in met '],
  [/\b(stem|stemt|stemde|stemden|stemmen)\s+tegen\b/gi, '$1 niet in'],
  // "Heeft tegen de begroting gestemd", "tegengestemd": did not agree, the perfect of the same.
  [/\b(?:heeft|hebben)\s+tegen\s+((?:de|het|dit|dat|deze)(?:\s+[\p{L}\d/-]+){1,7}?)\s+gestemd\b/giu, 'stemde niet in met $1'],
  [/\btegen\s+((?:de|het|dit|dat|deze)(?:\s+[\p{L}\d/-]+){1,7}?)\s+gestemd\b/giu, 'niet met $1 ingestemd'],
  [/\btegengestemd\b/gi, 'niet ingestemd'],
  // "Als we er met een partij niet uitkomen": a dispute, as an agreement's article names it ("geschil").
  [/\ber\s+((?:\p{L}+\s+){0,4}?)niet\s+uit\s*(?:komen|komt|kwamen|kwam)\b/giu, '$1een geschil hebben'],
  // "Krijgt het serviceteam het bsn te zien?": whether it receives it, as an agreement says ("ontvangt", "verstrekt aan").
  [/\bkrijgt\b(.{1,60}?)\s+te\s+zien\b/giu, 'ontvangt$1'],
  [/\bkrijgen\b(.{1,60}?)\s+te\s+zien\b/giu, 'ontvangen$1'],
  // "De knoop over de verlenging is doorgehakt": the decision is taken, as a rule says "besluit".
  [/\b(?:een|de)\s+knoop\s+(.{0,80}?)\s*(?:(?:worden|wordt|zijn|is)\s+)?doorgehakt\b/giu, 'het besluit $1 genomen'],
  // "Wanneer mag de regiomanager de gunning niet zelf afhandelen?": when he lays it before another, as a mandate says.
  [/\bniet\s+zelf\s+(?:afhandelen|afdoen|beslissen|besluiten)\b/giu, 'voorleggen'],
  // "Het bestuur van de GR" is the BO (Bestuurlijk overleg), which documents name so.
  [/\bhet\s+(?:algemeen\s+)?bestuur\s+van\s+de\s+(?:GR|gemeenschappelijke\s+regeling)\b/gi, 'het BO'],
  // "Waarom lijkt het alsof er minder kinderen hulp krijgen?": why the figures show it, the same question without the frame.
  [/\b(waarom|hoe\s+komt\s+het\s+dat)\s+lijkt\s+het\s+(?:alsof|of|dat)\s+/gi, '$1 '],
  // "Hoeveel moet Deventer ophoesten / dokken / neertellen?": pay, as a budget says "betalen" or "bijdrage".
  [/\b(?:ophoesten|dokken|dokt|neertellen|aftikken)\b/gi, 'betalen'],
  // "Wachttijd bij Kompas, waar zit die nu?": how high a measure is, no place.
  [/(?<=\bwachttijd\p{L}*\b[^?]{0,80})\bwaar\s+(?:zit|zitten|staat|staan)\s+(die|dat|het)\b/giu, 'hoe lang is $1'],
  // "Op nivo 3": the spoken spelling of "niveau", which a dictionary knows and so does not correct.
  [/\bnivo('?s)?\b/gi, 'niveau$1'],
  // "Regiobreed", "regio breed": for the region as a whole, as a report says it ("voor de regio als geheel", "regionaal").
  [/\bregio[\s-]?breed\b/gi, 'voor de regio als geheel'],
  // "Wat zijn we kwijt(geraakt) aan juridisch advies?": what was spent on it, as a table of costs says ("kosten", "besteed").
  [/\bkwijt\s*(?:geraakt|raken|raakten|raakt)\s+aan\b/gi, 'uitgegeven aan'],
  // "Welke lessen trekt het RSJ?": what it learned, as an evaluation says ("Wat we leren", "deze lessen"); not a trekker.
  [/\b(lessen|les|conclusies?)\s+(?:trekt|trekken|trok|trokken|getrokken)\b/gi, '$1 geleerd'],
  [/\b(?:trekt|trekken|trok|trokken)\s+((?:\p{L}+\s+){0,3}?)(lessen|conclusies)\b/giu, '$1$2 geleerd'],
  // "Wat was de totale rekening?": what it cost, not "voor rekening van" (who bears it).
  [/\b(wat\s+(?:was|is|wordt|werd))\s+de\s+(totale\s+|uiteindelijke\s+)?rekening\b/gi, '$1 de $2kosten'],
  // "Wie van de wethouders trekt de aanpak?": who is its trekker, as a regioagenda names the wethouder who leads a theme.
  [/\b(wie(?:\s+van\s+de\s+\p{L}+)?)\s+trekt\b(?![^?]*\b(?:aan\s+de\s+bel|(?:aan|in|terug|uit|op|door|af)\s*(?:[?,.]|$)))/giu, '$1 is trekker van'],
  // "Hoeveel kinderen staan op de wachtlijst?", "hoeveel jongeren wachten er?": the wachtenden a monitor counts.
  [/\bhoeveel\s+(?:kinderen|jeugdigen|jongeren|mensen|gezinnen)\s+(?:(?:staan|stonden|zijn|waren)\s+(?:er\s+)?op\s+de\s+wachtlijst|(?:wachten|wachtten)(?:\s+er)?)\b/gi, 'hoeveel wachtenden zijn er'],
  // "Het bestuur (BO)": the asker's own gloss of the short name the documents use; the short name is what they say.
  [/\b(?:het|de)\s+(?:\p{L}+\s+){1,2}?\((AO|PFO|MO|BO)\)/gu, 'het $1'],
  // "De reguliere BO-vergadering": the BO is a meeting, which a text names by its name alone ("het BO van oktober").
  [/\b(AO|PFO|Pfo|MO|BO)[-\s](?:vergadering|vergaderingen|overleg|bijeenkomst)\b/g, '$1'],
  // "Sinds welke datum bestaat het RSJ?": the day it started ("sinds welke dag"); "datum" is no word the text says of it
  // ("op 1 januari 2018 van start"), and its group is that of deadlines.
  [/\bsinds\s+welke\s+datum\b/gi, 'sinds welke dag'],
  // "Op welke data komt het BO bijeen?": dates of meetings, not the data a monitor holds ("op welke data is de RIJM gebaseerd").
  [/\b(?:op\s+)?welke\s+data\b(?=[^?]*\b(?:vergader\p{L}*|bijeen|bij\s+elkaar|gepland|plaats)\b)/giu, 'op welke datums'],
  // "Uit welke 2 organisaties", "de 11 gemeentes": how many there are of the things asked, which a text says in words ("elf") or by
  // naming them; not a measure ("de 2 weken", "de 15 procent").
  [/\b(welke|de|die|deze|alle|onze|hun)\s+\d{1,2}\s+(?!(?:procent|weken|week|dagen|dag|werkdagen|maanden|maand|jaar|jaren|uur|uren|keer|euro|fte|minuten|kilometer)\b)(?=\p{L}{3,})/giu, '$1 '],
  // "Op dit moment", "momenteel": now, which says when, not what ("op het moment dat ..." is a when of its own).
  [/\bop\s+dit\s+moment\b|\bmomenteel\b/gi, 'nu'],
  // "De spoedroute volgen i.p.v. de normale stappen": what is asked comes before "i.p.v."; the usual way is not asked.
  [/\s+i\.?\s?p\.?\s?v\.?\s+[^.?!,;]*/giu, ''],
  // "Hoeveel moeten er minimaal zijn om het BO te laten doorgaan?": a quorum, which reglementen say as presence.
  [/\b(moet|moeten)\s+(er|we|wij|ze|jullie)\s+(minimaal|minstens|ten minste)\s+(?:zijn|komen|opdagen)\b/gi, '$1 $2 $3 aanwezig zijn'],
  // "Welke wethouder ontbrak?": who was absent, as minutes say it ("Afwezig met bericht"); "wat ontbreekt er in het plan" is no
  // person, and "ontbraken bij" is a phrase of absence already (paraphrases.txt).
  [/\b(wie|welke\s+(?:wethouders?|leden|lid|bestuurders?|deelnemers?|gemeenten?))\s+(?:ontbrak|ontbraken|ontbreekt|ontbreken)\b(?=\s*(?:er\s*)?(?:\?|$|\ben\b|\bop\b))/giu, '$1 was afwezig'],
  // "..., en om hoeveel jeugdigen gaat het?": a second ask of how many there are, as a column counts them ("aantal jeugdigen").
  [/\b(en\s+)om\s+hoeveel\s+(\p{L}+)\s+(?:gaat|ging)\s+(het|dat|dit)\b/giu, '$1hoeveel $2 zijn $3'],
  // "Hoe lang mag de commissie er vanaf 2052 over doen?": how long it may take, as a term says it ("duurt", "termijn").
  [/\ber\s+((?:[\p{L}\d]+\s+){0,3}?)over\s+(?:doen|doet|deed|deden)\b|\berover\s+((?:[\p{L}\d]+\s+){0,3}?)(?:doen|doet|deed|deden)\b/giu, '$1$2duren'],
  [/\b(?:doet|doen|deed|deden)\s+((?:[\p{L}\d]+\s+){1,4}?)er\s*over\b/giu, 'duurt $1'],
  // "Wanneer wordt de escalatieroute gebruikt?": in which case it applies; the verb of use is no word a text says of it.
  [/\b(wanneer|in\s+welke\s+(?:gevallen|situaties?))\s+(wordt|worden|mag|mogen|kan|kunnen|moet|moeten)\s+([^?.,;]{3,60}?)\s+(?:gebruikt|ingezet|toegepast)(?=\s*[?.]?\s*$)/giu, '$1 $2 $3'],
  // "Voordat je bij de regeling aan kunt kloppen": can turn to it, as a text says "terecht kunnen".
  [/\baan\s+(kan|kunt|kunnen|moet|moeten|mag|mogen)\s+kloppen\b/gi, 'terecht $1'],
  [/\baan\s*kloppen\b/gi, 'terecht'],
  // "Mag ik samen met een andere organisatie inschrijven?": a joint bid, which a tender calls a combination.
  [/\bsamen\s+met\s+(?:een\s+)?(?:of\s+meer\s+)?(?:andere\s+)?(?:organisaties?|partij(?:en)?|aanbieders?)\s+(?=(?:inschrijven|inschrijft|inschrijving|een\s+offerte)\b)/giu, 'als combinatie '],
  // "Hoeveel omzet moet een aanbieder minimaal draaien?": have as turnover, as an eligibility rule says it ("een jaaromzet heeft van").
  [/\b(omzet\b[^?.,;]{0,60}?)\b(?:draaien|draait|draaide|draaiden|halen|haalt|maken|maakt)\b/giu, '$1hebben'],
  // "De 24uurs norm", "48-uursregeling": a number of hours, as a text says it ("binnen 24 uur").
  [/\b(\d{1,3})\s?-?uurs-?(\p{L}{3,})/giu, '$1 uur $2'],
  [/\b(\d{1,3})\s?-?uurs\b/gi, '$1 uur'],
  // "Hoeveel weerstandscapaciteit is er nodig?": the amount needed, as a table names it ("benodigde capaciteit"); not a count
  // needed to do something ("hoeveel stemmen zijn er nodig voor ...": a majority).
  [/(?<=\bhoeveel\s+\p{L}+\s+is\s+er\s+(?:in\s+totaal\s+)?)nodig\b(?!\s+om\b)/giu, 'benodigd'],
  // "Hoeveel pnt": points, as a scoring table's header says them.
  [/\b(?:pnt|ptn)\b\.?/gi, 'punten'],
  // "De voorzitster": the chair, as the texts name the role whoever holds it.
  [/\bvoorzitster(s)?\b/gi, 'voorzitter$1'],
  // "Treeknorm-achtig bedoel ik": a word said roughly ("-achtig") is that word, and "bedoel ik" only says what was meant.
  [/(?<=\p{L})-achtige?\b/giu, ''],
  [/,?\s*\b(?:bedoel\s+ik|ik\s+bedoel)\b,?/gi, ''],
  // "Wanneer trok Vechtstroom aan de bel?", "voordat de projectleider aan de bel moet trekken": reported, as a text says it
  // ("meldde", "meldt"); the idiom said whole ("aan de bel trekken", "trekt er dan aan de bel") is a paraphrase of its own.
  reportedAlarm('trok', 'meldde'),
  reportedAlarm('trokken', 'meldden'),
  reportedAlarm('trekt', 'meldt'),
  // "Waarom trapt het college op de rem bij de verhuizing?": it hesitates, as a text says it ("twijfelt", "terughoudend").
  [/\b(?:trapt|trappen|trapte|trapten|staat|staan)\s+((?:[\p{L}-]+\s+){0,3}?)(?:(?:flink|even|hard)\s+)?op\s+de\s+rem\b/giu, 'twijfelt $1'],
  [/\baan\s+de\s+bel\s+(moet|moeten|kan|kunnen|zal|zullen|zou|zouden|gaat|gaan|mag|mogen)\s+trekken\b/gi, '$1 melden'],
  // "Ligt dat nog op koers?", "loopt het project volgens planning?": how it stands, as a table's "Stand" or "Status" says it.
  [/\b(?:ligt|liggen|loopt|lopen)\s+(?:(?:het|dat|dit|die|deze|ze)\s+)?(?:(?:project|thema|traject)\s+)?(?:(?:nog|wel|nu)\s+)*(?:op\s+(?:koers|schema)|volgens\s+(?:de\s+)?(?:planning|plan|schema))\b/gi, 'wat is de stand'],
  // "Hoeveel stijgt de begroting richting 2059?": toward a year is that year, which the texts and headers name alone.
  [/\brichting\s+(?=(?:19|20)\d\d\b)/gi, ''],
  // "Eind '58", "sinds '57": a year written short, as the texts write it whole ("2058"); the texts' years are this century's.
  [/(?<![\p{L}\d])['‘’](\d{2})(?![\d'’])/gu, '20$1'],
  // "Met welke provincies trekken we op?": with whom they work together, no raise ("optrekken").
  [/\b(met\s+(?:welke|wie)\b[^?,.]{0,40}?)\b(?:trekken|trekt|trokken|trok)\s+((?:[\p{L}-]+\s+){0,3}?)op\b(?!\s+(?:de|het|een|\d))/giu, '$1werken $2samen'],
  // "Sinds wanneer draait RSJ?": since when it exists; "uit welke twee clubs": organisations, in a chat's words.
  [/\bsinds\s+wanneer\s+(?:draait|draaien)\b/gi, 'sinds wanneer bestaat'],
  // "Wanneer sluit de inschrijving nou precies?": its closing, a planning's "sluiting inschrijvingen" or "uiterste termijn van
  // inschrijving" (paraphrases.txt).
  [/\bwanneer\s+(?:sluit|sluiten)\s+(de|het)\s+(inschrijving|inschrijvingen|aanmelding|aanmeldingen|indiening|ronde|aanbesteding)\b/gi, 'wanneer is de sluiting van $1 $2'],
  // "Wie draait de crisisdienst?": who carries it out, as a text says it ("voert de crisisdienst uit"); not "wie draait op voor".
  [/\bwie\s+(?:draait|draaien|draaide|draaiden)\s+((?:de|het)\s+[\p{L}-]+)(?!\s+(?:op|voor)\b)/giu, 'wie voert $1 uit'],
  // "Wie zit die commissie eigenlijk voor?": who chairs it, as a text names its "voorzitter".
  [/\bwie\s+(?:zit|zat)\s+((?:de|het|die|dat|deze|dit)\s+(?:[\p{L}-]+\s+){0,3}?)((?:(?:eigenlijk|nu|tegenwoordig|momenteel)\s+)*)voor(?=\s*(?:[?,.!]|$)|\s+in\s+)/giu, 'wie is de voorzitter van $1$2'],
  // "De klachtencie", "de kleine cie": "cie" is how Dutch shortens "commissie" (not the "-cie" of "provincie"); "in 't jaar" is "het".
  [/\b(\p{L}{4,}(?:en|s))cie\b/giu, '$1commissie'],
  [/\bcie\b/gi, 'commissie'],
  [/(?<=^|\s)['’]?t(?=\s+\p{L}{2,})/gu, 'het'],
  // "Wanneer moet de evaluatie op tafel liggen?": when it is delivered ("ligt uiterlijk ... bij de stuurgroep"); no table.
  [/\bop\s+tafel\s+(liggen|ligt|lag|lagen|leggen|legt|gelegd)\b/gi, '$1'],
  // "Waarom moet dat per se": insisting, no word of what is asked.
  [/\bper\s+se\b/gi, ''],
  [/\bclubs\b/gi, 'organisaties'],
  [/\bclub\b/gi, 'organisatie'],
  // "Op oudjaar 2057", "op nieuwjaarsdag": the days as the texts date them.
  [/\boudjaar(?:sdag|savond)?\b/gi, '31 december'],
  [/\bnieuwjaar(?:sdag)?\b/gi, '1 januari'],
  // "In 58 en het jaar ervoor", "sinds 57?", "met het overschot over 57 doen?": two digits after a word of time, with nothing they
  // count (the sentence ends, or a verb that closes it does), are that year too.
  [/\b(in|over|sinds|vanaf|eind|begin|medio)\s+([2-9]\d)(?=\s*(?:[?,.;!]|$)|\s+(?:en|of|nog|al|ook)\b|\s+(?:doen|gedaan|gebeuren|gebeurd|besteed|uitgegeven|betaald|ontvangen|gekregen|besloten|vastgesteld|afgesproken)\s*(?:[?,.;!]|$))/giu, '$1 20$2'],
  [/\bom\s+(de|het)\s+(\p{L}+)\s+(?:te\s+laten\s+doorgaan|door\s+te\s+laten\s+gaan|door\s+te\s+kunnen\s+laten\s+gaan)\b/giu, 'om $1 $2 te laten vergaderen'],
];

/** "Boven de drie ton per jaar": a ton is 100.000 euro, which the documents write as an amount ("€ 300.000"). */
const TONS = /(?<![\d,.])\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2}(?:,\d)?|anderhalve|(?:een\s+)?halve)\s+ton\b/gi;
const TON_COUNT: Record<string, number> = { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, anderhalve: 1.5, halve: 0.5 };
const inEuros = (_: string, n: string) => euros((TON_COUNT[n.toLowerCase().replace(/^een\s+/, '')] ?? Number(n.replace(',', '.'))) * 100_000);

/** "Een klus van 30k", "80K", "€30k", "90 mille": k is a thousand euro (a euro sign before it stays the one). */
const THOUSANDS = /(?:€\s?)?(?<![\d,.])\b(\d{1,3})(?:,(\d))?\s?(?:k|mille)\b/gi;
const inThousands = (_: string, whole: string, tenth?: string) => euros(Number(whole) * 1000 + Number(tenth ?? 0) * 100);

/** "De eerste vier maanden van het jaar": documents name such a period by its months ("januari tot en met april"). */
const FIRST_MONTHS = /\b(?:de\s+)?eerste\s+(\p{L}+|\d{1,2})\s+maanden\s+van\s+(?:het|dit|dat|ieder|elk)\s+(?:jaar|kalenderjaar|boekjaar)\b/giu;
const inMonths = (phrase: string, count: string) => {
  const n = countOf(count);
  return n >= 2 && n <= 11 ? `januari tot en met ${MONTHS[n - 1]}` : phrase;
};

/** The question in the documents' words: everyday words and idioms, and amounts in tons or k, as the documents write them. */
// "Op 31-12", "31-12-2057": a day in figures written out, as the texts and their table headers are ("31 december"); without a
// year only after a word of a moment, not a range ("4-12 jaar", "voor 2-3 weken").
const DAY_IN_FIGURES = /(?<=\b(?:op|per|peildatum|sinds|vanaf)\s+)(\d{1,2})-(\d{1,2})\b(?![-\d]|\s*(?:jaar|jarigen|weken|dagen|maanden|uur|procent|%))/gi;
const inDayOfMonth = (date: string, day: string, month: string) => (Number(day) >= 1 && Number(day) <= 31 && MONTHS[Number(month) - 1] ? `${Number(day)} ${MONTHS[Number(month) - 1]}` : date);

export const inDocumentWords = (question: string) =>
  datesInFiguresWrittenOut(EVERYDAY.reduce((q, [word, documentWord]) => q.replace(word, documentWord), withoutIndirectAmount(withIndirectAskSplit(withPriorPeriodNamed(question)))).replace(TONS, inEuros).replace(THOUSANDS, inThousands).replace(FIRST_MONTHS, inMonths)).replace(DAY_IN_FIGURES, inDayOfMonth);
