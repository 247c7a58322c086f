import { type AllowedType, EXTENSIONS } from './file-types.ts';

const MAX_LENGTH = 200;
// Control characters, and the bidirectional marks and overrides that can make a name such as
// "cv<RLO>fdp.exe" display as "cvexe.pdf".
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The name to show and to offer on download, from the X-Filename header (encodeURIComponent'd by
 * the client). Only ever displayed or sent back in a header, never used as a path.
 */
export function sanitizeFilename(header: string | undefined, type: AllowedType): string {
  let name = '';
  try {
    name = decodeURIComponent(header ?? '');
  } catch {
    name = '';
  }
  name = (name.split(/[/\\]/).pop() ?? '').replace(UNSAFE, '').trim();
  if (name === '' || /^\.+$/.test(name)) name = `document.${EXTENSIONS[type]}`;
  const chars = [...name];
  if (chars.length <= MAX_LENGTH) return name;
  // Keep the extension when shortening, so the download still opens with the right program.
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return chars.slice(0, MAX_LENGTH - [...ext].length).join('') + ext;
}

/** RFC 6266/8187: an ASCII fallback for old clients and the exact UTF-8 name for the rest. */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
