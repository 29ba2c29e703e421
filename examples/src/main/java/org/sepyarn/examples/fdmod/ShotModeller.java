package org.sepyarn.examples.fdmod;

/**
 * A 2-D acoustic finite-difference modeller for one shot at a time: the constant-density wave
 * equation {@code p_tt = v^2 (p_zz + p_xx) + s}, second order in time (leapfrog) and fourth order
 * in space (Laplacian weights {@code -1/12, 4/3, -5/2, 4/3, -1/12}), on the model grid padded by
 * {@code boundary} cells on every side (velocities copied outwards) in which a Cerjan sponge
 * multiplies both time levels by {@code exp(-(0.3 i / boundary)^2)} each step, {@code i} cells
 * into the sponge. The source adds {@code v^2 dt^2 w(t) / (dx dz)} at one grid point (the source term
 * {@code v^2 delta(x - xs) w(t)}, whose response is {@code 1/(2 pi)} times the 2-D Green's integral);
 * receivers sit at every lateral grid point of one depth. Deterministic (single-threaded, same
 * order of operations every time). Holds the padded velocity, damping and two wavefields as
 * {@code float}s, plus one gather.
 */
public final class ShotModeller {
  private static final double SPONGE_STRENGTH = 0.3;

  private final VelocityGrid grid;
  private final int boundary;
  private final int nt;
  private final double[] wavelet;
  private final int receiverDepth;
  private final int nzp;
  private final int nxp;
  private final float[] vdt2;
  private final float[] damp;
  private final float cz1;
  private final float cz2;
  private final float cx1;
  private final float cx2;
  private final float c0;
  private final double sourceScale;

  /**
   * A modeller on {@code grid} with a sponge {@code boundary} cells wide (at least 2),
   * {@code nt} steps of {@code dt} seconds (stable: see {@link StabilityLimit}), source wavelet
   * {@code wavelet} (one value per step) and receivers at depth sample {@code receiverDepth}.
   */
  public ShotModeller(VelocityGrid grid, int boundary, int nt, double dt, double[] wavelet, int receiverDepth) {
    if (boundary < 2) {
      throw new IllegalArgumentException("sponge width " + boundary + " is too small: the fourth-order stencil "
          + "needs at least 2 cells");
    }
    if (nt < 1 || wavelet.length != nt) {
      throw new IllegalArgumentException("nt=" + nt + " steps need a wavelet of nt samples, got " + wavelet.length);
    }
    double limit = StabilityLimit.maxDt(grid.maxVelocity(), grid.dx(), grid.dz());
    if (!(dt > 0) || dt > limit) {
      throw new IllegalArgumentException("dt=" + dt + " is outside the stable range (0, " + limit + "]");
    }
    if (receiverDepth < 0 || receiverDepth >= grid.nz()) {
      throw new IllegalArgumentException("receiver depth sample " + receiverDepth + " is outside 0.."
          + (grid.nz() - 1));
    }
    this.grid = grid;
    this.boundary = boundary;
    this.nt = nt;
    this.wavelet = wavelet.clone();
    this.receiverDepth = receiverDepth;
    this.nzp = grid.nz() + 2 * boundary;
    this.nxp = grid.nx() + 2 * boundary;
    this.vdt2 = new float[nzp * nxp];
    this.damp = new float[nzp * nxp];
    for (int ix = 0; ix < nxp; ix++) {
      int mx = Math.min(Math.max(ix - boundary, 0), grid.nx() - 1);
      for (int iz = 0; iz < nzp; iz++) {
        int mz = Math.min(Math.max(iz - boundary, 0), grid.nz() - 1);
        double v = grid.at(mz, mx);
        vdt2[ix * nzp + iz] = (float) (v * v * dt * dt);
        damp[ix * nzp + iz] = (float) (sponge(ix, grid.nx()) * sponge(iz, grid.nz()));
      }
    }
    double idz2 = 1 / (grid.dz() * grid.dz());
    double idx2 = 1 / (grid.dx() * grid.dx());
    this.cz1 = (float) (4.0 / 3 * idz2);
    this.cz2 = (float) (-1.0 / 12 * idz2);
    this.cx1 = (float) (4.0 / 3 * idx2);
    this.cx2 = (float) (-1.0 / 12 * idx2);
    this.c0 = (float) (-5.0 / 2 * (idz2 + idx2));
    this.sourceScale = 1 / (grid.dx() * grid.dz());
  }

  private double sponge(int i, int n) {
    int inside = Math.max(boundary - i, i - (boundary + n - 1));
    if (inside <= 0) {
      return 1;
    }
    double a = SPONGE_STRENGTH * inside / boundary;
    return Math.exp(-a * a);
  }

  public int steps() {
    return nt;
  }

  /**
   * Models the shot at lateral sample {@code sourceX}, depth sample {@code sourceZ}; returns the
   * gather, {@code nt} samples (time {@code 0, dt, ..}) for each receiver in order of x.
   */
  public float[] shoot(int sourceX, int sourceZ) {
    if (sourceX < 0 || sourceX >= grid.nx() || sourceZ < 0 || sourceZ >= grid.nz()) {
      throw new IllegalArgumentException("source sample (z " + sourceZ + ", x " + sourceX + ") is outside the "
          + grid.nz() + " x " + grid.nx() + " model " + grid.name());
    }
    float[] previous = new float[nzp * nxp];
    float[] current = new float[nzp * nxp];
    float[] gather = new float[nt * grid.nx()];
    int source = (sourceX + boundary) * nzp + sourceZ + boundary;
    float sourceWeight = (float) (vdt2[source] * sourceScale);
    int receivers = boundary * nzp + receiverDepth + boundary;
    for (int it = 0; it < nt; it++) {
      for (int ir = 0; ir < grid.nx(); ir++) {
        gather[ir * nt + it] = current[receivers + ir * nzp];
      }
      step(previous, current);
      previous[source] += (float) (sourceWeight * wavelet[it]);
      float[] swap = previous;
      previous = current;
      current = swap;
      for (int i = 0; i < current.length; i++) {
        current[i] *= damp[i];
        previous[i] *= damp[i];
      }
    }
    return gather;
  }

  /** Overwrites {@code previous} with the next time level. */
  private void step(float[] previous, float[] p) {
    int s2 = 2 * nzp;
    for (int ix = 2; ix < nxp - 2; ix++) {
      int base = ix * nzp;
      for (int i = base + 2; i < base + nzp - 2; i++) {
        float lap = c0 * p[i]
            + cz1 * (p[i - 1] + p[i + 1]) + cz2 * (p[i - 2] + p[i + 2])
            + cx1 * (p[i - nzp] + p[i + nzp]) + cx2 * (p[i - s2] + p[i + s2]);
        previous[i] = 2 * p[i] - previous[i] + vdt2[i] * lap;
      }
    }
  }
}
