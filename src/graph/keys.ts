/**
 * Canonical keys: how two surface forms are judged to name the same entity. Case, hyphens,
 * spaces, punctuation and a plural `s` are ignored (CIFAR10 = CIFAR-10, Transformers =
 * Transformer); digits and letters are kept, so variants stay apart (ImageNet vs ImageNet-32).
 */
export function entityKey(name: string): string {
  const folded = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/\p{M}/gu, '');
  return /[a-z][^s]s$/.test(folded) && folded.length > 3 ? folded.slice(0, -1) : folded;
}

/** Repository identity is case-insensitive; the display case is stored separately. */
export function repositoryKey(host: string, fullName: string): string {
  return `${host}:${fullName.toLowerCase()}`;
}

/** Authors are told apart by name alone: case, accents, dots and spacing ignored. */
export function authorKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
