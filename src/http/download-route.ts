import type { Request, Response, Server } from 'restify';
import type { FileDownload } from '../features/feature';

/** GET /api/export/:token: the token is the authorisation (signed, expiring), checked by the feature. */
export function registerDownloadRoute(server: Server, download: FileDownload): void {
  server.get('/api/export/:token', async (req: Request, res: Response) => {
    const result = await download(String(req.params.token ?? ''));
    if (!result.ok) {
      res.send(result.status, { error: result.message });
      return;
    }
    res.writeHead(200, {
      'content-type': result.contentType,
      'content-length': result.body.length,
      'content-disposition': `attachment; filename="${result.fileName}"`,
      'cache-control': 'no-store',
    });
    res.end(result.body);
  });
}
