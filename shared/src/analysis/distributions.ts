// Student's t and Fisher's F distributions, enough of them to build 95% intervals and a one-way test.

/** Natural logarithm of the gamma function (Lanczos approximation, g = 7, accurate to about 15 digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const coefficients = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const z = x - 1;
  let sum = coefficients[0]!;
  for (let i = 1; i < coefficients.length; i++) sum += coefficients[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Continued fraction for the incomplete beta function (modified Lentz), valid for x < (a + 1) / (a + b + 2). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let result = d;
  for (let m = 1; m <= 500; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 / (Math.abs(1 + even * d) < tiny ? tiny : 1 + even * d);
    c = Math.abs(1 + even / c) < tiny ? tiny : 1 + even / c;
    result *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 / (Math.abs(1 + odd * d) < tiny ? tiny : 1 + odd * d);
    c = Math.abs(1 + odd / c) < tiny ? tiny : 1 + odd / c;
    const step = d * c;
    result *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return result;
}

/** The regularized incomplete beta function I_x(a, b), for 0 ≤ x ≤ 1 and a, b > 0. */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(x, a, b)) / a
    : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df may be fractional, as in Welch's test). */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Density of Student's t with `df` degrees of freedom. */
function studentTDensity(t: number, df: number): number {
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log(1 + (t * t) / df));
}

// Quantiles already found: every live update asks for t(0.975, n − 1) for the same few n. Bounded, and a
// pure function's memo, so sharing it across callers changes no result.
const quantiles = new Map<string, number>();

/**
 * The t such that P(T ≤ t) = p (p in (0.5, 1)). Newton's method on the distribution function inside a
 * bracket that bisection keeps valid: a few steps instead of the hundreds bisection alone took, which
 * matters because every interval on every live update asks for one.
 */
export function studentTQuantile(p: number, df: number): number {
  const key = `${p}|${df}`;
  const known = quantiles.get(key);
  if (known !== undefined) return known;
  if (quantiles.size >= 4096) quantiles.clear();
  const value = findStudentTQuantile(p, df);
  quantiles.set(key, value);
  return value;
}

function findStudentTQuantile(p: number, df: number): number {
  let low = 0;
  let high = 1;
  while (studentTCdf(high, df) < p) high *= 2;
  let t = (low + high) / 2;
  for (let i = 0; i < 100; i++) {
    const error = studentTCdf(t, df) - p;
    if (error < 0) low = t;
    else high = t;
    const newton = t - error / studentTDensity(t, df);
    const next = newton > low && newton < high ? newton : (low + high) / 2;
    if (Math.abs(next - t) <= 1e-13 * Math.max(1, t)) return next;
    t = next;
  }
  return t;
}

/**
 * Two-sided p-value of a t statistic: P(|T| ≥ |t|), computed from the tail itself so that very small
 * values keep their precision (1 − P(T ≤ t) would round them to 0).
 */
export function studentTTwoSided(t: number, df: number): number {
  return Math.min(1, regularizedBeta(df / (df + t * t), df / 2, 0.5));
}

/** P(F > f) for Fisher's F with `df1` and `df2` degrees of freedom: the p-value of an F test. */
export function fisherFSurvival(f: number, df1: number, df2: number): number {
  if (f <= 0) return 1;
  return regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}

/** The f such that P(F > f) = `tail` for Fisher's F with `df1` and `df2` degrees of freedom (tail in (0, 1)). */
export function fisherFQuantileAbove(tail: number, df1: number, df2: number): number {
  let low = 0;
  let high = 1;
  while (fisherFSurvival(high, df1, df2) > tail) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const middle = (low + high) / 2;
    if (fisherFSurvival(middle, df1, df2) > tail) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** The 97.5th percentile of the standard normal distribution: the z of a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;
