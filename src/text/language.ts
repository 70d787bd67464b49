/**
 * Document language by script: the share of Arabic letters among all letters. Arabic-script letters
 * (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF, presentation forms) against Latin letters; digits,
 * punctuation and other scripts do not vote. Ties and letter-free texts default to Arabic, qawl's home language.
 */
export type Language = 'ar' | 'en';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

let CLASS: Uint8Array | null = null;

/** Per UTF-16 code unit: 1 Latin letter, 2 Arabic-script letter, 0 neither (the regexes above, evaluated once). */
function classes(): Uint8Array {
  if (CLASS) return CLASS;
  const t = new Uint8Array(0x10000);
  const ranges: [number, number][] = [[0x41, 0x24f], [0x600, 0x6ff], [0x750, 0x77f], [0x8a0, 0x8ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]];
  for (const [a, b] of ranges) {
    for (let u = a; u <= b; u++) {
      const c = String.fromCharCode(u);
      if (LATIN.test(c)) t[u] = 1;
      else if (ARABIC.test(c) && /\p{L}/u.test(c)) t[u] = 2;
    }
  }
  return (CLASS = t);
}

/** Letter counts by script over (at most) the first `limit` code units. */
export function scriptCounts(text: string, limit = 20_000): { arabic: number; latin: number } {
  const t = classes();
  let arabic = 0;
  let latin = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const k = t[text.charCodeAt(i)]!;
    if (k === 1) latin++;
    else if (k === 2) arabic++;
  }
  return { arabic, latin };
}

/** 'en' when Latin letters outnumber Arabic ones, else 'ar'. */
export function detectLanguage(text: string): Language {
  const { arabic, latin } = scriptCounts(text);
  return latin > arabic ? 'en' : 'ar';
}
