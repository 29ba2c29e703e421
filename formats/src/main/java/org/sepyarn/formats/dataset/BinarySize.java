package org.sepyarn.formats.dataset;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;

/** Checks that a binary holds exactly {@code n1*...*n9*esize} bytes and says exactly what is wrong when not. */
final class BinarySize {
  private BinarySize() {
  }

  /** Bytes {@code cube} needs in {@code format}; throws when that exceeds a long. */
  static long expected(Hypercube cube, ElementFormat format) {
    try {
      return Math.multiplyExact(cube.elementCount(), (long) format.esize());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(cube + " esize=" + format.esize() + " needs more than " + Long.MAX_VALUE
          + " bytes", e);
    }
  }

  static void check(Path header, Hypercube cube, ElementFormat format, List<BinaryPart> parts)
      throws InvalidDatasetException {
    long expected = expected(cube, format);
    long actual = 0;
    for (BinaryPart p : parts) {
      actual += p.length();
    }
    if (actual == expected) {
      return;
    }
    int esize = format.esize();
    long diff = Math.abs(actual - expected);
    String amount = diff % esize == 0 ? (diff / esize) + (diff / esize == 1 ? " element" : " elements")
        : diff + " bytes, which is not a whole number of " + esize + "-byte elements";
    String verdict = actual < expected ? "it is truncated by " + amount
        : "it has " + amount + " too many (the header's axes or data_format may be wrong)";
    throw new InvalidDatasetException(describe(header, parts) + " holds " + actual + " bytes but " + cube + " esize="
        + esize + " need " + expected + " bytes: " + verdict);
  }

  /** "binary /d/x.H@", or for several parts "binary of header /d/x.H (2 parts: /a@ 10 bytes, /b@ 6 bytes)". */
  static String describe(Path header, List<BinaryPart> parts) {
    if (parts.size() == 1) {
      BinaryPart p = parts.get(0);
      return "binary " + (p.offset() == 0 ? p.path().toString()
          : p.path() + " (data after the header's separator at byte " + p.offset() + ")");
    }
    StringBuilder sb = new StringBuilder("binary of header ").append(header).append(" (").append(parts.size())
        .append(" parts: ");
    for (int i = 0; i < parts.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(parts.get(i).describe()).append(' ').append(parts.get(i).length())
          .append(" bytes");
    }
    return sb.append(')').toString();
  }
}
