/** The API's limits for uploads (apps/api/src/documents): checked here too, before any bytes are sent. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const DOCUMENT_ACCEPT = DOCUMENT_TYPES.join(',');

export interface UploadedDocument {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

export type UploadResult =
  | { ok: true; document: UploadedDocument }
  | { ok: false; status: number; message: string };

// Some systems label JPEGs with the older names; the API accepts them as JPEG.
const normalType = (type: string) => (type === 'image/jpg' || type === 'image/pjpeg' ? 'image/jpeg' : type);

/** What is wrong with a chosen file, or null when it may be uploaded. */
export function checkDocumentFile(file: Pick<File, 'type' | 'size'>): string | null {
  if (!(DOCUMENT_TYPES as readonly string[]).includes(normalType(file.type))) {
    return 'Attach a PDF, PNG or JPEG file.';
  }
  if (file.size === 0) return 'The file is empty.';
  if (file.size > MAX_DOCUMENT_BYTES) return 'The file is too large: the limit is 10 MB.';
  return null;
}

const FALLBACK: Record<number, string> = {
  401: 'Your session has expired. Please sign in again.',
  409: 'Your portfolio is locked while your application is being reviewed.',
  413: 'The file is too large: the limit is 10 MB.',
  415: 'Upload a PDF, PNG or JPEG file.',
};

/**
 * Sends the file as the request body (POST /api/documents). The custom header is what the API takes
 * as proof the request comes from the portal and not from a form on another site.
 */
export async function uploadDocument(file: File, send: typeof fetch = fetch): Promise<UploadResult> {
  const response = await send('/api/documents', {
    method: 'POST',
    body: file,
    credentials: 'same-origin',
    headers: {
      'Content-Type': normalType(file.type),
      'X-Filename': encodeURIComponent(file.name),
      'X-Requested-With': 'imh-portal',
    },
  });
  if (response.status === 201) return { ok: true, document: (await response.json()) as UploadedDocument };
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  const message =
    typeof body?.error === 'string'
      ? body.error
      : (FALLBACK[response.status] ?? 'The file could not be uploaded. Please try again.');
  return { ok: false, status: response.status, message };
}

/** "2.4 MB", "380 kB". */
export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;
