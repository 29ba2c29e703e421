package org.sepyarn.formats.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Axes and element format in history parameters: {@code n1..n9}, {@code o}, {@code d},
 * {@code label}, {@code unit} (a missing {@code nK} is 1, {@code oK} 0, {@code dK} 1), and
 * {@code esize}/{@code data_format}, which are always written explicitly.
 */
public final class HistoryAxes {
  private static final String[] AXIS_KEYS = {"n", "o", "d", "label", "unit"};

  private HistoryAxes() {
  }

  /**
   * The number of axes a history describes: the highest {@code K} for which any of {@code nK},
   * {@code oK}, {@code dK}, {@code labelK}, {@code unitK} is set, at least 1.
   */
  public static int rank(History history) {
    for (int k = Hypercube.MAX_AXES; k > 1; k--) {
      for (String key : AXIS_KEYS) {
        if (history.has(key + k)) {
          return k;
        }
      }
    }
    return 1;
  }

  /** The hypercube a history describes; throws naming the key, value and file when an axis is invalid. */
  public static Hypercube cube(History history) {
    List<Axis> axes = new ArrayList<>();
    for (int k = 1; k <= rank(history); k++) {
      int n = history.getInt("n" + k, 1);
      if (n < 1) {
        throw new IllegalArgumentException("n" + k + "=" + n + " in history " + history.sourceName()
            + " is not a valid axis length: n" + k + " must be at least 1");
      }
      axes.add(new Axis(n, history.getDouble("o" + k, 0), history.getDouble("d" + k, 1),
          history.getString("label" + k, ""), history.getString("unit" + k, "")));
    }
    try {
      return new Hypercube(axes);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("history " + history.sourceName() + " describes more than " + Long.MAX_VALUE
          + " samples: the product of its n1..n9 overflows", e);
    }
  }

  /**
   * The element format a history describes through {@code data_format} and {@code esize}
   * ({@code xdr_float} when both are absent, as SEPlib assumes); throws naming the file.
   */
  public static ElementFormat format(History history) {
    Integer esize = history.has("esize") ? history.requireInt("esize") : null;
    try {
      return ElementFormat.fromHeader(history.get("data_format").orElse(null), esize);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("history " + history.sourceName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The parameters describing {@code cube} and {@code format} in a new history: {@code nK},
   * {@code oK}, {@code dK} for every axis, {@code labelK}/{@code unitK} when not empty, then
   * {@code esize} and {@code data_format}.
   */
  public static Map<String, String> parameters(Hypercube cube, ElementFormat format) {
    Map<String, String> p = new LinkedHashMap<>();
    for (int k = 1; k <= cube.rank(); k++) {
      Axis a = cube.axis(k);
      p.put("n" + k, Integer.toString(a.n()));
      p.put("o" + k, HistoryValues.number(a.o()));
      p.put("d" + k, HistoryValues.number(a.d()));
      if (!a.label().isEmpty()) {
        p.put("label" + k, a.label());
      }
      if (!a.unit().isEmpty()) {
        p.put("unit" + k, a.unit());
      }
    }
    putFormat(p, format);
    return p;
  }

  /**
   * The parameters to append to {@code previous} so that it describes {@code cube} and
   * {@code format}: only the axis values that differ from what {@code previous} says (numbers
   * compared as numbers, defaults applied), including resets of axes that {@code previous} has
   * beyond the rank of {@code cube}; {@code esize} and {@code data_format} always.
   */
  public static Map<String, String> changes(History previous, Hypercube cube, ElementFormat format) {
    Map<String, String> p = new LinkedHashMap<>();
    int rank = Math.max(cube.rank(), rank(previous));
    for (int k = 1; k <= rank; k++) {
      Axis a = cube.axis(k);
      if (!sameInt(previous, "n" + k, 1, a.n())) {
        p.put("n" + k, Integer.toString(a.n()));
      }
      if (!sameDouble(previous, "o" + k, 0, a.o())) {
        p.put("o" + k, HistoryValues.number(a.o()));
      }
      if (!sameDouble(previous, "d" + k, 1, a.d())) {
        p.put("d" + k, HistoryValues.number(a.d()));
      }
      if (!previous.getString("label" + k, "").equals(a.label())) {
        p.put("label" + k, a.label());
      }
      if (!previous.getString("unit" + k, "").equals(a.unit())) {
        p.put("unit" + k, a.unit());
      }
    }
    putFormat(p, format);
    return p;
  }

  private static void putFormat(Map<String, String> p, ElementFormat format) {
    p.put("esize", Integer.toString(format.esize()));
    p.put("data_format", format.name());
  }

  private static boolean sameInt(History h, String key, int dflt, int value) {
    try {
      return h.getInt(key, dflt) == value;
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  private static boolean sameDouble(History h, String key, double dflt, double value) {
    try {
      return Double.compare(h.getDouble(key, dflt), value) == 0;
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }
}
