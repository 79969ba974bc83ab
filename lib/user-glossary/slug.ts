/**
 * Slug for ids and areas: "Zero-knowledge Proof (ZKP)" -> "zero-knowledge-proof-zkp",
 * "Café" -> "cafe". '' when nothing Latin or numeric is left.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
