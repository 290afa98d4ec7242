import { questionParts } from './question-setup';

/** Someone's contact details, address, income or identity numbers: the documents hold none of them. */
const PERSONAL = /\b(telefoonnummer|06-?nummer|mobiele? (?:telefoon)?nummer|privénummer|prive-?nummer|e-?mailadres|mailadres|huisadres|woonadres|thuisadres|adres van|waar (woont|wonen)|salaris|verdient|inkomen|bsn|burgerservicenummer|geboortedatum|geboren|privé|prive)\b/i;
/**
 * "De woonplaats van de coördinator" is someone's; "ruzie over de woonplaats", "de woonplaats van een pleegkind" are the
 * woonplaatsbeginsel, a rule of the Jeugdwet the documents explain.
 */
const SOMEONES_RESIDENCE = /\bwoonplaats van (?:de |het |een |dat |die |onze |mijn |zijn |haar )?(?:\p{Lu}\p{L}+|\p{L}*(?:voorzitter|coördinator|coordinator|wethouder|manager|secretaris|directeur|medewerker|adviseur|bestuurder|ambtenaar|lid))\b/u;
/** "In welke salarisschaal zit de regiomanager?": someone's pay; "tot welke salarisschaal mag de regiomanager aanstellen" is a mandate. */
const SOMEONES_SCALE = /\bin\s+welke\s+(?:salaris)?schaal\s+(?:zit|zat|zitten|valt|staat)\b/i;
/**
 * "Het mailadres van het meldpunt", "het telefoonnummer van de Toegang": an organisation's contact details, which a
 * document may publish, not someone's; the search answers them or declines as for any other question.
 */
const ORGANISATION_CONTACT = /\b(?:telefoonnummer|nummer|e-?mailadres|mailadres|adres)\s+van\s+(?:de |het |een )?(?:\p{L}*(?:meldpunt|punt|loket|balie|secretariaat|desk|dienst|bureau|afdeling|team|commissie|gemeente|toegang|regio)|rsj)\b/iu;
/**
 * "Krijgt het serviceteam ooit het bsn van kinderen te zien?": the data of a whole group of people, which an agreement
 * says who may receive, not someone's details.
 */
const DATA_OF_A_GROUP = /\b(?:bsn|burgerservicenummer|geboortedatum|geboortedata|adressen|adres)\s+van\s+(?:de\s+|hun\s+|alle\s+)?\p{L}*(?:kinderen|jeugdigen|cliënten|clienten|inwoners|gezinnen|ouders|jongeren|deelnemers|betrokkenen|leerlingen)\b/iu;
/** "Mag ik het telefoonnummer van de voorzitter hebben?", "wat is het mailadres": the data itself is asked for. */
const GETS_DATA = /\b(hebben|krijgen|opvragen|weten|wat is|wat zijn|geef|geven)\b/i;
/**
 * "Mag een aanbieder het BSN in een mail zetten?", "hoe lang bewaren we de geboortedatum?": a rule about handling
 * personal data, which a privacy regulation answers, not a request for someone's details.
 */
const RULE_ON_DATA = /\b(mag|mogen|moet|moeten|hoeft|hoeven|dient|dienen|hoe ?lang)\b[^?.,;]*\b(bewaren|bewaard|bewaart|delen|gedeeld|deelt|versturen|verstuurd|verstuurt|sturen|gestuurd|mailen|gemaild|gebruiken|gebruikt|verwerken|verwerkt|vermelden|vermeld|opnemen|opgenomen|doorgeven|doorgegeven|uitwisselen|uitgewisseld|vastleggen|vastgelegd|opslaan|opgeslagen|verstrekken|verstrekt|vernietigen|vernietigd|zetten|gezet|staan|voorkomen|noemen|genoemd|tonen|getoond|invullen|ingevuld|meesturen|meegestuurd|toevoegen|toegevoegd)\b/i;
const asksRuleOnData = (asking: string) => RULE_ON_DATA.test(asking) && !GETS_DATA.test(asking);

/** "Wat is het telefoonnummer van de voorzitter?": personal details asked for, which the bot declines; not a rule about handling them. */
export const asksPersonalData = (question: string) =>
  (PERSONAL.test(question.replace(ORGANISATION_CONTACT, ' ').replace(DATA_OF_A_GROUP, ' ')) || SOMEONES_RESIDENCE.test(question) || SOMEONES_SCALE.test(question)) && !asksRuleOnData(questionParts(question).asking);
