import type { IncomingMessage } from 'node:http';

export interface UploadedFile {
  readonly field: string;
  readonly name: string;
  /** The file as text (documents the tests read back). */
  readonly content: string;
  /** The file's bytes (photos). */
  readonly bytes: Buffer;
}

export interface ParsedBody {
  readonly params: Record<string, unknown>;
  readonly files: UploadedFile[];
}

/** Fields the Bot API takes as JSON text inside multipart and query-string requests. */
const JSON_FIELDS = new Set(['reply_markup', 'allowed_updates', 'commands', 'scope', 'results', 'link_preview_options', 'reply_parameters', 'entities']);

/** Reads a Bot API request the way Telegram does: JSON, multipart/form-data, urlencoded or query string. */
export async function readBody(req: IncomingMessage, url: URL): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const files: UploadedFile[] = [];
  if (raw.length > 0 && type.startsWith('application/json')) {
    Object.assign(params, JSON.parse(raw.toString('utf8')) as Record<string, unknown>);
  } else if (raw.length > 0 && (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded'))) {
    // Node's fetch Request parses both, the same way a server framework would.
    const form = await new Request('http://fake.local/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
    for (const [field, value] of form) {
      if (typeof value === 'string') params[field] = value;
      else {
        const bytes = Buffer.from(await value.arrayBuffer());
        files.push({ field, name: value.name, content: bytes.toString('utf8'), bytes });
        params[field] = `attach://${field}`;
      }
    }
  }
  for (const field of JSON_FIELDS) {
    const value = params[field];
    if (typeof value === 'string' && /^[[{]/.test(value)) params[field] = JSON.parse(value);
  }
  return { params, files };
}
