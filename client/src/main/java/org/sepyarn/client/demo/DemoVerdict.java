package org.sepyarn.client.demo;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Whether the parallel runs agree with the serial ones. The split job must give the same bits
 * (cutting and concatenating a pointwise program changes nothing). Patches may differ only where
 * they are blended: away from the seams by rounding at most ({@value #AWAY_TOLERANCE} of the
 * peak amplitude), on the seams by at most {@value #SEAM_TOLERANCE}.
 */
final class DemoVerdict {
  static final double AWAY_TOLERANCE = 1e-6;
  static final double SEAM_TOLERANCE = 1e-3;

  private DemoVerdict() {
  }

  static boolean splitPasses(Differences split) {
    return split.identical();
  }

  static boolean patchPasses(Differences patch) {
    return patch.awayFromSeams() <= AWAY_TOLERANCE && patch.atSeams() <= SEAM_TOLERANCE;
  }

  static void printSplit(Differences split, PrintStream out) {
    out.println("  split job vs serial scale: " + (split.identical() ? "identical, bit for bit"
        : "DIFFERENT: largest difference " + relative(Math.max(split.awayFromSeams(), split.atSeams()))
        + " of the peak amplitude") + "  -> " + (splitPasses(split) ? "PASS" : "FAIL"));
  }

  static void printPatch(Differences patch, PrintStream out) {
    out.println("  patch job vs serial smooth: largest difference, relative to the peak amplitude:");
    out.println("    away from the seams " + relative(patch.awayFromSeams()) + " (allowed "
        + relative(AWAY_TOLERANCE) + ")");
    out.println("    on the seams        " + relative(patch.atSeams()) + " (allowed " + relative(SEAM_TOLERANCE)
        + ")  -> " + (patchPasses(patch) ? "PASS" : "FAIL"));
  }

  private static String relative(double value) {
    return String.format(Locale.ROOT, "%.2e", value);
  }
}
