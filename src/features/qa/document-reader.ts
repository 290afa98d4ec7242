import { OffThreadLimitError, runOffThread } from '../../shared/off-thread';
import { docxText } from './docx-text';
import { pdfText } from './pdf-text';

/** The file could not be turned into text: the message is Dutch and shown as is. */
export class UnreadableDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableDocumentError';
  }
}

export const DOCUMENT_EXTENSIONS = /\.(txt|md|pdf|docx)$/i;

/** Extracts text from .txt, .md, .pdf and .docx files; headings of Word and PDF files come out as markdown headings. */
export async function readDocument(fileName: string, data: Buffer): Promise<string> {
  const ext = fileName.toLowerCase().match(DOCUMENT_EXTENSIONS)?.[1];
  if (!ext) throw new UnreadableDocumentError(`${fileName}: alleen .txt, .md, .pdf en .docx kunnen worden ingelezen.`);
  let text: string;
  try {
    if (ext === 'pdf' || ext === 'docx') {
      // Parsing a large Word or PDF file takes seconds of CPU: a worker thread does it, so other users' turns go on.
      text = await runOffThread<string>(__filename, 'binaryDocumentText', [ext, new Uint8Array(data)]);
    } else {
      text = data.toString('utf8');
      if (text.includes('\u0000')) throw new UnreadableDocumentError(`${fileName}: dit is geen tekstbestand.`);
    }
  } catch (err) {
    if (err instanceof UnreadableDocumentError) throw err;
    if (err instanceof OffThreadLimitError) throw new UnreadableDocumentError(`${fileName}: het bestand is te groot of te ingewikkeld om in te lezen; splits het of sla het eenvoudiger op.`);
    throw new UnreadableDocumentError(`${fileName}: het bestand kon niet worden gelezen; is het een geldig ${ext?.toUpperCase() ?? ''}-bestand?`);
  }
  if (text.replace(/\s/g, '').length < 20) throw new UnreadableDocumentError(`${fileName}: er staat (bijna) geen tekst in het bestand.`);
  return text;
}

/** Runs in the worker thread (see readDocument): the text of a PDF or Word file. */
export function binaryDocumentText(ext: 'pdf' | 'docx', data: Uint8Array): Promise<string> {
  return ext === 'pdf' ? pdfText(data) : docxText(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}
