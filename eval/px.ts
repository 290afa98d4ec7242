import { readFileSync } from 'node:fs';
import { parseDocument } from '../src/features/qa/ingest.service';
parseDocument(process.argv[2], readFileSync(process.argv[2])).then((d) => { console.log(d.title); for (const p of d.passages.slice(0, Number(process.argv[3] ?? 12))) console.log(`--- [${p.section}]\n${p.text}`); });
