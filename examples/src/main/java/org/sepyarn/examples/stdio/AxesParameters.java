package org.sepyarn.examples.stdio;

import java.util.ArrayList;
import java.util.List;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * The axes {@code n1..n9}, {@code o}, {@code d}, {@code label}, {@code unit} of a parameter table
 * (a missing {@code nK} is 1, {@code oK} 0, {@code dK} 1, as in SEPlib). The number of axes is the
 * highest {@code K} for which any of the five keys is given.
 */
public final class AxesParameters {
  private static final List<String> PREFIXES = List.of("n", "o", "d", "label", "unit");

  private AxesParameters() {
  }

  /** Whether {@code key} is one of the axis keys ({@code n1}, {@code o3}, {@code label9}...). */
  public static boolean isAxisKey(String key) {
    for (String prefix : PREFIXES) {
      if (key.length() == prefix.length() + 1 && key.startsWith(prefix)) {
        char c = key.charAt(prefix.length());
        if (c >= '1' && c <= '9') {
          return true;
        }
      }
    }
    return false;
  }

  /** The highest axis number any axis key of {@code p} mentions, at least 1. */
  public static int rank(ParameterTable p) {
    for (int k = Hypercube.MAX_AXES; k > 1; k--) {
      for (String prefix : PREFIXES) {
        if (p.has(prefix + k)) {
          return k;
        }
      }
    }
    return 1;
  }

  /** The hypercube {@code p} describes; errors name the bad key, its value and origin. */
  public static Hypercube cube(ParameterTable p) {
    List<Axis> axes = new ArrayList<>();
    for (int k = 1; k <= rank(p); k++) {
      int n = p.getInt("n" + k, 1);
      if (n < 1) {
        throw p.bad("n" + k, "is not a valid axis length: n" + k + " must be at least 1");
      }
      axes.add(new Axis(n, p.getDouble("o" + k, 0), p.getDouble("d" + k, 1),
          p.getString("label" + k, ""), p.getString("unit" + k, "")));
    }
    try {
      return new Hypercube(axes);
    } catch (ArithmeticException e) {
      throw new ToolException("the axes n1..n" + axes.size() + " (" + p.origin("n1") + ") hold more than "
          + Long.MAX_VALUE + " samples");
    }
  }
}
