package org.sepyarn.formats.inversion.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A vector of a solve's flow: one dataset or intermediate times a factor ({@link Part}), or the
 * parts of a stacked operator's data ({@link Parts}). Operators are linear, so a factor is carried
 * through operator steps and applied by the vector arithmetic that reads the vector.
 */
sealed interface FlowVector permits FlowVector.Part, FlowVector.Parts {
  FlowVector times(double factor);

  /** The parts in order: itself for a {@link Part}. */
  List<Part> parts();

  /**
   * @param ref a dataset's path or an intermediate ({@code @name}); null for the zero vector
   * @param factor what its samples are multiplied by
   * @param layout how the vector arithmetic on it is cut
   */
  record Part(String ref, double factor, Layout layout) implements FlowVector {
    public Part {
      Objects.requireNonNull(layout, "layout");
    }

    static Part zero(Layout layout) {
      return new Part(null, 1, layout);
    }

    static Part of(String ref, Layout layout) {
      return new Part(ref, 1, layout);
    }

    boolean isZero() {
      return ref == null || factor == 0;
    }

    @Override
    public Part times(double f) {
      return new Part(ref, factor * f, layout);
    }

    @Override
    public List<Part> parts() {
      return List.of(this);
    }
  }

  /** The data of a stack of operators: one part per operator, in order (nested stacks flattened). */
  record Parts(List<Part> parts) implements FlowVector {
    public Parts {
      parts = List.copyOf(parts);
    }

    static FlowVector of(List<? extends FlowVector> vectors) {
      List<Part> all = new ArrayList<>();
      vectors.forEach(v -> all.addAll(v.parts()));
      return all.size() == 1 ? all.get(0) : new Parts(all);
    }

    @Override
    public Parts times(double f) {
      return new Parts(parts.stream().map(p -> p.times(f)).toList());
    }
  }
}
