package org.sepyarn.examples.fdmod;

/**
 * A 2-D velocity model on a regular grid: {@code nz} depth samples (axis 1, fastest) from
 * {@code oz} every {@code dz} metres, {@code nx} lateral samples from {@code ox} every {@code dx}
 * metres, velocities in m/s, all positive. Immutable (the array is copied in).
 */
public final class VelocityGrid {
  private final String name;
  private final int nz;
  private final double oz;
  private final double dz;
  private final int nx;
  private final double ox;
  private final double dx;
  private final float[] v;

  /** Throws {@link IllegalArgumentException} naming the model and the bad value. */
  public VelocityGrid(String name, int nz, double oz, double dz, int nx, double ox, double dx, float[] v) {
    this.name = name;
    if (nz < 1 || nx < 1) {
      throw new IllegalArgumentException("velocity model " + name + " has n1=" + nz + " n2=" + nx
          + ": both must be at least 1");
    }
    if (!(dz > 0) || !(dx > 0)) {
      throw new IllegalArgumentException("velocity model " + name + " has d1=" + dz + " d2=" + dx
          + ": grid spacings (metres) must be positive");
    }
    if (v.length != (long) nz * nx) {
      throw new IllegalArgumentException("velocity model " + name + " holds " + v.length + " samples, not n1*n2="
          + (long) nz * nx);
    }
    for (int i = 0; i < v.length; i++) {
      if (!(v[i] > 0) || !Float.isFinite(v[i])) {
        throw new IllegalArgumentException("velocity model " + name + " holds " + v[i] + " at depth sample "
            + (i % nz + 1) + ", lateral sample " + (i / nz + 1) + " (1-based): velocities must be positive m/s");
      }
    }
    this.nz = nz;
    this.oz = oz;
    this.dz = dz;
    this.nx = nx;
    this.ox = ox;
    this.dx = dx;
    this.v = v.clone();
  }

  public String name() {
    return name;
  }

  public int nz() {
    return nz;
  }

  public int nx() {
    return nx;
  }

  public double oz() {
    return oz;
  }

  public double dz() {
    return dz;
  }

  public double ox() {
    return ox;
  }

  public double dx() {
    return dx;
  }

  /** The velocity at depth sample {@code iz}, lateral sample {@code ix} (0-based). */
  public float at(int iz, int ix) {
    return v[ix * nz + iz];
  }

  public double maxVelocity() {
    float max = 0;
    for (float f : v) {
      max = Math.max(max, f);
    }
    return max;
  }

  public double minVelocity() {
    float min = Float.MAX_VALUE;
    for (float f : v) {
      min = Math.min(min, f);
    }
    return min;
  }

  /** The lateral sample at {@code x} metres; throws unless {@code x} is a grid point. */
  public int xIndex(double x, String key) {
    return index(x, ox, dx, nx, key, "x", 2);
  }

  /** The depth sample at {@code z} metres; throws unless {@code z} is a grid point. */
  public int zIndex(double z, String key) {
    return index(z, oz, dz, nz, key, "z", 1);
  }

  private int index(double c, double o, double d, int n, String key, String coordinate, int axis) {
    double f = (c - o) / d;
    long i = Math.round(f);
    double last = o + (n - 1) * d;
    if (i < 0 || i >= n) {
      throw new IllegalArgumentException(key + "=" + c + " is outside the " + coordinate + " range " + o + " to "
          + last + " of velocity model " + name + " (o" + axis + "=" + o + ", d" + axis + "=" + d + ", n" + axis
          + "=" + n + ")");
    }
    if (Math.abs(f - i) > 1e-6) {
      long below = (long) Math.floor(f);
      throw new IllegalArgumentException(key + "=" + c + " is not on the " + coordinate + " grid of velocity model "
          + name + " (o" + axis + "=" + o + ", d" + axis + "=" + d + "): the nearest grid points are "
          + (o + below * d) + " and " + (o + (below + 1) * d));
    }
    return (int) i;
  }
}
