// Quick look at one evaluation document without the HTTP stack: npx tsx eval/run.ts eval/dev/escalatieprotocol.md [--all]
// (a .jsonl instead of a document asks those questions of the seeds alone; --only=x52,y14 picks questions)
// Builds the index from the curated facts, the shared seeds and the document, asks its questions and
// prints the verdicts (only the failures unless --all). The scored run is tests/qa/document-eval.test.ts.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/features/qa/ingest.service';
import { builtInDocuments } from '../src/features/qa/builtin-documents';
import { KnowledgeIndex } from '../src/features/qa/knowledge-index';
import { answerReply } from '../src/features/qa/qa.routes';
import { CURATED_FACTS } from '../src/features/qa/qa.service';
import { judge, type EvalItem } from '../tests/helpers/qa-harness';

async function main() {
  const [file, flag] = process.argv.slice(2);
  const seeds = path.join(__dirname, '../../shared/seeds');
  const files = [...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => path.join(seeds, f)), ...(file.endsWith('.jsonl') ? [] : [file])];
  // Ingested in this order, as `npm run ingest` with these files does: the document after the seeds.
  const docs = await Promise.all(files.map((f, i) => parseDocument(path.basename(f), readFileSync(f), new Date(Date.now() + i))));
  const index = new KnowledgeIndex(CURATED_FACTS, [...docs.flatMap((d) => d.passages), ...(await builtInDocuments()).flatMap((d) => d.passages)]);
  const questions = file.replace(/\.(md|docx|pdf)$/, '.jsonl');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const items: (EvalItem & { source?: string })[] = readFileSync(questions, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((i: EvalItem) => !only || only.includes(i.id));
  let ok = 0;
  let tableOk = 0;
  for (const item of items) {
    const reply = answerReply(item.q, index.ask(item.q)).text ?? '';
    let verdict = judge(item, reply);
    if (!verdict && item.source && !item.negative && !reply.toLowerCase().includes(`bron: ${item.source.toLowerCase()}`)) verdict = `wrong source`;
    if (!verdict) ok++;
    if (!verdict && (item as { table?: boolean }).table) tableOk++;
    if (verdict || flag === '--all') console.log(`${verdict ? 'FAIL' : 'ok  '} ${item.id} ${item.q}\n     ${verdict ?? ''}\n     > ${reply.replace(/\n+/g, ' | ').slice(0, 600)}`);
  }
  const tables = items.filter((i) => (i as { table?: boolean }).table).length;
  console.log(`${path.basename(file)}: ${ok}/${items.length}${tables ? ` (table questions ${tableOk}/${tables})` : ''}`);
}
void main();
