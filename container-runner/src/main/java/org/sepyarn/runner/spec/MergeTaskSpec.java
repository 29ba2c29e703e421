package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One merge task: the slabs of one output it writes from the job's committed pieces.
 *
 * @param number the merge task's number, from 0; its task index in the journal and the reports is
 *     the job's task count plus this number
 * @param fileIndex the output's position in the job's {@code files}
 * @param kind how the pieces make the output
 * @param axis for {@link MergeKind#CONCATENATE}, the axis (1-based) the pieces follow each other along; 0 otherwise
 * @param outputLengths for {@link MergeKind#BLEND}, the output's length on each axis; null otherwise
 * @param placements for {@link MergeKind#BLEND}, each task's patch in the output, in task order, in
 *     {@code Window.toString()} form; null otherwise
 * @param halo for {@link MergeKind#BLEND}, the samples of weight 0 next to a patch's inner edges
 *     along each axis (index 0 for axis 1); null when there are none
 * @param localName the piece's name in every task's pieces folder
 * @param pieces how many tasks committed a piece (every task of the job)
 * @param header the final output's header (a URI), for messages
 * @param slabs the slabs this task writes, in order
 * @param firstPiece the job-wide number of the task that committed the first piece: 0, or in a
 *     flow the first task of the step that writes the output (absent in JSON: 0)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MergeTaskSpec(int number, int fileIndex, MergeKind kind, int axis, int[] outputLengths,
    List<String> placements, int[] halo, String localName, int pieces, String header, List<MergeSlab> slabs,
    int firstPiece) {
  /** The three ways SEP's Parallel collects outputs: SPLIT, COPY and PATCH files. */
  public enum MergeKind {
    CONCATENATE, SUM, BLEND
  }

  public MergeTaskSpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(localName, "localName");
    Objects.requireNonNull(header, "header");
    slabs = List.copyOf(slabs);
    placements = placements == null ? null : List.copyOf(placements);
    halo = halo == null || java.util.Arrays.stream(halo).allMatch(h -> h == 0) ? null : halo.clone();
    if (firstPiece < 0) {
      throw new IllegalArgumentException("merge task " + number + ": first piece " + firstPiece + " is negative");
    }
    if (slabs.isEmpty()) {
      throw new IllegalArgumentException("merge task " + number + " of " + header + " has no slab to write");
    }
    if (kind == MergeKind.CONCATENATE && axis < 1) {
      throw new IllegalArgumentException("merge task " + number + ": a concatenation needs an axis, got " + axis);
    }
    if (kind == MergeKind.BLEND && (outputLengths == null || placements == null || placements.size() != pieces)) {
      throw new IllegalArgumentException("merge task " + number + ": a blend needs the output's lengths and one"
          + " placement per piece");
    }
  }

  /** A merge task of the pieces of tasks 0 to {@code pieces - 1}. */
  public MergeTaskSpec(int number, int fileIndex, MergeKind kind, int axis, int[] outputLengths,
      List<String> placements, int[] halo, String localName, int pieces, String header, List<MergeSlab> slabs) {
    this(number, fileIndex, kind, axis, outputLengths, placements, halo, localName, pieces, header, slabs, 0);
  }

  /** A merge task without halo. */
  public MergeTaskSpec(int number, int fileIndex, MergeKind kind, int axis, int[] outputLengths,
      List<String> placements, String localName, int pieces, String header, List<MergeSlab> slabs) {
    this(number, fileIndex, kind, axis, outputLengths, placements, null, localName, pieces, header, slabs);
  }

  /** The halo along each axis, index 0 for axis 1; empty when there is none. */
  public int[] haloOrNone() {
    return halo == null ? new int[0] : halo.clone();
  }

  /** Bytes the task writes. */
  public long bytes() {
    return slabs.stream().mapToLong(MergeSlab::bytes).sum();
  }

  /** A few words for logs and the tracking page, e.g. {@code files[2] slab 1 (axis 3, 10 to 20)}. */
  public String describe() {
    MergeSlab first = slabs.get(0);
    MergeSlab last = slabs.get(slabs.size() - 1);
    return "files[" + fileIndex + "] " + (slabs.size() == 1 ? "slab " + first.number() : "slabs " + first.number()
        + "-" + last.number()) + " (axis " + first.axis() + ", samples " + first.from() + " to " + (last.to() - 1) + ")";
  }
}
