// How simulated people rate: each has a leaning on a hidden continuous scale, cut into the k points of the form.

/**
 * P(Z ≤ x) for the standard normal distribution, from its complement erfc (Numerical Recipes' Chebyshev
 * fit, relative error below 1.2e-7 everywhere, so tail probabilities of 1e-4 keep their digits).
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(poly);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * Shares of ratings on each of `points` points when people's leanings are normal with this mean and
 * standard deviation on the scale itself (point i covers i − ½ to i + ½; the end points take the tails).
 * This is the ordered-probit model of rating scales.
 */
export function pointShares(latentMean: number, latentSd: number, points: number): number[] {
  const shares: number[] = [];
  for (let point = 1; point <= points; point++) {
    const upper = point === points ? 1 : normalCdf((point + 0.5 - latentMean) / latentSd);
    const lower = point === 1 ? 0 : normalCdf((point - 0.5 - latentMean) / latentSd);
    shares.push(upper - lower);
  }
  return shares;
}

/** Mean point of a distribution of shares. */
export function meanOfShares(shares: readonly number[]): number {
  return shares.reduce((sum, share, index) => sum + share * (index + 1), 0);
}

/** Variance, in squared points, of a distribution of shares. */
export function varianceOfShares(shares: readonly number[]): number {
  const mean = meanOfShares(shares);
  return shares.reduce((sum, share, index) => sum + share * (index + 1 - mean) ** 2, 0);
}

/** The hidden mean whose rating shares have mean point `target`, at the same hidden spread (bisection). */
export function latentMeanFor(target: number, latentSd: number, points: number): number {
  let [low, high] = [-2 * points, 3 * points];
  for (let i = 0; i < 80; i++) {
    const middle = (low + high) / 2;
    if (meanOfShares(pointShares(middle, latentSd, points)) < target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** Two mixed distributions of shares: `weight` of the first and the rest of the second. */
export function mixShares(first: readonly number[], second: readonly number[], weight: number): number[] {
  return first.map((share, index) => weight * share + (1 - weight) * second[index]!);
}
