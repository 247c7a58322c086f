import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_EDITION } from '@imh/competencies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, createUser } from './helpers/factories.ts';
import type { GraphqlClient } from './helpers/graphql-client.ts';
import { applicantIn, createOp, newApplicant, SECTIONS } from './helpers/portfolio-fixtures.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const MB = 1024 * 1024;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

// The success and the error body in one shape: each test reads the fields its status promises.
type UploadReply = {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
  error: string;
};
type UploadOptions = { type?: string; filename?: string; headers?: Record<string, string> };

async function upload(client: GraphqlClient | null, body: Buffer, opts: UploadOptions = {}) {
  const res = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: {
      'content-type': opts.type ?? 'application/pdf',
      'x-filename': encodeURIComponent(opts.filename ?? 'certificate.pdf'),
      'x-requested-with': 'imh-portal',
      ...(client?.cookie ? { cookie: client.cookie } : {}),
      ...opts.headers,
    },
    body: new Uint8Array(body),
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as UploadReply };
}

async function download(client: GraphqlClient | null, url: string) {
  const res = await fetch(`${server.url}${url}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

const storedFiles = () => {
  const dir = path.join(server.config.dataDir, 'documents');
  return existsSync(dir) ? readdirSync(dir) : [];
};

const DOCUMENTS = `{ myProfile { documents { totalCount edges { node { id filename contentType sizeBytes url } } } } }`;
const DELETE = /* GraphQL */ `
  mutation Delete($id: ID!) {
    deleteDocument(id: $id) {
      __typename
      ... on MutationDeleteDocumentSuccess { data }
      ... on Error { message }
    }
  }
`;

describe('uploading a document', () => {
  it('stores a PDF under a random key with its hash, and lists it', async () => {
    const { client, profile } = await newApplicant(server.url, server.prisma);
    const res = await upload(client, PDF, { filename: 'Zeugnis Müller.pdf' });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({
      id: expect.any(String),
      filename: 'Zeugnis Müller.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      url: `/api/documents/${res.json.id}`,
    });
    const row = await server.prisma.document.findUniqueOrThrow({ where: { id: res.json.id } });
    expect(row).toMatchObject({
      profileId: profile.id,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      storageKey: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(readFileSync(path.join(server.config.dataDir, 'documents', row.storageKey))).toEqual(PDF);

    const listed = await client.gql(DOCUMENTS);
    expect(listed.data?.myProfile.documents).toEqual({ totalCount: 1, edges: [{ node: res.json }] });
  });

  it.each([
    ['image/png', PNG],
    ['image/jpeg', JPEG],
  ])('accepts %s', async (type, bytes) => {
    const { client } = await newApplicant(server.url, server.prisma);
    const res = await upload(client, bytes, { type, filename: 'scan' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ contentType: type, filename: 'scan' });
  });

  it.each([
    ['a path', '../../etc/passwd.pdf', 'passwd.pdf'],
    ['a Windows path', 'C:\\Users\\jo\\cv.pdf', 'cv.pdf'],
    ['control characters and a direction override', 'cv\u0000\u001b\u202efdp.exe.pdf', 'cvfdp.exe.pdf'],
    ['nothing usable', '..', 'document.pdf'],
    ['a very long name', `${'a'.repeat(300)}.pdf`, `${'a'.repeat(196)}.pdf`],
  ])('cleans a filename with %s', async (_label, filename, expected) => {
    const { client } = await newApplicant(server.url, server.prisma);
    const res = await upload(client, PDF, { filename });
    expect(res.json.filename).toBe(expected);
  });

  it('accepts exactly 10 MB and refuses one byte more with 413, storing nothing', async () => {
    const { client, profile } = await newApplicant(server.url, server.prisma);
    const tenMb = Buffer.concat([PDF, Buffer.alloc(10 * MB - PDF.length)]);
    expect((await upload(client, tenMb)).status).toBe(201);
    const before = storedFiles().length;
    const res = await upload(client, Buffer.concat([tenMb, Buffer.from([0])]));
    expect(res).toEqual({ status: 413, json: { error: expect.stringContaining('10 MB') } });
    expect(await server.prisma.document.count({ where: { profileId: profile.id } })).toBe(1);
    expect(storedFiles()).toHaveLength(before);
  });

  it.each([
    ['a PNG declared as a PDF', 'application/pdf', PNG],
    [
      'an executable declared as a PDF',
      'application/pdf',
      Buffer.from('MZ\x90\x00 this program cannot be run'),
    ],
    ['HTML declared as a JPEG', 'image/jpeg', Buffer.from('<html><script>alert(1)</script></html>')],
    ['a PDF declared as text', 'text/plain', PDF],
    ['a PDF declared as HTML', 'text/html', PDF],
  ])('refuses %s with 415', async (_label, type, bytes) => {
    const { client, profile } = await newApplicant(server.url, server.prisma);
    const res = await upload(client, bytes, { type });
    expect(res.status).toBe(415);
    expect(res.json.error).toEqual(expect.any(String));
    expect(await server.prisma.document.count({ where: { profileId: profile.id } })).toBe(0);
  });

  it('refuses without a session (401), without the X-Requested-With header (403), and to a non-applicant (403)', async () => {
    const { client, profile } = await newApplicant(server.url, server.prisma);
    expect((await upload(null, PDF)).status).toBe(401);
    expect((await upload(client, PDF, { headers: { 'x-requested-with': 'XMLHttpRequest' } })).status).toBe(
      403,
    );
    const noHeader = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', cookie: client.cookie },
      body: new Uint8Array(PDF),
    });
    expect(noHeader.status).toBe(403);
    expect(await server.prisma.document.count({ where: { profileId: profile.id } })).toBe(0);

    const association = await createAssociation(server.prisma);
    const coordinator = await createUser(server.prisma, {
      associationId: association.id,
      roles: ['COORDINATOR'],
    });
    expect((await upload(await signedInClient(server.url, coordinator.email), PDF)).status).toBe(403);
  });

  it('refuses with 409 while the portfolio is locked', async () => {
    const { client, profile, associationId } = await newApplicant(server.url, server.prisma);
    await server.prisma.application.create({
      data: {
        profileId: profile.id,
        associationId,
        level: 'IFA',
        ruleEdition: DEFAULT_EDITION.id,
        status: 'IN_REVIEW',
      },
    });
    const res = await upload(client, PDF);
    expect(res.status).toBe(409);
    expect(res.json.error).toContain('Your portfolio is locked');
    expect(await server.prisma.document.count({ where: { profileId: profile.id } })).toBe(0);
  });
});

describe('downloading a document', () => {
  async function uploaded() {
    const owner = await newApplicant(server.url, server.prisma);
    const res = await upload(owner.client, PDF, { filename: 'Zeugnis “Müller”.pdf' });
    return { ...owner, url: res.json.url as string };
  }

  it('gives the owner the file as an attachment that is never sniffed or cached', async () => {
    const { client, url } = await uploaded();
    const res = await download(client, url);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(PDF);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Zeugnis _M_ller_.pdf"; filename*=UTF-8''${encodeURIComponent('Zeugnis “Müller”.pdf')}`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it("gives it to a coordinator of the applicant's association", async () => {
    const { associationId, url } = await uploaded();
    const coordinator = await createUser(server.prisma, { associationId, roles: ['COORDINATOR'] });
    const res = await download(await signedInClient(server.url, coordinator.email), url);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(PDF);
  });

  it('is not found for another applicant, a coordinator elsewhere, or an unknown id; and needs a session', async () => {
    const { associationId, url } = await uploaded();
    const other = await applicantIn(server.url, server.prisma, associationId);
    expect((await download(other.client, url)).status).toBe(404);

    const elsewhere = await createAssociation(server.prisma);
    const coordinator = await createUser(server.prisma, {
      associationId: elsewhere.id,
      roles: ['COORDINATOR'],
    });
    const outsider = await signedInClient(server.url, coordinator.email);
    const refused = await download(outsider, url);
    expect(refused.status).toBe(404);
    expect(refused.body.toString()).not.toContain('%PDF');

    expect((await download(other.client, '/api/documents/no-such-id')).status).toBe(404);
    expect((await download(null, url)).status).toBe(401);
  });
});

describe('deleting a document', () => {
  it('removes the row and the file, and detaches it from entries', async () => {
    const { client, profile } = await newApplicant(server.url, server.prisma);
    const doc = (await upload(client, PDF)).json;
    const entry = await client.gql(createOp('trainings'), {
      input: { ...SECTIONS.trainings.valid, documentId: doc.id },
    });
    expect(entry.data?.result.data.document).toEqual({ id: doc.id });
    const { storageKey } = await server.prisma.document.findUniqueOrThrow({ where: { id: doc.id } });

    const res = await client.gql(DELETE, { id: doc.id });
    expect(res.data?.deleteDocument).toEqual({ __typename: 'MutationDeleteDocumentSuccess', data: doc.id });
    expect(await server.prisma.document.count({ where: { profileId: profile.id } })).toBe(0);
    expect(storedFiles()).not.toContain(storageKey);
    const training = await server.prisma.trainingEntry.findUniqueOrThrow({
      where: { id: entry.data?.result.data.id },
    });
    expect(training.documentId).toBeNull();
    expect((await download(client, doc.url)).status).toBe(404);
  });

  it("treats another applicant's document as not found, and keeps it", async () => {
    const owner = await newApplicant(server.url, server.prisma);
    const doc = (await upload(owner.client, PDF)).json;
    const other = await applicantIn(server.url, server.prisma, owner.associationId);
    const res = await other.client.gql(DELETE, { id: doc.id });
    expect(res.data?.deleteDocument.__typename).toBe('NotFoundError');
    expect((await download(owner.client, doc.url)).status).toBe(200);
  });

  it('is refused while the portfolio is locked, keeping the file', async () => {
    const { client, profile, associationId } = await newApplicant(server.url, server.prisma);
    const doc = (await upload(client, PDF)).json;
    await server.prisma.application.create({
      data: {
        profileId: profile.id,
        associationId,
        level: 'IFA',
        ruleEdition: DEFAULT_EDITION.id,
        status: 'SUBMITTED',
      },
    });
    const res = await client.gql(DELETE, { id: doc.id });
    expect(res.data?.deleteDocument.__typename).toBe('ConflictError');
    expect((await download(client, doc.url)).body).toEqual(PDF);
  });
});
