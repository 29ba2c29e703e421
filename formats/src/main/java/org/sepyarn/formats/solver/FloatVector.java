package org.sepyarn.formats.solver;

import java.util.Arrays;

/**
 * A vector of float samples in memory, real or complex (real and imaginary parts interleaved, as
 * in a dataset's binary): every result is formed in double precision and rounded once to float,
 * as an out-of-core float dataset would hold it.
 */
public final class FloatVector implements Vector {
  private final float[] values;
  private final boolean complex;

  private FloatVector(float[] values, boolean complex) {
    this.values = values;
    this.complex = complex;
  }

  /** A real vector holding a copy of {@code values}. */
  public static FloatVector of(float... values) {
    return new FloatVector(values.clone(), false);
  }

  /** A real vector of {@code values}, each rounded to float. */
  public static FloatVector ofDoubles(double... values) {
    float[] f = new float[values.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) values[i];
    }
    return new FloatVector(f, false);
  }

  /** {@code n} real samples drawn from a normal distribution seeded with {@code seed}. */
  public static FloatVector gaussian(int n, long seed) {
    java.util.Random random = new java.util.Random(seed);
    float[] f = new float[n];
    for (int i = 0; i < n; i++) {
      f[i] = (float) random.nextGaussian();
    }
    return new FloatVector(f, false);
  }

  /** A complex vector of interleaved real and imaginary parts (an even number of them). */
  public static FloatVector complex(float... interleaved) {
    if (interleaved.length % 2 != 0) {
      throw new IllegalArgumentException("complex samples need pairs of values, got " + interleaved.length);
    }
    return new FloatVector(interleaved.clone(), true);
  }

  public boolean isComplex() {
    return complex;
  }

  /** A copy of the values (interleaved parts for complex samples). */
  public float[] values() {
    return values.clone();
  }

  public float get(int i) {
    return values[i];
  }

  private FloatVector like(Vector y) {
    if (!(y instanceof FloatVector f) || f.values.length != values.length || f.complex != complex) {
      throw new IllegalArgumentException("vectors of different spaces: " + describe() + " and "
          + (y instanceof FloatVector f2 ? f2.describe() : y.getClass().getSimpleName()));
    }
    return f;
  }

  private String describe() {
    return (complex ? values.length / 2 + " complex" : values.length + " real") + " samples";
  }

  @Override
  public Vector scale(double a) {
    float[] out = new float[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (a * values[i]);
    }
    return new FloatVector(out, complex);
  }

  @Override
  public Vector scaleAdd(double a, Vector y, double b) {
    float[] other = like(y).values;
    float[] out = new float[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (a * values[i] + b * other[i]);
    }
    return new FloatVector(out, complex);
  }

  @Override
  public double dot(Vector y) {
    float[] other = like(y).values;
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += (double) values[i] * other[i];
    }
    return sum;
  }

  @Override
  public Vector zero() {
    return new FloatVector(new float[values.length], complex);
  }

  @Override
  public long size() {
    return values.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FloatVector f && f.complex == complex && Arrays.equals(f.values, values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values) * 31 + Boolean.hashCode(complex);
  }

  @Override
  public String toString() {
    return describe();
  }
}
