package org.sepyarn.examples.fdmod;

import java.util.List;

/**
 * The shot positions of a modelling run, which become axis 3 of its output: evenly spaced, so
 * that {@code o3} is the first position and {@code d3} the spacing. One shot has
 * {@code o3 = sx} and the spacing given (SEPlib's default 1 when none is). Immutable.
 */
public final class ShotLayout {
  private final double[] positions;
  private final double spacing;

  private ShotLayout(double[] positions, double spacing) {
    this.positions = positions;
    this.spacing = spacing;
  }

  /**
   * The layout of {@code sx} (in order); {@code givenSpacing} (may be null) is checked against the
   * list's spacing, or recorded as {@code d3} for a single shot. Throws naming the problem.
   */
  public static ShotLayout of(List<Double> sx, Double givenSpacing) {
    if (sx.isEmpty()) {
      throw new IllegalArgumentException("no shot positions: give sx= (metres), for example sx=500 or sx=100,200,300");
    }
    double[] positions = sx.stream().mapToDouble(Double::doubleValue).toArray();
    if (positions.length == 1) {
      return new ShotLayout(positions, givenSpacing == null ? 1 : givenSpacing);
    }
    double d = positions[1] - positions[0];
    if (d == 0) {
      throw new IllegalArgumentException("sx lists position " + positions[0] + " twice in a row: shots must be "
          + "evenly spaced and distinct");
    }
    double tolerance = 1e-6 * Math.abs(d);
    for (int i = 2; i < positions.length; i++) {
      double expected = positions[0] + i * d;
      if (Math.abs(positions[i] - expected) > tolerance) {
        throw new IllegalArgumentException("sx is not evenly spaced: shot " + (i + 1) + " is at " + positions[i]
            + " but the spacing " + d + " of the first two puts it at " + expected + "; shots become axis 3 of "
            + "the output (o3, d3), so they must be evenly spaced: run uneven shots separately");
      }
    }
    if (givenSpacing != null && Math.abs(givenSpacing - d) > tolerance) {
      throw new IllegalArgumentException("dsx=" + givenSpacing + " disagrees with the spacing " + d + " of sx");
    }
    return new ShotLayout(positions, d);
  }

  public int count() {
    return positions.length;
  }

  /** Position {@code i} (0-based), metres. */
  public double position(int i) {
    return positions[i];
  }

  /** {@code o3}: the first position. */
  public double origin() {
    return positions[0];
  }

  /** {@code d3}: the spacing. */
  public double spacing() {
    return spacing;
  }
}
