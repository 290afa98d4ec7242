import type { IncomingFile } from '../feature';
import { UnreadableFileError } from './tabular';

export interface DownloadPolicy {
  /** Host names files may come from; `*.example.com` matches subdomains. */
  hosts: string[];
  maxBytes: number;
  timeoutMs: number;
}

/** Teams puts uploaded files in SharePoint / OneDrive (personal chat: the sender's OneDrive). */
export const TEAMS_FILE_HOSTS = ['*.sharepoint.com', '*.sharepoint.us', '*.sharepoint-mil.us', '*.sharepoint.de', '*.sharepoint.cn'];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const MAX_REDIRECTS = 3;

export const DOWNLOAD_TEXTS = {
  notAllowed: 'Dit bestand komt niet uit Teams of SharePoint; ik haal alleen bestanden op die in deze chat zijn gedeeld.',
  tooLarge: (mb: number) => `Het bestand is groter dan ${mb} MB; splits het of maak het kleiner en probeer het opnieuw.`,
  timeout: 'Het ophalen van het bestand duurde te lang; probeer het later opnieuw.',
  failed: 'Het bestand kon niet worden opgehaald uit Teams; probeer het opnieuw.',
  status: (status: number) => `Het bestand kon niet worden opgehaald (HTTP ${status}).`,
} as const;

const hostMatches = (host: string, pattern: string) =>
  pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern;

/**
 * Only https URLs on an allowed host; plain http only for a loopback host that the configuration
 * lists explicitly (tests), never by default.
 */
export function allowedUrl(raw: string, hosts: string[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  const host = url.hostname.toLowerCase();
  if (!hosts.some((p) => hostMatches(host, p.toLowerCase()))) return undefined;
  if (url.protocol === 'https:') return url;
  return url.protocol === 'http:' && LOOPBACK.has(host) ? url : undefined;
}

/**
 * Downloads a file a user shared in the chat: allowlisted hosts, redirects followed only to
 * allowlisted hosts, a size cap counted while streaming (never buffering more than the cap),
 * and one deadline for the whole download. Every refusal is an UnreadableFileError in Dutch.
 */
export function createFileDownloader(policy: DownloadPolicy) {
  const mb = Math.round(policy.maxBytes / (1024 * 1024));
  return async function download(file: IncomingFile): Promise<Buffer> {
    const signal = AbortSignal.timeout(policy.timeoutMs);
    let url = allowedUrl(file.downloadUrl, policy.hosts);
    for (let hop = 0; ; hop++) {
      if (!url) throw new UnreadableFileError(DOWNLOAD_TEXTS.notAllowed);
      const res = await fetch(url, { redirect: 'manual', signal }).catch((err) => {
        throw new UnreadableFileError(signal.aborted ? DOWNLOAD_TEXTS.timeout : DOWNLOAD_TEXTS.failed, { cause: err });
      });
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new UnreadableFileError(DOWNLOAD_TEXTS.failed);
        url = allowedUrl(new URL(res.headers.get('location')!, url).href, policy.hosts);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new UnreadableFileError(DOWNLOAD_TEXTS.status(res.status));
      }
      if (Number(res.headers.get('content-length') ?? 0) > policy.maxBytes) {
        await res.body?.cancel();
        throw new UnreadableFileError(DOWNLOAD_TEXTS.tooLarge(mb));
      }
      return readCapped(res, policy.maxBytes, signal, mb);
    }
  };
}

async function readCapped(res: Response, maxBytes: number, signal: AbortSignal, mb: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new UnreadableFileError(DOWNLOAD_TEXTS.tooLarge(mb));
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof UnreadableFileError) throw err;
    throw new UnreadableFileError(signal.aborted ? DOWNLOAD_TEXTS.timeout : DOWNLOAD_TEXTS.failed, { cause: err });
  }
  return Buffer.concat(chunks);
}
