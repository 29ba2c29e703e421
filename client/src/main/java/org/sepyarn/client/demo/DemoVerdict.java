package org.sepyarn.client.demo;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Whether the parallel runs agree with the serial ones. The split job must give the same bits
 * (cutting and concatenating a pointwise program changes nothing). Patches may differ only where
 * they are blended: away from the seams by rounding at most ({@value #AWAY_TOLERANCE} of the
 * peak amplitude). On the seams the triangle taper mixes in each patch's edge effects (a smoother
 * sees a mirrored edge where the serial run sees more data), weighted by about
 * {@code rect/(2*overlap+1)}: for the demo's {@code rect=5} and overlap 10 that is about 1e-2 of
 * the peak (measured: 9.5e-3), so the seams are allowed {@value #SEAM_TOLERANCE}; a broken blend
 * (a wrong weight, a misplaced patch) differs by the order of the signal itself.
 */
final class DemoVerdict {
  static final double AWAY_TOLERANCE = 1e-6;
  static final double SEAM_TOLERANCE = 2e-2;

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
        + ": the blend mixes in each patch's edge effects)  -> " + (patchPasses(patch) ? "PASS" : "FAIL"));
  }

  private static String relative(double value) {
    return String.format(Locale.ROOT, "%.2e", value);
  }
}
