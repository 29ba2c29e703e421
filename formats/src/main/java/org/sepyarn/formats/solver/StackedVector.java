package org.sepyarn.formats.solver;

import java.util.ArrayList;
import java.util.List;

/** The vectors of a stack's data spaces one after another: the data of {@code [L; A]}. */
public final class StackedVector implements Vector {
  private final List<Vector> parts;

  public StackedVector(List<Vector> parts) {
    if (parts.size() < 2) {
      throw new IllegalArgumentException("a stacked vector has at least 2 parts, got " + parts.size());
    }
    this.parts = List.copyOf(parts);
  }

  public static StackedVector of(Vector... parts) {
    return new StackedVector(List.of(parts));
  }

  public List<Vector> parts() {
    return parts;
  }

  public Vector part(int i) {
    return parts.get(i);
  }

  private List<Vector> partsOf(Vector y) {
    if (!(y instanceof StackedVector s) || s.parts.size() != parts.size()) {
      throw new IllegalArgumentException("a stack of " + parts.size() + " vectors against " + y);
    }
    return s.parts;
  }

  @Override
  public Vector scale(double a) {
    List<Vector> out = new ArrayList<>();
    for (Vector p : parts) {
      out.add(p.scale(a));
    }
    return new StackedVector(out);
  }

  @Override
  public Vector scaleAdd(double a, Vector y, double b) {
    List<Vector> other = partsOf(y);
    List<Vector> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      out.add(parts.get(i).scaleAdd(a, other.get(i), b));
    }
    return new StackedVector(out);
  }

  /** The parts' products summed in part order. */
  @Override
  public double dot(Vector y) {
    List<Vector> other = partsOf(y);
    double sum = 0;
    for (int i = 0; i < parts.size(); i++) {
      sum += parts.get(i).dot(other.get(i));
    }
    return sum;
  }

  @Override
  public Vector zero() {
    List<Vector> out = new ArrayList<>();
    for (Vector p : parts) {
      out.add(p.zero());
    }
    return new StackedVector(out);
  }

  @Override
  public long size() {
    long n = 0;
    for (Vector p : parts) {
      n += p.size();
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StackedVector s && s.parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  @Override
  public String toString() {
    return "stack " + parts;
  }
}
