/**
 * Linear-chain CRF marginals for training: forward–backward in log space over the label set's allowed
 * transitions and final labels. Used by the trainer's 'crf' update (stochastic gradient on the conditional
 * log-likelihood, optionally softmax-margin: costs added to the wrong labels' scores).
 */
import type { LabelSet } from './labels.js';

let alphaBuf = new Float64Array(0);
let betaBuf = new Float64Array(0);

/**
 * Fills `mu` (T × L) with the token marginals and `xi` ((L+1) × L) with the summed transition marginals
 * (row L: from the sentence start) of the chain with emission scores `em` and transitions `trans`;
 * returns log Z.
 */
export function marginals(em: Float32Array, T: number, trans: Float32Array, ls: LabelSet, mu: Float64Array, xi: Float64Array): number {
  const L = ls.size;
  const allowed = ls.allowed;
  if (alphaBuf.length < T * L) {
    alphaBuf = new Float64Array(T * L * 2);
    betaBuf = new Float64Array(T * L * 2);
  }
  const a = alphaBuf;
  const b = betaBuf;
  for (let c = 0; c < L; c++) a[c] = allowed[L * L + c] ? em[c]! + trans[L * L + c]! : -Infinity;
  for (let t = 1; t < T; t++) {
    for (let c = 0; c < L; c++) {
      let m = -Infinity;
      for (let p = 0; p < L; p++) if (allowed[p * L + c]) m = Math.max(m, a[(t - 1) * L + p]! + trans[p * L + c]!);
      let s = 0;
      if (m > -Infinity) for (let p = 0; p < L; p++) if (allowed[p * L + c]) s += Math.exp(a[(t - 1) * L + p]! + trans[p * L + c]! - m);
      a[t * L + c] = m > -Infinity ? m + Math.log(s) + em[t * L + c]! : -Infinity;
    }
  }
  for (let c = 0; c < L; c++) b[(T - 1) * L + c] = ls.final[c] ? 0 : -Infinity;
  for (let t = T - 2; t >= 0; t--) {
    for (let p = 0; p < L; p++) {
      let m = -Infinity;
      for (let c = 0; c < L; c++) if (allowed[p * L + c]) m = Math.max(m, trans[p * L + c]! + em[(t + 1) * L + c]! + b[(t + 1) * L + c]!);
      let s = 0;
      if (m > -Infinity) for (let c = 0; c < L; c++) if (allowed[p * L + c]) s += Math.exp(trans[p * L + c]! + em[(t + 1) * L + c]! + b[(t + 1) * L + c]! - m);
      b[t * L + p] = m > -Infinity ? m + Math.log(s) : -Infinity;
    }
  }
  let m = -Infinity;
  for (let c = 0; c < L; c++) m = Math.max(m, a[(T - 1) * L + c]! + b[(T - 1) * L + c]!);
  let s = 0;
  for (let c = 0; c < L; c++) s += Math.exp(a[(T - 1) * L + c]! + b[(T - 1) * L + c]! - m);
  const logZ = m + Math.log(s);
  for (let t = 0; t < T; t++) for (let c = 0; c < L; c++) mu[t * L + c] = Math.exp(a[t * L + c]! + b[t * L + c]! - logZ);
  xi.fill(0, 0, (L + 1) * L);
  for (let c = 0; c < L; c++) xi[L * L + c] = mu[c]!;
  for (let t = 1; t < T; t++) {
    for (let p = 0; p < L; p++) {
      const ap = a[(t - 1) * L + p]!;
      if (ap === -Infinity) continue;
      for (let c = 0; c < L; c++) {
        if (!allowed[p * L + c]) continue;
        xi[p * L + c] += Math.exp(ap + trans[p * L + c]! + em[t * L + c]! + b[t * L + c]! - logZ);
      }
    }
  }
  return logZ;
}
