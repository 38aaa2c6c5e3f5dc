const DANISH: Record<string, string> = { å: 'aa', æ: 'ae', ø: 'oe' }

/** URL-safe slug with Danish letters spelt out: "Ældre på forkant" → "aeldre-paa-forkant". */
export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
