/** The kinds of file an applicant may upload: scans and exports of certificates, diplomas and logs. */
export const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AllowedType = (typeof ALLOWED_TYPES)[number];

const SIGNATURES: { type: AllowedType; magic: number[] }[] = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** The declared Content-Type, without parameters, if it is one we accept. */
export function declaredType(header: string | undefined): AllowedType | null {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const alias = type === 'image/jpg' || type === 'image/pjpeg' ? 'image/jpeg' : type;
  return (ALLOWED_TYPES as readonly string[]).includes(alias) ? (alias as AllowedType) : null;
}

/** What the bytes themselves say the file is; a header is only a claim. */
export function sniffType(bytes: Buffer): AllowedType | null {
  return SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b))?.type ?? null;
}

export const EXTENSIONS: Record<AllowedType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};
