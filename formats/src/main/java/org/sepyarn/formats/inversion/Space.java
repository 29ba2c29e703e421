package org.sepyarn.formats.inversion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * A vector space of the inversion: a regular grid of real or complex samples ({@link Grid}), or
 * the spaces of a {@link Stack}'s parts one after another ({@link Stacked}).
 */
public sealed interface Space permits Space.Grid, Space.Stacked {
  /** What samples a grid holds; {@code ANY} for a diagonal's real weights, which scale either. */
  enum Samples { REAL, COMPLEX, ANY }

  /**
   * How this space differs from {@code other}, or empty when they are the same: the axes' lengths
   * (trailing axes of length 1 do not count), their origins and samplings (to a millionth of the
   * sampling) and the kind of samples.
   */
  Optional<String> difference(Space other);

  /**
   * @param cube the axes
   * @param samples real, complex or either
   */
  record Grid(Hypercube cube, Samples samples) implements Space {
    public Grid {
      Objects.requireNonNull(cube, "cube");
      Objects.requireNonNull(samples, "samples");
    }

    @Override
    public Optional<String> difference(Space other) {
      if (!(other instanceof Grid g)) {
        return Optional.of("one is a stack of spaces, the other a single grid");
      }
      int rank = Math.max(rank(cube), rank(g.cube));
      for (int k = 1; k <= rank; k++) {
        if (axis(cube, k).n() != axis(g.cube, k).n()) {
          return Optional.of("n" + k + "=" + axis(cube, k).n() + " against n" + k + "=" + axis(g.cube, k).n());
        }
      }
      for (int k = 1; k <= rank; k++) {
        Axis a = axis(cube, k);
        Axis b = axis(g.cube, k);
        double tolerance = 1e-6 * Math.max(Math.abs(a.d()), Math.abs(b.d()));
        if (a.n() > 1 && Math.abs(a.d() - b.d()) > tolerance) {
          return Optional.of("d" + k + "=" + a.d() + " against d" + k + "=" + b.d());
        }
        if (Math.abs(a.o() - b.o()) > Math.max(tolerance, 1e-12)) {
          return Optional.of("o" + k + "=" + a.o() + " against o" + k + "=" + b.o());
        }
      }
      if (samples != Samples.ANY && g.samples != Samples.ANY && samples != g.samples) {
        return Optional.of(name(samples) + " samples against " + name(g.samples) + " samples");
      }
      return Optional.empty();
    }

    private static int rank(Hypercube c) {
      int r = c.rank();
      while (r > 1 && c.n(r) == 1) {
        r--;
      }
      return r;
    }

    private static Axis axis(Hypercube c, int k) {
      return k <= c.rank() ? c.axis(k) : Axis.ofLength(1);
    }

    private static String name(Samples s) {
      return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
      return cube + (samples == Samples.ANY ? "" : ", " + name(samples));
    }
  }

  /** @param parts the spaces of a stack's parts, in order */
  record Stacked(List<Space> parts) implements Space {
    public Stacked {
      parts = List.copyOf(parts);
    }

    @Override
    public Optional<String> difference(Space other) {
      if (!(other instanceof Stacked s)) {
        return Optional.of("one is a stack of spaces, the other a single grid");
      }
      if (s.parts.size() != parts.size()) {
        return Optional.of("a stack of " + parts.size() + " spaces against one of " + s.parts.size());
      }
      for (int i = 0; i < parts.size(); i++) {
        Optional<String> d = parts.get(i).difference(s.parts.get(i));
        if (d.isPresent()) {
          return Optional.of("part " + i + ": " + d.get());
        }
      }
      return Optional.empty();
    }

    @Override
    public String toString() {
      return parts.stream().map(Object::toString).collect(Collectors.joining("; ", "[", "]"));
    }
  }
}
