package org.sepyarn.client.inversion;

import java.util.Objects;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.solver.FloatVector;
import org.sepyarn.formats.solver.Vector;

/** A dataset's samples in memory with its axes, so that it can be written back as a dataset. */
public final class GridVector implements Vector {
  private final Hypercube cube;
  private final FloatVector values;

  public GridVector(Hypercube cube, FloatVector values) {
    this.cube = Objects.requireNonNull(cube, "cube");
    this.values = Objects.requireNonNull(values, "values");
    long expected = cube.elementCount() * (values.isComplex() ? 2 : 1);
    if (values.size() != expected) {
      throw new IllegalArgumentException(cube + " needs " + expected + " values, got " + values.size());
    }
  }

  public Hypercube cube() {
    return cube;
  }

  public FloatVector values() {
    return values;
  }

  private FloatVector of(Vector y) {
    if (!(y instanceof GridVector g)) {
      throw new IllegalArgumentException("a dataset's vector against " + y);
    }
    if (!sameLengths(g.cube, cube)) {
      throw new IllegalArgumentException("vectors of different spaces: " + cube + " and " + g.cube);
    }
    return g.values;
  }

  /** Whether two cubes have the same axis lengths: labels and units name a space, they do not make it another. */
  private static boolean sameLengths(Hypercube a, Hypercube b) {
    for (int k = 1; k <= Hypercube.MAX_AXES; k++) {
      if (a.n(k) != b.n(k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Vector scale(double a) {
    return new GridVector(cube, (FloatVector) values.scale(a));
  }

  @Override
  public Vector scaleAdd(double a, Vector y, double b) {
    return new GridVector(cube, (FloatVector) values.scaleAdd(a, of(y), b));
  }

  @Override
  public double dot(Vector y) {
    return values.dot(of(y));
  }

  @Override
  public Vector zero() {
    return new GridVector(cube, (FloatVector) values.zero());
  }

  @Override
  public long size() {
    return values.size();
  }

  @Override
  public String toString() {
    return cube + (values.isComplex() ? ", complex" : "");
  }
}
