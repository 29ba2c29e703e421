package org.sepyarn.examples.tools;

import java.util.List;
import org.sepyarn.examples.stdio.ParameterTable;

/**
 * Per-spike parameter lists ({@code k1=10,20 mag=1,-1}): the number of spikes is {@code nsp=}
 * when given, else the length of the longest list; each list must hold one value (used for every
 * spike) or one value per spike; an absent list takes its default for every spike.
 */
final class PerSpike {
  private PerSpike() {
  }

  /** The number of spikes the lists {@code keys} describe, at least 1. */
  static int count(ParameterTable p, List<String> keys) {
    int longest = 1;
    for (String key : keys) {
      longest = Math.max(longest, p.getDoubles(key).size());
    }
    int nsp = p.getInt("nsp", longest);
    if (nsp < 1) {
      throw p.bad("nsp", "is not a valid number of spikes: it must be at least 1");
    }
    return nsp;
  }

  static int[] ints(ParameterTable p, String key, int count, int dflt) {
    List<Integer> given = p.getInts(key);
    checkLength(p, key, given.size(), count);
    int[] values = new int[count];
    for (int s = 0; s < count; s++) {
      values[s] = given.isEmpty() ? dflt : given.get(given.size() == 1 ? 0 : s);
    }
    return values;
  }

  static double[] doubles(ParameterTable p, String key, int count, double dflt) {
    List<Double> given = p.getDoubles(key);
    checkLength(p, key, given.size(), count);
    double[] values = new double[count];
    for (int s = 0; s < count; s++) {
      values[s] = given.isEmpty() ? dflt : given.get(given.size() == 1 ? 0 : s);
    }
    return values;
  }

  private static void checkLength(ParameterTable p, String key, int length, int count) {
    if (length > 1 && length != count) {
      throw p.bad(key, "has " + length + " values but there are " + count + " spikes (nsp=, or the longest list): "
          + "give one value for all spikes or one per spike");
    }
  }
}
