package org.sepyarn.client.inversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sepyarn.formats.solver.FloatVector;
import org.sepyarn.formats.solver.StackedVector;
import org.sepyarn.formats.solver.Vector;

/** Vectors of normally distributed samples in the shape of a given vector. */
public final class RandomVectors {
  private final Random random;

  public RandomVectors(long seed) {
    this.random = new Random(seed);
  }

  /** A new random vector of {@code like}'s space (each part of a stacked one). */
  public Vector like(Vector like) {
    if (like instanceof StackedVector s) {
      List<Vector> parts = new ArrayList<>();
      for (Vector p : s.parts()) {
        parts.add(like(p));
      }
      return new StackedVector(parts);
    }
    GridVector g = (GridVector) like;
    float[] v = new float[(int) g.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return new GridVector(g.cube(), g.values().isComplex() ? FloatVector.complex(v) : FloatVector.of(v));
  }
}
