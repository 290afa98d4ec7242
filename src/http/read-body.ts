import type { IncomingMessage } from 'node:http';
import zlib from 'node:zlib';

/** Why a body was refused; the status and a short Dutch text go back to the caller. */
export class BodyError extends Error {
  constructor(readonly status: 400 | 411 | 413 | 415, message: string) {
    super(message);
    this.name = 'BodyError';
  }
}

const DECODERS: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * Reads a JSON body as a stream and stops at `limit` DECODED bytes: a small gzip bomb is cut off
 * after `limit` output bytes instead of expanding in memory. Bad gzip, bad JSON, an unknown
 * encoding or a non-JSON content type become a BodyError, never an exception that escapes.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    let source: NodeJS.ReadableStream = req;
    const type = String(req.headers['content-type'] ?? 'application/json').toLowerCase();
    if (!/^application\/([\w.+-]*\+)?json\b/.test(type)) {
      return fail(new BodyError(415, 'Alleen JSON (application/json) wordt geaccepteerd.'));
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return fail(new BodyError(413, 'Het verzoek is te groot.'));

    const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity' && encoding !== '') {
      const decoder = DECODERS[encoding];
      if (!decoder) return fail(new BodyError(415, `Content-Encoding "${encoding.slice(0, 20)}" wordt niet ondersteund.`));
      const stream = decoder();
      stream.on('error', () => done(new BodyError(400, 'De gecomprimeerde inhoud is ongeldig.')));
      req.on('error', () => done(new BodyError(400, 'Het verzoek werd afgebroken.')));
      source = req.pipe(stream);
    } else {
      req.on('error', () => done(new BodyError(400, 'Het verzoek werd afgebroken.')));
    }

    function done(err?: BodyError, value?: unknown) {
      if (finished) return;
      finished = true;
      source.removeAllListeners('data');
      if (err) {
        if (source !== req) (source as zlib.Gunzip).destroy();
        req.resume(); // drain what is left so the socket can answer
        reject(err);
      } else resolve(value);
    }
    function fail(err: BodyError) {
      finished = true;
      req.resume();
      reject(err);
    }
    source.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return done(new BodyError(413, 'Het verzoek is te groot.'));
      chunks.push(chunk);
    });
    source.on('end', () => {
      if (finished) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return done(new BodyError(400, 'Het verzoek heeft geen inhoud.'));
      try {
        done(undefined, JSON.parse(text));
      } catch {
        done(new BodyError(400, 'Het verzoek is geen geldige JSON.'));
      }
    });
  });
}
