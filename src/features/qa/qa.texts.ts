import type { DeclinedSummary, Ticket } from './qa.domain';
import { laterClause } from '../notifications/reach';
import { dutchDate, todayIn } from '../../shared/dutch-date';

/** The experts' channel post as the outbox left it (notifications/reach.ts ChannelReach). */
type ExpertsPost = { state: 'sent' | 'pending' | 'failed' | 'unlinked'; reason?: string };

const STATUS_LABEL: Record<Ticket['status'], string> = { open: 'open', 'in behandeling': 'in behandeling', beantwoord: 'beantwoord' };

/** User text shown to someone else: one line, markdown characters escaped (Teams renders markdown). */
const plain = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+!<>|~]/g, '\\$&');

/** A section that is the title itself, or the title with an addition ("Regiovisie (Twente)" / "Regiovisie"), says nothing new. */
const titleRepeats = (title: string, section: string) => {
  const [t, s] = [title.toLowerCase(), section.toLowerCase().trim()];
  return t.startsWith(s) && /^\s*([(:–-]|$)/.test(t.slice(s.length));
};

/**
 * The sources of an answer, each "title, section". A next section of the same document names only its section ("Projectplan
 * X, 3. Aanpak; 5. Begroting"); the same document again without a section adds nothing.
 */
function sourcesCited(sources: { title: string; section: string }[]): string {
  const cited = (s: { title: string; section: string }) => (s.section && !titleRepeats(s.title, s.section) ? s.section : '');
  return sources
    .flatMap((s, k) => {
      const before = sources[k - 1];
      if (before?.title !== s.title) return [cited(s) ? `${s.title}, ${cited(s)}` : s.title];
      return cited(s) && cited(before) ? [cited(s)] : cited(s) ? [`${s.title}, ${cited(s)}`] : [];
    })
    .join('; ');
}

const NO_ANSWER = 'Daar heb ik geen antwoord op gevonden in de documenten die ik ken. Ik beantwoord vragen over de governance van de jeugdhulp in IJsselland (overleggen, taken, termijnen, cijfers). Wil je dat een medewerker van RSJ je vraag beantwoordt?';
const OUT_OF_DOMAIN = 'Daar heb ik geen antwoord op: die vraag valt buiten mijn onderwerp. Ik weet alleen iets van de governance van de jeugdhulp in IJsselland (RSJ, BO, PFO, regioagenda, kadernota). Denk je dat RSJ je kan helpen, vraag het dan aan RSJ.';

/** Dutch texts of the Q&A feature. */
export const QA_TEXTS = {
  sourceLine: (title: string, section: string, also: { title: string; section: string }[] = []) => `Bron: ${sourcesCited([{ title, section }, ...also])}`,
  declined: {
    'out-of-domain': OUT_OF_DOMAIN,
    'low-score': NO_ANSWER,
    'current-state':
      'Dat staat niet in de documenten die ik ken: die beschrijven afspraken, procedures en cijfers over afgelopen perioden, niet hoe het er vandaag voor staat.',
    'personal-data': 'Persoonlijke gegevens zoals telefoonnummers, adressen of salarissen staan niet in de documenten die ik ken en geef ik niet. Vraag het aan RSJ als je iemand wilt bereiken.',
  } as Record<'out-of-domain' | 'low-score' | 'current-state' | 'personal-data', string>,
  /** After the current-state decline: who at RSJ knows the state of what was asked (declines.ts currentStateContact); no hint when nobody in particular does. */
  currentStateHint: {
    contractmanager: 'Voor de actuele stand van een aanbieder kun je de contractmanager vragen ("Hoe staat het met [naam aanbieder]?").',
    regiomanager: 'Voor vergaderingen, agenda\'s en wie er nu in de overleggen zitten, kun je de regiomanager vragen.',
  },
  /** Before an answer to how things stand now, from a document that describes the state of its own day (answer-gate.ts). */
  notWithoutObligation: 'Nee, niet zonder meer. De regel is:',
  /** Before an answer to "is er X?" that says there is no X (yes-no-asks.ts). */
  thereIsNone: 'Nee. Wat de documenten erover zeggen:',
  stateOfTheDocument: 'Hoe het er vandaag voor staat, weet ik niet; dit is de stand zoals het document die beschrijft:',
  /** Before an answer to who holds a role now (current-holder.ts): the documents are of an earlier moment. */
  currentHolder: 'Wie dat op dit moment is, staat niet in de documenten die ik ken: die beschrijven de situatie van toen ze geschreven werden. Wat de documenten zeggen:',
  /** Before an answer to who holds a role when the passage found names nobody (current-holder.ts). */
  roleOnlyDefined: 'Een naam heb ik hierbij niet gevonden: wat de documenten hierover zeggen, beschrijft de rol, niet wie die vervult. Wat er staat:',
  /** Before an answer to whether something has happened by now (current-holder.ts): the documents hold the agreements. */
  doneYet: 'Of dat inmiddels gebeurd is, staat niet in de documenten die ik ken: die beschrijven de afspraken, niet wat er sindsdien is gebeurd. Wat de documenten zeggen:',
  /** An answer that misses the thing the question names: what comes closest, said as such. */
  thingNotFound: (thing: string) => `Iets over "${thing}" heb ik niet gevonden in de documenten die ik ken. Wat er het dichtst bij komt:`,
  /** An answer that misses the thing the question asks about, though the documents name it elsewhere. */
  thingNotAnswered: (thing: string) => `Een antwoord over "${thing}" heb ik bij deze vraag niet gevonden. Wat er het dichtst bij komt:`,
  /** A question of two asks of which one found no answer: the answer is that of the other. */
  askNotAnswered: (ask: string) => `Op het deel "${ask.replace(/\s+/g, ' ').trim()}" van je vraag heb ik geen antwoord gevonden in de documenten die ik ken. Op de rest wel:`,
  knowledgeLoading: 'Even geduld: ik ben de kennisbank nog aan het laden. Stel je vraag over een paar seconden opnieuw.',
  askExpertButton: 'Vraag het aan RSJ',
  yourQuestion: (question: string) => `Je vraag: "${question.replace(/\s+/g, ' ').trim()}"`,
  showPassageButton: 'Toon volledige passage',
  hidePassageButton: 'Toon minder',
  answerGone: 'Bij deze vraag vind ik nu geen antwoord meer; misschien is een document vervangen of verwijderd. Stel je vraag opnieuw.',
  helpfulButton: '👍 Nuttig',
  notHelpfulButton: '👎 Niet nuttig',
  /** After 👍/👎: what the click did to this person's one vote on the answer (feedback.service.ts). */
  feedback: {
    new: (helpful: boolean) => `Dank je voor je feedback: je vond dit antwoord ${helpful ? 'nuttig' : 'niet nuttig'}.`,
    changed: (helpful: boolean) => `Je stem is aangepast: je vindt dit antwoord nu ${helpful ? 'nuttig' : 'niet nuttig'}.`,
    same: (helpful: boolean) => `Je had dit antwoord al ${helpful ? 'nuttig' : 'niet nuttig'} genoemd; je stem telt één keer.`,
    /** On the card drawn again by "Toon volledige passage" / "Toon minder", from the stored vote. */
    stored: (helpful: boolean) => `Je stem: ${helpful ? 'nuttig' : 'niet nuttig'}.`,
  },
  feedbackWithoutUser: 'Je stem kan ik niet opslaan: Teams gaf niet door wie je bent. Er is niets gewijzigd.',
  passageRowsCut: (shown: number, total: number) => `De tabel telt ${total} rijen; hier staan de eerste ${shown}.`,
  passageGone: 'Die passage kan ik niet meer vinden; misschien is het document opnieuw ingelezen.',
  badCardData: 'Deze knop bevat ongeldige gegevens; er is niets gewijzigd.',
  /** After "Vraag het aan RSJ": what became of the post in the experts' channel (see notifications/reach.ts). */
  ticketCreated: (t: Ticket, experts: ExpertsPost) => {
    const answerHere = 'Je krijgt het antwoord hier in de chat.';
    switch (experts.state) {
      case 'sent':
        return `Je vraag is doorgestuurd naar de experts van RSJ (vraag ${t.id}). ${answerHere}`;
      case 'pending':
        return `Je vraag is vastgelegd (vraag ${t.id}) en is nog onderweg naar het kanaal van de experts van RSJ${experts.reason ? ` (${experts.reason}); de bot probeert het opnieuw` : ''}. ${answerHere}`;
      case 'failed':
        return `Je vraag is vastgelegd (vraag ${t.id}), maar kon niet in het kanaal van de experts van RSJ worden geplaatst${experts.reason ? ` (${experts.reason})` : ''}, dus daar zien ze hem niet. De regiomanager krijgt hierover een melding; je vraag staat in "open vragen" voor de experts. ${answerHere}`;
      case 'unlinked':
        return `Je vraag is vastgelegd (vraag ${t.id}), maar de experts van RSJ zien hem nog niet: hun kanaal is nog niet gekoppeld. De regiomanager krijgt hierover een melding; zodra het kanaal gekoppeld is, staat je vraag in "open vragen" voor de experts. ${answerHere}`;
    }
  },
  alertSubject: (t: Ticket) => `Vraag ${t.id} van ${t.asker.name}`,
  /** The same question again: the first ticket, and where it stands (an open one: whether its post reached the experts). */
  ticketExists: (t: Ticket, experts: ExpertsPost) => {
    if (t.status === 'beantwoord' || t.answer) return `Deze vraag heb je al eerder gesteld (vraag ${t.id}) en die is beantwoord; het antwoord staat hierboven in de chat.`;
    const noSecond = 'er is geen tweede vraag gemaakt. Je krijgt het antwoord hier in de chat.';
    if (t.status === 'in behandeling') return `Deze vraag heb je al gesteld (vraag ${t.id}) en ${t.claimedBy?.name ?? 'een expert van RSJ'} heeft hem opgepakt; ${noSecond}`;
    if (experts.state === 'sent') return `Deze vraag heb je al doorgestuurd (vraag ${t.id}); ${noSecond}`;
    const where =
      experts.state === 'pending'
        ? 'hij is nog onderweg naar het kanaal van de experts van RSJ'
        : experts.state === 'failed'
          ? 'hij kon niet in het kanaal van de experts van RSJ worden geplaatst; de regiomanager krijgt hierover een melding en de vraag staat in "open vragen"'
          : 'de experts van RSJ zien hem nog niet, want hun kanaal is nog niet gekoppeld; de regiomanager krijgt hierover een melding';
    return `Deze vraag heb je al gesteld (vraag ${t.id}), maar ${where}. Er is geen tweede vraag gemaakt. Je krijgt het antwoord hier in de chat.`;
  },
  ticketNotice: (t: Ticket) => `Vraag ${t.id} (${STATUS_LABEL[t.status]}) van ${t.asker.name}: ${t.question}`,
  answerToAsker: (t: Ticket) => `Antwoord van ${t.answeredBy?.name ?? 'RSJ'} op je vraag "${t.question}":\n\n${t.answer}\n\nBron: RSJ IJsselland (vraag ${t.id})`,
  /** On the experts' ticket card: whether the answer reached the asker (one person's delivery counts). */
  answerDelivery: (name: string, p: { sent: number; pending: number; waiting: string[]; failed: string[] }) =>
    p.sent > 0
      ? `Het antwoord is bij ${name} aangekomen.`
      : p.failed.length > 0
        ? `Het antwoord kon niet bij ${name} worden bezorgd: zie "afleverrapport" en neem zo nodig zelf contact op.`
        : p.waiting.length > 0
          ? `${name} heeft de app nu niet en ${laterClause(1, 'het')}; het antwoord is nog niet aangekomen.`
          : `Het antwoord aan ${name} wordt nog verstuurd; het is nog niet aangekomen.`,
  expertSourceTitle: 'Antwoord van een RSJ-expert',
  expertsOnly: 'Alleen medewerkers van RSJ (contractmanager, projectmanager of regiomanager) kunnen vragen oppakken en beantwoorden.',
  unknownTicket: 'Die vraag kan ik niet vinden.',
  alreadyAnswered: 'Deze vraag is al beantwoord.',
  answerFirst: 'Beantwoord de vraag eerst; daarna kun je het antwoord opslaan als kennis.',
  savedAsKnowledge: 'Opgeslagen als kennis: de bot gebruikt dit antwoord voortaan.',
  noOpenTickets: 'Er zijn geen open vragen.',
  openTickets: (tickets: Ticket[]) =>
    [`Open vragen (${tickets.length}):`, ...tickets.map((t) => `- ${t.id} (${STATUS_LABEL[t.status]}${t.claimedBy ? `, ${t.claimedBy.name}` : ''}) van ${t.asker.name}: ${t.question}`)].join('\n'),
  // Teams renders a text message as markdown: a paragraph after a line of its own needs a blank line, or the two run together.
  feedbackReport: (r: { helpful: number; notHelpful: number; worst: { source: string; count: number }[] }) =>
    r.helpful + r.notHelpful === 0
      ? 'Er is nog geen feedback op antwoorden gegeven. Feedback komt van de knoppen "👍 Nuttig" en "👎 Niet nuttig" onder elk antwoord.'
      : [
          `Feedback op antwoorden (één stem per persoon per antwoord): ${r.helpful} keer nuttig, ${r.notHelpful} keer niet nuttig.`,
          ...(r.worst.length ? ['\nMeeste "niet nuttig" per bron:', ...r.worst.map((w) => `- ${plain(w.source || 'onbekende bron')}: ${w.count}`)] : []),
        ].join('\n'),
  ingestOnlyRegiomanager: 'Alleen de regiomanager kan documenten aan de kennisbank toevoegen.',
  ingestPersonalOnly: 'Stuur documenten voor de kennisbank in een persoonlijke chat met mij.',
  ingested: (docs: { title: string; passages: { length: number } }[]) =>
    docs.map((d) => `Toegevoegd aan de kennisbank: "${d.title}" (${d.passages.length} passages). Een eerdere versie met dezelfde titel is vervangen.`).join('\n'),
  ingestFailed: (message: string) => `${message} Er is niets gewijzigd.`,
  rsjOnly: 'Dit overzicht is alleen voor medewerkers van RSJ.',
  regiomanagerOnly: 'Dit kan alleen de regiomanager.',
  declinedReport: (rows: DeclinedSummary[]) =>
    rows.length
      ? [
          'Meest gestelde vragen zonder antwoord (laatste 4 weken):',
          ...rows.map((r) => `- ${r.count}x "${plain(r.question)}" (laatst ${dutchDate(todayIn(new Date(r.lastAt)))}${r.roles.length ? `; ${r.roles.join(', ')}` : ''}) [${r.key}]`),
          '\nVoeg een document of antwoord toe dat deze vragen beantwoordt. Een vraag uit dit overzicht halen: "verwijder vraag [code]", bijvoorbeeld "verwijder vraag ' + rows[0].key + '".',
        ].join('\n')
      : 'De laatste 4 weken zijn er geen vragen onbeantwoord gebleven.',
  declinedRemoved: (key: string, count: number) =>
    count ? `Vraag ${key} is verwijderd (${count} keer gesteld).` : `Er is geen opgeslagen vraag met code ${key}; er is niets verwijderd.`,
  ticket: {
    heading: (t: Ticket) => `Vraag ${t.id}`,
    status: (t: Ticket) => `Status: ${STATUS_LABEL[t.status]}${t.claimedBy ? ` (opgepakt door ${t.claimedBy.name})` : ''}`,
    asker: (t: Ticket) => `Gesteld door ${t.asker.name}`,
  },
};
