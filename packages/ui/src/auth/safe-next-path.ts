/**
 * The `next` parameter comes from the address bar, so only same-app paths are followed: anything that
 * could leave the site (`//evil.example`, `https://…`) falls back to the home page.
 */
export const safeNextPath = (next: string | null, fallback: string): string => {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
};
