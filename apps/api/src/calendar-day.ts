/** Calendar dates ("YYYY-MM-DD") are stored as midnight UTC; these two convert between the forms. */
export const toIsoDay = (d: Date): string => d.toISOString().slice(0, 10);
export const fromIsoDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
