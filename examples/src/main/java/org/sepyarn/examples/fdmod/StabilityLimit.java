package org.sepyarn.examples.fdmod;

/**
 * The largest stable time step of the scheme {@link ShotModeller} uses (second order in time,
 * fourth order in space): von Neumann analysis gives
 * {@code dt <= 2 / (vmax * sqrt((16/3) (1/dx^2 + 1/dz^2)))}, that is
 * {@code dt <= (sqrt(3)/2) / (vmax * sqrt(1/dx^2 + 1/dz^2))}, about {@code 0.612 h / vmax} on a
 * square grid of spacing {@code h}.
 */
public final class StabilityLimit {
  private StabilityLimit() {
  }

  /** The largest stable {@code dt} for velocities up to {@code vmax} on a {@code dx} by {@code dz} grid. */
  public static double maxDt(double vmax, double dx, double dz) {
    return Math.sqrt(3) / 2 / (vmax * Math.sqrt(1 / (dx * dx) + 1 / (dz * dz)));
  }
}
