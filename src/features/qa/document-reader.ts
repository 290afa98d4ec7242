import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';

/** The file could not be turned into text: the message is Dutch and shown as is. */
export class UnreadableDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableDocumentError';
  }
}

export const DOCUMENT_EXTENSIONS = /\.(txt|md|pdf|docx)$/i;

/** Extracts plain text from .txt, .md, .pdf and .docx files. */
export async function readDocument(fileName: string, data: Buffer): Promise<string> {
  const ext = fileName.toLowerCase().match(DOCUMENT_EXTENSIONS)?.[1];
  if (!ext) throw new UnreadableDocumentError(`${fileName}: alleen .txt, .md, .pdf en .docx kunnen worden ingelezen.`);
  let text: string;
  try {
    if (ext === 'pdf') {
      const pdf = await getDocumentProxy(new Uint8Array(data));
      text = (await extractText(pdf, { mergePages: true })).text;
    } else if (ext === 'docx') {
      text = (await mammoth.extractRawText({ buffer: data })).value;
    } else {
      text = data.toString('utf8');
      if (text.includes('\u0000')) throw new UnreadableDocumentError(`${fileName}: dit is geen tekstbestand.`);
    }
  } catch (err) {
    if (err instanceof UnreadableDocumentError) throw err;
    throw new UnreadableDocumentError(`${fileName}: het bestand kon niet worden gelezen; is het een geldig ${ext?.toUpperCase() ?? ''}-bestand?`);
  }
  if (text.replace(/\s/g, '').length < 20) throw new UnreadableDocumentError(`${fileName}: er staat (bijna) geen tekst in het bestand.`);
  return text;
}
