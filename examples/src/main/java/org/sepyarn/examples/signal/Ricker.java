package org.sepyarn.examples.signal;

/**
 * The Ricker wavelet of peak frequency {@code f}: {@code (1 - 2a) exp(-a)} with
 * {@code a = (pi f t)^2}, 1 at {@code t = 0}, symmetric, zero mean. Immutable.
 */
public final class Ricker {
  private final double frequency;

  public Ricker(double frequency) {
    if (!(frequency > 0) || !Double.isFinite(frequency)) {
      throw new IllegalArgumentException("a Ricker wavelet needs a positive peak frequency, got " + frequency);
    }
    this.frequency = frequency;
  }

  public double frequency() {
    return frequency;
  }

  /** The wavelet at time {@code t} from its peak. */
  public double at(double t) {
    double a = Math.PI * frequency * t;
    a *= a;
    return (1 - 2 * a) * Math.exp(-a);
  }

  /**
   * The wavelet sampled every {@code dt} from time 0 for {@code n} samples, its peak delayed by
   * {@code delay}.
   */
  public double[] sampled(int n, double dt, double delay) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = at(i * dt - delay);
    }
    return w;
  }
}
