/**
 * Claim and document-entity scoring, a port of the shared scorer score_claims.py with the same matching
 * rules and numbers: a predicted claim matches a gold claim when their content token-F1 ≥ 0.5 (one-to-one,
 * best first); its speaker is right when its written or resolved name shares a name token with the gold
 * speaker or speakerCanonical (titles and generic nouns do not count); an entity matches a gold entity of
 * its type when their name tokens nest.
 */

const DIAC = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const PUNCT = /[^\p{L}\p{N}\s]|_/gu;
const GENERIC = `العميد اللواء العقيد الرئيس الشيخ الدكتور د السيد السيدة الأمير الملك الوزير وزير رئيس نائب المتحدث
المستشار المهندس الأستاذ الفريق المشير النقيب الرائد العماد الجنرال القاضي السفير الإمام عضو مدير الامين الأمين العام
وزارة الوزارة قوات القوات تنظيم التنظيم حزب الحزب حركة الحركة جماعة الجماعة هيئة الهيئة مجلس المجلس لجنة اللجنة
منظمة المنظمة شركة الشركة جامعة الجامعة قناة القناة صحيفة الصحيفة وكالة الوكالة مصادر مصدر بن ابن أبو ال عبد
حكومة الحكومة دولة الدولة سلطات السلطات جيش الجيش إدارة الادارة الإدارة مكتب المكتب مركز المركز
the a an of and for in on at to mr mrs ms miss dr sir lord lady president minister prime secretary chancellor chief
executive spokesman spokeswoman spokesperson official officials leader head chairman director general deputy
home foreign state party ministry department government council committee union company group bank source sources`.split(/\s+/);

export function norm(s: string | null | undefined): string {
  let t = (s ?? '').replace(DIAC, '');
  t = t.replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي');
  t = t.replace(PUNCT, ' ').toLowerCase();
  return t.split(/\s+/).filter(Boolean).join(' ');
}

const GENERIC_N = new Set(GENERIC.map(norm));

export function toks(s: string | null | undefined): string[] {
  const n = norm(s);
  return n ? n.split(' ') : [];
}

function stem(t: string): string {
  if (/^[\x00-\x7f]*$/.test(t)) return t.endsWith("'s") ? t.slice(0, -2) : t;
  for (const p of ['وال', 'بال', 'لل', 'فال', 'كال', 'ال']) if (t.startsWith(p) && t.length - p.length >= 2) return t.slice(p.length);
  if ('وفبل'.includes(t[0] ?? '#') && t.length > 3) return t.slice(1, 3) === 'ال' ? stem(t.slice(1)) : t.slice(1);
  return t;
}

const GENERIC_STEMS = new Set([...GENERIC_N].map(stem));

export function nameToks(s: string | null | undefined): Set<string> {
  const out = new Set<string>();
  for (const t of toks(s)) {
    if (GENERIC_N.has(t)) continue;
    const st = stem(t);
    if (st.length >= 2 && !GENERIC_STEMS.has(st)) out.add(st);
  }
  return out;
}

export function tokF1(a: string, b: string): number {
  const x = toks(a);
  const y = toks(b);
  if (!x.length || !y.length) return 0;
  const c = new Map<string, number>();
  for (const t of x) c.set(t, (c.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of y) {
    const k = c.get(t) ?? 0;
    if (k > 0) {
      common++;
      c.set(t, k - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

export interface GoldClaim {
  content: string;
  cue: string;
  speaker?: string | null;
  speakerCanonical?: string | null;
  direct?: boolean;
  stance?: string;
}

export interface GoldDoc {
  id: string;
  claims?: GoldClaim[];
  entities?: Record<string, string[]>;
}

export interface PredDoc {
  id: string;
  claims?: { cue?: { text?: string }; speaker?: { text?: string | null; name?: string | null } | null; content?: { text?: string }; direct?: boolean; stance?: string }[];
  entities?: { type?: string; name?: string; mentions?: { text?: string }[] }[];
}

function speakerOk(pred: PredDoc['claims'] extends (infer C)[] | undefined ? C : never, gold: GoldClaim): boolean {
  const sp = pred?.speaker;
  if (!sp) return false;
  const pn = new Set<string>();
  for (const k of ['text', 'name'] as const) if (sp[k]) for (const t of nameToks(sp[k])) pn.add(t);
  const gn = new Set([...nameToks(gold.speakerCanonical ?? ''), ...nameToks(gold.speaker ?? '')]);
  for (const t of pn) if (gn.has(t)) return true;
  return false;
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

function prf(m: number, p: number, g: number): [number, number, number] {
  const P = p ? m / p : 0;
  const R = g ? m / g : 0;
  return [P, R, P + R ? (2 * P * R) / (P + R) : 0];
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

export interface ScoreReport {
  claims: { gold: number; pred: number; matched: number; precision: number; recall: number; f1: number; speaker_accuracy: number; attributed_f1: number; content_token_f1: number; direct_accuracy: number; stance_accuracy: number };
  entities: Record<string, { precision: number; recall: number; f1: number; gold: number; pred: number; match: number }>;
  missing_documents: string[];
  /** human-readable error lines (the scorer's --verbose output) */
  details: string[];
}

/** Scores predictions against gold documents (in the order given; the CLI sorts by file name). */
export function scoreClaims(golds: GoldDoc[], preds: PredDoc[]): ScoreReport {
  const byId = new Map(preds.map((p) => [String(p.id), p]));
  const tot = { gold: 0, pred: 0, match: 0, spk: 0, content: 0, direct: 0, stance: 0 };
  const ent: Record<string, { gold: number; pred: number; match: number }> = { PERS: { gold: 0, pred: 0, match: 0 }, ORG: { gold: 0, pred: 0, match: 0 }, LOC: { gold: 0, pred: 0, match: 0 } };
  const missing: string[] = [];
  const details: string[] = [];
  for (const g of golds) {
    const did = g.id;
    let p = byId.get(did);
    if (!p) {
      missing.push(did);
      p = { id: did };
    }
    const gc = g.claims ?? [];
    const pc = p.claims ?? [];
    tot.gold += gc.length;
    tot.pred += pc.length;
    const pairs: [number, number, number][] = [];
    gc.forEach((a, i) =>
      pc.forEach((b, j) => {
        const f = tokF1(a.content, b.content?.text ?? '');
        if (f >= 0.5) pairs.push([f, i, j]);
      }),
    );
    pairs.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
    const ug = new Set<number>();
    const up = new Set<number>();
    for (const [f, i, j] of pairs) {
      if (ug.has(i) || up.has(j)) continue;
      ug.add(i);
      up.add(j);
      const a = gc[i]!;
      const b = pc[j]!;
      tot.match++;
      tot.content += f;
      const ok = speakerOk(b, a);
      if (ok) tot.spk++;
      else details.push(`  [${did}] speaker wrong: pred=${JSON.stringify(b.speaker)} gold=${a.speaker}/${a.speakerCanonical}`);
      if (!!b.direct === !!a.direct) tot.direct++;
      if (b.stance === a.stance) tot.stance++;
    }
    gc.forEach((a, i) => ug.has(i) || details.push(`  [${did}] missed claim: ${a.cue} | ${a.content.slice(0, 80)}`));
    pc.forEach((b, j) => up.has(j) || details.push(`  [${did}] spurious claim: ${b.cue?.text} | ${(b.content?.text ?? '').slice(0, 80)}`));
    const pents = p.entities ?? [];
    for (const t of ['PERS', 'ORG', 'LOC']) {
      const gl = (g.entities?.[t] ?? []).map((e) => e.split('|').map(nameToks).filter((s) => s.size)).filter((gs) => gs.length);
      const ps = pents.filter((e) => e.type === t);
      ent[t]!.gold += gl.length;
      ent[t]!.pred += ps.length;
      const used = new Set<number>();
      for (const e of ps) {
        const names = [nameToks(e.name ?? ''), ...(e.mentions ?? []).map((m) => nameToks(m.text ?? ''))].filter((n) => n.size);
        const k = gl.findIndex((gs, k2) => !used.has(k2) && gs.some((s) => names.some((n) => subset(n, s) || subset(s, n))));
        if (k >= 0) {
          used.add(k);
          ent[t]!.match++;
        } else details.push(`  [${did}] spurious ${t}: ${e.name}`);
      }
      gl.forEach((_, k) => used.has(k) || details.push(`  [${did}] missed ${t}: ${g.entities![t]![k]}`));
    }
  }
  const [P, R, F] = prf(tot.match, tot.pred, tot.gold);
  const m = tot.match;
  return {
    claims: {
      gold: tot.gold,
      pred: tot.pred,
      matched: m,
      precision: r4(P),
      recall: r4(R),
      f1: r4(F),
      speaker_accuracy: m ? r4(tot.spk / m) : 0,
      attributed_f1: r4(prf(tot.spk, tot.pred, tot.gold)[2]),
      content_token_f1: m ? r4(tot.content / m) : 0,
      direct_accuracy: m ? r4(tot.direct / m) : 0,
      stance_accuracy: m ? r4(tot.stance / m) : 0,
    },
    entities: Object.fromEntries(
      Object.entries(ent).map(([t, v]) => {
        const [p2, r2, f2] = prf(v.match, v.pred, v.gold);
        return [t, { precision: r4(p2), recall: r4(r2), f1: r4(f2), ...v }];
      }),
    ),
    missing_documents: missing,
    details,
  };
}

/** The scorer's plain-text summary. */
export function formatReport(r: ScoreReport): string {
  const c = r.claims;
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `claims  P=${f(c.precision)} R=${f(c.recall)} F1=${f(c.f1)} (gold ${c.gold}, pred ${c.pred}, matched ${c.matched})`,
    `        speaker accuracy=${f(c.speaker_accuracy)}  attributed F1=${f(c.attributed_f1)}  content token F1=${f(c.content_token_f1)}  direct acc=${f(c.direct_accuracy)}  stance acc=${f(c.stance_accuracy)}`,
  ];
  for (const [t, v] of Object.entries(r.entities)) lines.push(`${t.padEnd(7)} P=${f(v.precision)} R=${f(v.recall)} F1=${f(v.f1)} (gold ${v.gold}, pred ${v.pred})`);
  if (r.missing_documents.length) lines.push(`missing documents: ${r.missing_documents.join(', ')}`);
  return lines.join('\n');
}
