package org.sepyarn.examples.tools;

import java.util.ArrayList;
import java.util.List;
import org.sepyarn.examples.stdio.ParameterTable;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Spikes at 1-based positions {@code k1..k9} with magnitudes {@code mag} (as {@code sfspike}):
 * a position of 0, or an absent list, spreads the spike over the whole axis, so
 * {@code k1=20} alone draws a flat event in every trace and no {@code k} at all fills the cube
 * with {@code mag}. Spikes that meet add up.
 */
final class SpikeSet implements TraceSource {
  private final int[][] k;
  private final double[] mag;

  private SpikeSet(int[][] k, double[] mag) {
    this.k = k;
    this.mag = mag;
  }

  static SpikeSet from(ParameterTable p, Hypercube cube) {
    List<String> keys = new ArrayList<>();
    for (int axis = 1; axis <= Hypercube.MAX_AXES; axis++) {
      keys.add("k" + axis);
    }
    keys.add("mag");
    int count = PerSpike.count(p, keys);
    int[][] k = new int[Hypercube.MAX_AXES + 1][];
    for (int axis = 1; axis <= Hypercube.MAX_AXES; axis++) {
      String key = "k" + axis;
      k[axis] = PerSpike.ints(p, key, count, 0);
      int n = cube.n(axis);
      for (int position : k[axis]) {
        if (position < 0 || position > n) {
          throw p.bad(key, "puts a spike outside axis " + axis + " (n" + axis + "=" + n + "): use 1.." + n
              + ", or 0 for the whole axis");
        }
      }
    }
    return new SpikeSet(k, PerSpike.doubles(p, "mag", count, 1));
  }

  @Override
  public void addTo(double[] trace, int[] position) {
    for (int s = 0; s < mag.length; s++) {
      if (onTrace(s, position)) {
        int k1 = k[1][s];
        if (k1 == 0) {
          for (int i = 0; i < trace.length; i++) {
            trace[i] += mag[s];
          }
        } else {
          trace[k1 - 1] += mag[s];
        }
      }
    }
  }

  private boolean onTrace(int s, int[] position) {
    for (int axis = 2; axis <= Hypercube.MAX_AXES; axis++) {
      int want = k[axis][s];
      if (want != 0 && want - 1 != position[axis]) {
        return false;
      }
    }
    return true;
  }
}
