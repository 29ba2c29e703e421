package org.sepyarn.examples.tools;

import java.util.List;
import org.sepyarn.examples.signal.Ricker;
import org.sepyarn.examples.stdio.ParameterTable;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Ricker plane waves: wave {@code s} peaks at 1-based sample {@code k1} of the first trace and
 * moves {@code p2} samples of axis 1 per trace along axis 2 and {@code p3} per trace along axis 3
 * (fractional shifts are exact: the wavelet is evaluated at the shifted time, not interpolated).
 * The wavelet has peak frequency {@code freq} in the units of {@code 1/d1} and amplitude
 * {@code mag}; waves add up.
 */
final class PlaneWaves implements TraceSource {
  private final double[] k1;
  private final double[] p2;
  private final double[] p3;
  private final double[] mag;
  private final double d1;
  private final Ricker wavelet;

  private PlaneWaves(double[] k1, double[] p2, double[] p3, double[] mag, double d1, Ricker wavelet) {
    this.k1 = k1;
    this.p2 = p2;
    this.p3 = p3;
    this.mag = mag;
    this.d1 = d1;
    this.wavelet = wavelet;
  }

  static PlaneWaves from(ParameterTable p, Hypercube cube) {
    double d1 = cube.axis(1).d();
    if (!(d1 > 0)) {
      throw p.bad("d1", "must be positive for plane waves: the Ricker wavelet is sampled every d1");
    }
    double nyquist = 0.5 / d1;
    double freq = p.getDouble("freq", 0.1 / d1);
    if (!(freq > 0) || freq >= nyquist) {
      throw p.bad("freq", "is not a usable peak frequency: with d1=" + d1 + " it must be above 0 and below the "
          + "Nyquist frequency " + nyquist);
    }
    int count = PerSpike.count(p, List.of("k1", "p2", "p3", "mag"));
    double[] k1 = PerSpike.doubles(p, "k1", count, cube.n(1) / 2 + 1);
    return new PlaneWaves(k1, PerSpike.doubles(p, "p2", count, 0), PerSpike.doubles(p, "p3", count, 0),
        PerSpike.doubles(p, "mag", count, 1), d1, new Ricker(freq));
  }

  @Override
  public void addTo(double[] trace, int[] position) {
    for (int s = 0; s < mag.length; s++) {
      double peak = k1[s] - 1 + p2[s] * position[2] + p3[s] * position[3];
      for (int i = 0; i < trace.length; i++) {
        trace[i] += mag[s] * wavelet.at((i - peak) * d1);
      }
    }
  }
}
