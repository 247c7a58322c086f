import { describe, expect, it, vi } from 'vitest';
import { checkDocumentFile, formatBytes, MAX_DOCUMENT_BYTES, uploadDocument } from './document-upload';

describe('checkDocumentFile', () => {
  it.each([
    [{ type: 'application/pdf', size: 1 }, null],
    [{ type: 'image/png', size: MAX_DOCUMENT_BYTES }, null],
    [{ type: 'image/jpg', size: 500 }, null],
    [{ type: 'image/png', size: MAX_DOCUMENT_BYTES + 1 }, 'The file is too large: the limit is 10 MB.'],
    [{ type: 'application/pdf', size: 0 }, 'The file is empty.'],
    [{ type: 'application/msword', size: 10 }, 'Attach a PDF, PNG or JPEG file.'],
    [{ type: '', size: 10 }, 'Attach a PDF, PNG or JPEG file.'],
  ])('%j → %j', (file, message) => {
    expect(checkDocumentFile(file)).toBe(message);
  });
});

const response = (status: number, body: unknown) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('uploadDocument', () => {
  const file = new File(['%PDF-1.4'], 'Diploma – 2019.pdf', { type: 'application/pdf' });

  it('sends the raw file with its type, its encoded name and the portal header', async () => {
    const doc = {
      id: 'd1',
      filename: 'Diploma – 2019.pdf',
      contentType: 'application/pdf',
      sizeBytes: 8,
      url: '/api/documents/d1',
    };
    const send = vi.fn<typeof fetch>().mockResolvedValue(response(201, doc));
    expect(await uploadDocument(file, send)).toEqual({ ok: true, document: doc });
    const [url, init] = send.mock.calls[0] ?? [];
    expect(url).toBe('/api/documents');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(file);
    expect(init?.headers).toEqual({
      'Content-Type': 'application/pdf',
      'X-Filename': 'Diploma%20%E2%80%93%202019.pdf',
      'X-Requested-With': 'imh-portal',
    });
  });

  it("passes on the API's reason", async () => {
    const send = vi.fn<typeof fetch>().mockResolvedValue(response(415, { error: 'Not a PDF inside.' }));
    expect(await uploadDocument(file, send)).toEqual({
      ok: false,
      status: 415,
      message: 'Not a PDF inside.',
    });
  });

  it('explains a refusal without a JSON body (a proxy rejecting a large body)', async () => {
    const send = vi.fn<typeof fetch>().mockResolvedValue(response(413, '<html>Too large</html>'));
    expect(await uploadDocument(file, send)).toEqual({
      ok: false,
      status: 413,
      message: 'The file is too large: the limit is 10 MB.',
    });
  });
});

describe('formatBytes', () => {
  it('rounds for people', () => {
    expect(formatBytes(2_500_000)).toBe('2.4 MB');
    expect(formatBytes(389_000)).toBe('380 kB');
    expect(formatBytes(10)).toBe('1 kB');
  });
});
