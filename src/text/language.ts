/**
 * Document language by script: the share of Arabic letters among all letters. Arabic-script letters
 * (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF, presentation forms) against Latin letters; digits,
 * punctuation and other scripts do not vote. Ties and letter-free texts default to Arabic, qawl's home language.
 */
export type Language = 'ar' | 'en';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

/** Letter counts by script over (at most) the first `limit` code units. */
export function scriptCounts(text: string, limit = 20_000): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c < '\u0041') continue;
    if (LATIN.test(c)) latin++;
    else if (ARABIC.test(c) && /\p{L}/u.test(c)) arabic++;
  }
  return { arabic, latin };
}

/** 'en' when Latin letters outnumber Arabic ones, else 'ar'. */
export function detectLanguage(text: string): Language {
  const { arabic, latin } = scriptCounts(text);
  return latin > arabic ? 'en' : 'ar';
}
