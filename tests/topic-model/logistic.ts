/**
 * One-vs-rest logistic regression over sparse features with L2, trained by full-batch Adam.
 * Deterministic: no sampling, samples in their given (sorted) order, so the same data and options
 * give the same weights on every run and machine.
 */

export interface Sample {
  /** Feature indices and their values, aligned. */
  idx: number[];
  val: number[];
  /** Per slug, 1 when the slug is a gold topic. */
  y: Uint8Array;
  /** Sample weight (mean 1 over the set is conventional). */
  w: number;
}

export interface FitOptions {
  /** Full-batch steps. */
  epochs: number;
  /** Adam step size. */
  rate: number;
  /** L2 strength on the weights (the mean loss is what it is weighed against). */
  l2: number;
  /** Per feature, a factor on `l2` (default 1 for all). */
  penalty?: Float64Array;
}

export interface Fitted {
  nFeatures: number;
  nSlugs: number;
  /** Row-major [feature][slug]. */
  weights: Float64Array;
  bias: Float64Array;
}

/**
 * Minimises, per slug, the weighted mean log-loss plus (l2 / 2)·‖w‖² (bias not penalised) by full-batch
 * Adam: every step sees every sample, so the penalty reaches rare features as it should (stochastic
 * updates that decay a weight only when its feature is seen leave rare words almost unregularised).
 */
export function fitModel(
  samples: readonly Sample[],
  nFeatures: number,
  nSlugs: number,
  o: FitOptions,
): Fitted {
  const size = nFeatures * nSlugs;
  const W = new Float64Array(size);
  const b = new Float64Array(nSlugs);
  const gW = new Float64Array(size);
  const gb = new Float64Array(nSlugs);
  const mW = new Float64Array(size);
  const vW = new Float64Array(size);
  const mb = new Float64Array(nSlugs);
  const vb = new Float64Array(nSlugs);
  const z = new Float64Array(nSlugs);
  const totalW = samples.reduce((a, s) => a + s.w, 0) || 1;
  const b1 = 0.9;
  const b2 = 0.999;
  for (let step = 1; step <= o.epochs; step++) {
    gW.fill(0);
    gb.fill(0);
    for (const s of samples) {
      z.set(b);
      for (let f = 0; f < s.idx.length; f++) {
        const row = (s.idx[f] as number) * nSlugs;
        const v = s.val[f] as number;
        for (let k = 0; k < nSlugs; k++) z[k] = (z[k] as number) + (W[row + k] as number) * v;
      }
      for (let k = 0; k < nSlugs; k++) {
        const r = ((1 / (1 + Math.exp(-(z[k] as number))) - (s.y[k] as number)) * s.w) / totalW;
        z[k] = r;
        gb[k] = (gb[k] as number) + r;
      }
      for (let f = 0; f < s.idx.length; f++) {
        const row = (s.idx[f] as number) * nSlugs;
        const v = s.val[f] as number;
        for (let k = 0; k < nSlugs; k++) gW[row + k] = (gW[row + k] as number) + (z[k] as number) * v;
      }
    }
    const c1 = 1 - b1 ** step;
    const c2 = 1 - b2 ** step;
    for (let i = 0; i < size; i++) {
      const pen = o.penalty ? (o.penalty[(i / nSlugs) | 0] as number) : 1;
      const g = (gW[i] as number) + o.l2 * pen * (W[i] as number);
      mW[i] = b1 * (mW[i] as number) + (1 - b1) * g;
      vW[i] = b2 * (vW[i] as number) + (1 - b2) * g * g;
      W[i] =
        (W[i] as number) - (o.rate * ((mW[i] as number) / c1)) / (Math.sqrt((vW[i] as number) / c2) + 1e-8);
    }
    for (let k = 0; k < nSlugs; k++) {
      const g = gb[k] as number;
      mb[k] = b1 * (mb[k] as number) + (1 - b1) * g;
      vb[k] = b2 * (vb[k] as number) + (1 - b2) * g * g;
      b[k] =
        (b[k] as number) - (o.rate * ((mb[k] as number) / c1)) / (Math.sqrt((vb[k] as number) / c2) + 1e-8);
    }
  }
  return { nFeatures, nSlugs, weights: W, bias: b };
}

/** Probabilities of each slug for one sample. */
export function probabilities(m: Fitted, s: Pick<Sample, "idx" | "val">): number[] {
  const z = Array.from(m.bias);
  for (let f = 0; f < s.idx.length; f++) {
    const row = (s.idx[f] as number) * m.nSlugs;
    const v = s.val[f] as number;
    for (let k = 0; k < m.nSlugs; k++) z[k] = (z[k] as number) + (m.weights[row + k] as number) * v;
  }
  return z.map((x) => 1 / (1 + Math.exp(-x)));
}
