// The user journeys of the e2e run, as each demo user would click and type them.
// Every step waits for the bot's answer by its content (a new occurrence), never for a fixed time.
const TIMEOUT = 20_000;

/** Waits until `pattern` occurs more often on the page than `before` times. */
async function appears(page, pattern, before, what) {
  const loc = page.getByText(pattern);
  const until = Date.now() + TIMEOUT;
  while (Date.now() < until) {
    if ((await loc.count()) > before) return loc.last();
    await page.waitForTimeout(150);
  }
  throw new Error(`${what}: nothing matching ${pattern} appeared`);
}

const count = (page, pattern) => page.getByText(pattern).count();

/** Types a message in the compose box and waits for a reply matching `expect`. */
async function say(page, text, expect) {
  const before = await count(page, expect);
  const box = page.locator('[data-lexical-editor="true"]').first();
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  const found = await appears(page, expect, before, `"${text}"`);
  await found.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300); // let the card finish rendering before a screenshot
  return found;
}

/** Starts a post in the open team channel that mentions the bot (Teams gives the bot only those) and waits for `expect`. */
async function post(page, text, expect) {
  const before = await count(page, expect);
  await page.locator('[data-lexical-editor="true"]').first().click();
  await page.keyboard.type('@RSJ');
  await page.getByRole('menuitem', { name: /RSJ Governance/ }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.type(` ${text}`);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  const found = await appears(page, expect, before, `post "${text}"`);
  await found.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  return found;
}

/** Clicks the last button with this label (the newest card) and waits for `expect`. */
async function click(page, label, expect) {
  const before = await count(page, expect);
  await page.getByRole('button', { name: label, exact: true }).last().click();
  const found = await appears(page, expect, before, `button "${label}"`);
  await found.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  return found;
}

/** Fills an input of the newest card by its label. */
async function fill(page, label, value) {
  await page.getByLabel(label).last().fill(value);
}

/** Picks an option of the newest card's choice set with this label (a native select, or a dropdown list). */
async function choose(page, label, option) {
  const field = page.getByLabel(label).last();
  if ((await field.evaluate((el) => el.tagName)) === 'SELECT') return field.selectOption({ label: option });
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).last().click();
}

/** Opens a conversation of the playground's side bar ("Personal Chat", a team channel such as "General"). */
async function open(page, name) {
  await page.getByText(name, { exact: true }).first().click();
  await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: TIMEOUT });
  await page.waitForTimeout(300);
}

/** Today's date in Amsterdam as dd-mm-yyyy, the way people type it (the bot's meeting rules count Dutch days). */
const todayNl = () => new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());

export const journeys = [
  {
    name: 'governance question answered with its source',
    async run({ pages: { anne }, shot }) {
      await say(anne, 'Wat doet de kleine commissie?', /^Bron:/);
      await shot(anne, 'anne-governance-answer-with-source');
      // a question of two asks, one of which no document answers: the other is answered, and the reply says which found none
      await say(anne, 'Hoe vaak komt het BO bijeen, en hoeveel parkeerplaatsen heeft het stadhuis?', /Op het deel "hoeveel parkeerplaatsen heeft het stadhuis"/);
      await shot(anne, 'anne-half-answer-names-the-ask-without-one');
    },
  },
  {
    name: 'the full passage unfolds under the answer and folds in again; a second vote changes the first',
    async run({ pages: { bram }, shot }) {
      await say(bram, 'Stel er komt halverwege het jaar een groot nieuw onderwerp op, wat dan?', /^Bron: Handleiding/);
      const bron = await count(bram, /^Bron: Handleiding/);
      await click(bram, 'Toon volledige passage', /Na de deadline zijn de thema's vergrendeld/);
      await shot(bram, 'bram-passage-under-the-answer');
      // the answer, its source and the votes are still there: nothing was replaced by the passage alone
      if ((await count(bram, /^Bron: Handleiding/)) !== bron) throw new Error('the Bron line went away when the passage was shown');
      await click(bram, '👍 Nuttig', /je vond dit antwoord nuttig/);
      await click(bram, '👍 Nuttig', /je stem telt één keer/);
      await click(bram, '👎 Niet nuttig', /Je stem is aangepast: je vindt dit antwoord nu niet nuttig/);
      await shot(bram, 'bram-vote-changed');
      const passages = await count(bram, /Na de deadline zijn de thema's vergrendeld/);
      // drawn again without the passage, the card still says how Bram voted (read from the store)
      await click(bram, 'Toon minder', /^Je stem: niet nuttig\.$/);
      if ((await count(bram, /Na de deadline zijn de thema's vergrendeld/)) >= passages) throw new Error('"Toon minder" left the passage on the card');
    },
  },
  {
    name: 'theme submitted empty (Dutch errors), then valid (confirmation)',
    async run({ pages: { anne, bram }, shot }) {
      await say(anne, 'open ronde 2027', /Ronde openen/);
      await click(anne, 'Ronde openen', /ronde 2027 is geopend|Regioagenda 2027/i);
      await shot(anne, 'anne-round-opened');
      await say(bram, 'nieuw thema', /Probleem of kans/);
      await click(bram, 'Thema indienen', /Vul een titel in|Geef een titel/);
      await shot(bram, 'bram-theme-empty-dutch-errors');
      await fill(bram, 'Titel', 'Wachtlijsten dyslexiezorg terugdringen');
      await fill(bram, 'Probleem of kans', 'Kinderen met ernstige dyslexie wachten maanden op onderzoek en behandeling.');
      await fill(bram, 'Gewenst resultaat', 'Binnen acht weken start van de behandeling.');
      await fill(bram, 'Regionale meerwaarde: waarom regionaal en niet lokaal?', 'De aanbieders werken voor alle elf gemeenten.');
      await fill(bram, 'Doelgroepen of zorgsegmenten', 'Dyslexiezorg, basisonderwijs');
      await bram.getByText('Hoog', { exact: true }).last().click();
      await fill(bram, 'Verwachte inzet of budget', 'Twee dagdelen per week');
      await fill(bram, 'Contactpersoon', 'Bram Kok');
      await click(bram, 'Thema indienen', /is ingediend/);
      await shot(bram, 'bram-theme-submitted');
    },
  },
  {
    name: 'provider question and a follow-up; totals first, the list paged',
    async run({ pages: { carla }, shot }) {
      await say(carla, 'Hoe staat het met De Linde?', /Stand van zaken: Voorbeeldzorg De Linde/);
      await shot(carla, 'carla-provider-answer');
      await say(carla, 'En welke contracten hebben we met hen?', /^1-8 van \d+ contracten$/);
      await shot(carla, 'carla-provider-follow-up');
      await say(carla, 'Hoeveel contracten hebben we?', /^Er zijn \d+ contracten/);
      await click(carla, /^Toon de \d+ contracten$/, /^1-8 van \d+ contracten$/);
      await shot(carla, 'carla-contracts-first-page');
      await click(carla, /^Toon meer/, /^9-16 van \d+ contracten$/);
    },
  },
  {
    name: 'a question the bot cannot answer goes to the experts once; the card replaces itself',
    async run({ pages: { bram }, shot }) {
      await say(bram, 'Wat is het weer morgen in Zwolle?', /Vraag het aan RSJ/);
      // the experts channel is not linked yet: "vastgelegd", never "doorgestuurd"
      await click(bram, 'Vraag het aan RSJ', /zien hem nog niet: hun kanaal is nog niet gekoppeld/);
      await shot(bram, 'bram-question-to-experts');
      const buttons = await bram.getByRole('button', { name: 'Vraag het aan RSJ', exact: true }).count();
      if (buttons !== 0) throw new Error('the "Vraag het aan RSJ" button is still there after the click');
    },
  },
  {
    name: 'with the experts channel linked the question is "doorgestuurd"; the answer card says it reached the asker',
    async run({ pages: { anne, bram }, shot }) {
      await open(anne, 'General');
      await post(anne, 'koppel dit kanaal aan experts', /gekoppeld aan de experts van RSJ/);
      await open(anne, 'Personal Chat');
      await say(bram, 'Wat is het weer overmorgen in Kampen?', /Vraag het aan RSJ/);
      // said only because the post in the experts channel went out (the outbox's delivery, not the link)
      await click(bram, 'Vraag het aan RSJ', /Je vraag is doorgestuurd naar de experts van RSJ/);
      await shot(bram, 'bram-question-forwarded-to-linked-experts');
      await open(anne, 'General');
      await appears(anne, /Wat is het weer overmorgen in Kampen\?/, 0, 'the ticket in the experts channel');
      // typed, not filled: the playground's card keeps a filled multi-line value out of the Action.Execute data
      await anne.getByPlaceholder('Typ hier het antwoord voor de vrager').filter({ visible: true }).first().click();
      await anne.keyboard.type('Daar gaat RSJ niet over; kijk bij het KNMI.');
      const before = await count(bram, /kijk bij het KNMI/);
      await click(anne, 'Antwoord versturen', /Het antwoord is bij Bram Kok \(demo\) aangekomen/);
      await shot(anne, 'anne-answer-reached-the-asker');
      await appears(bram, /kijk bij het KNMI/, before, "Bram's window");
      await shot(bram, 'bram-receives-the-answer');
      await open(anne, 'Personal Chat');
    },
  },
  {
    name: 'plan, publish and summarise a meeting; Daan receives the summary',
    async run({ pages: { anne, daan }, shot }) {
      await say(anne, 'plan vergadering BO volgende week dinsdag', /Vergadering BO plannen/);
      await fill(anne, 'Aanvang', '10:00');
      await fill(anne, 'Locatie', 'Provinciehuis Zwolle');
      await fill(anne, 'Agendapunt 1', 'Begroting 2028');
      await click(anne, 'Opslaan als concept', /opgeslagen als concept/);
      await say(anne, 'besluitenlijst BO', /heeft nog niet plaatsgevonden/);
      await shot(anne, 'anne-minutes-before-the-meeting-explained');

      // The agenda as rows: "Agendapunt toevoegen" draws the card again with one row more, nothing typed lost.
      await say(anne, `plan vergadering PFO ${todayNl()}`, /Vergadering PFO plannen/);
      await fill(anne, 'Aanvang', '00:01');
      await fill(anne, 'Locatie', 'Stadhuis Deventer');
      await fill(anne, 'Agendapunt 1', 'Kadernotitie 2028');
      await choose(anne, 'Soort', 'Ter besluitvorming');
      await fill(anne, 'Toelichting (mag leeg)', 'vaststellen');
      await click(anne, 'Agendapunt toevoegen', /^Agendapunt 2$/);
      await fill(anne, 'Agendapunt 2', 'Monitor jeugdhulp');
      await shot(anne, 'anne-agenda-rows-added');
      await click(anne, 'Opslaan als concept', /opgeslagen als concept/);
      await click(anne, 'Agenda publiceren', /kanaal van het PFO is nog niet gekoppeld/);
      await shot(anne, 'anne-agenda-published-channel-not-linked');

      // Decisions and action items as rows, each action item with an owner from the directory.
      await click(anne, 'Besluiten en actiepunten', /^Besluit toevoegen$/);
      await fill(anne, 'Besluit 1', 'Het PFO adviseert positief over de kadernotitie 2028.');
      await fill(anne, 'Actiepunt 1', 'Plan van aanpak dyslexiezorg');
      await choose(anne, 'Eigenaar', 'Frank Bos (demo)');
      await fill(anne, 'Uiterlijk', '31 februari 2027');
      await click(anne, 'Opslaan', /31 februari 2027 bestaat niet/);
      await shot(anne, 'anne-bad-action-date-next-to-the-field');
      await click(anne, 'Actiepunt toevoegen', /^Actiepunt 2$/);
      await fill(anne, 'Actiepunt 2', 'Notitie wachttijden opstellen');
      await choose(anne, 'Eigenaar', 'Daan Smit (demo)');
      await fill(anne, 'Uiterlijk', '1 april 2027');
      await anne.getByLabel('Uiterlijk').first().fill('15 maart 2027');
      await shot(anne, 'anne-action-rows-added-input-kept');
      await click(anne, 'Opslaan', /zijn opgeslagen/);
      const before = await count(daan, /Besluiten en actiepunten PFO/);
      await click(anne, 'Samenvatting versturen', /De samenvatting staat klaar voor de wethouders/);
      await shot(anne, 'anne-summary-sent');
      await appears(daan, /Besluiten en actiepunten PFO/, before, "Daan's window");
      await daan.getByText(/Besluiten en actiepunten PFO/).last().scrollIntoViewIfNeeded();
      await shot(daan, 'daan-receives-summary');
    },
  },
  {
    name: 'the regiomanager sees what still needs setting up and how notifications were delivered',
    async run({ pages: { anne }, shot }) {
      await say(anne, 'instellingen', /Instellingen: wat is klaar en wat moet nog/);
      await shot(anne, 'anne-instellingen');
      await say(anne, 'afleverrapport', /^Afleverrapporten$/);
      await shot(anne, 'anne-afleverrapporten');
    },
  },
  {
    name: 'an escalation is picked up from the list of open escalations, with the kleine commissie channel not linked',
    async run({ pages: { anne, carla }, shot }) {
      await say(carla, 'escaleer De Linde', /Escalatie over Voorbeeldzorg De Linde/);
      await choose(carla, 'Soort probleem', 'Financieel');
      await fill(carla, 'Omschrijving van het probleem', 'De Linde neemt al drie weken geen nieuwe cliënten aan.');
      await click(carla, 'Escalatie indienen', /De escalatie is ingediend/);
      await say(anne, 'open escalaties', /^Open escalaties \(\d+\)$/);
      await shot(anne, 'anne-open-escalations-with-buttons');
      await click(anne, 'Openen om op te pakken', /^Escalatie: Voorbeeldzorg De Linde$/);
      await click(anne, 'In behandeling nemen', /heeft de escalatie in behandeling genomen/);
      await shot(anne, 'anne-escalation-picked-up-from-the-list');
    },
  },
];
