/**
 * Canonical keys: how two surface forms are judged to name the same entity. Case, hyphens,
 * spaces, punctuation and a plural `s` are ignored (CIFAR10 = CIFAR-10, Transformers =
 * Transformer); digits and letters are kept, so variants stay apart (ImageNet vs ImageNet-32).
 */
export function entityKey(name: string): string {
  return keyOfFolded(foldName(name));
}

/** Lower-cased letters and digits only, accents dropped. */
export function foldName(name: string): string {
  // Every token of every abstract is folded: most are plain lower-case ASCII words, which are
  // their own fold, and printable ASCII needs no Unicode normalisation.
  let capitals = false;
  let others = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 126) return foldUnicode(name);
    if (c >= 65 && c <= 90) capitals = true;
    else if (c < 48 || (c > 57 && c < 97) || c > 122) others = true;
  }
  if (others) return name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return capitals ? name.toLowerCase() : name;
}

function foldUnicode(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/\p{M}/gu, '');
}

/** The entity key of text already folded by `foldName`: only the plural rule is left. */
export function keyOfFolded(folded: string): string {
  // the test of /[a-z][^s]s$/ by character codes: it runs on every token of every abstract
  const n = folded.length;
  if (n <= 3 || folded.charCodeAt(n - 1) !== 115 || folded.charCodeAt(n - 2) === 115) return folded;
  const c = folded.charCodeAt(n - 3);
  return c >= 97 && c <= 122 ? folded.slice(0, -1) : folded;
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
