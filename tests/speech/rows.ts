/** The shared checker for tables of claim rows: one sentence, the cue to find, and what its claim must hold. */
import { expect } from 'vitest';
import { extractClaims } from '../../src/speech/index.js';

export interface ClaimRow {
  text: string;
  cue: string;
  /** the speaker phrase; null for none; left out: not checked */
  speaker?: string | null;
  /** a substring of the resolved speaker name */
  name?: string;
  content: string;
  direct?: boolean;
  stance?: string;
}

/** Extracts claims from `r.text` and asserts the claim at `r.cue` has every field the row gives. */
export function checkClaimRow(r: ClaimRow): void {
  const claims = extractClaims({ text: r.text });
  const c = claims.find((x) => x.cue.text === r.cue);
  expect(c, `no claim at ${r.cue}: ${JSON.stringify(claims.map((x) => x.cue.text))}`).toBeDefined();
  if (r.speaker !== undefined) expect(c!.speaker?.text ?? null).toBe(r.speaker);
  if (r.name) expect(c!.speaker?.name).toContain(r.name);
  expect(c!.content.text).toBe(r.content);
  if (r.direct !== undefined) expect(c!.direct).toBe(r.direct);
  if (r.stance) expect(c!.stance).toBe(r.stance);
}
