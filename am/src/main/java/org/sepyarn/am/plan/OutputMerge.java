package org.sepyarn.am.plan;

import java.util.List;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * How one output of the job is put back together from the tasks' pieces.
 *
 * @param fileIndex the output's position in the job's {@code files}
 * @param path the final dataset's path, as the job names it
 * @param localName the piece's name in every task's pieces folder
 * @param kind concatenate, sum or blend
 * @param axis for {@link Kind#CONCATENATE}, the axis, 1-based; 0 otherwise
 * @param cube for {@link Kind#BLEND}, the grid of the whole output; null otherwise
 * @param placements for {@link Kind#BLEND}, each task's patch in that grid, in task order
 * @param halo for {@link Kind#BLEND}, the samples of weight 0 next to a patch's inner edges along
 *     each axis, index 0 for axis 1 (empty for none)
 * @param firstTask the job-wide number of the first task that commits a piece of it (0, or in a
 *     flow its step's first task)
 * @param taskCount how many tasks commit a piece of it, numbered from {@code firstTask}; 0 for every
 *     task of a job of one program
 */
public record OutputMerge(int fileIndex, String path, String localName, Kind kind, int axis, Hypercube cube,
    List<Window> placements, List<Integer> halo, int firstTask, int taskCount) {
  /** The three ways SEP's Parallel collects outputs: SPLIT, COPY and PATCH files. */
  public enum Kind {
    CONCATENATE, SUM, BLEND
  }

  public OutputMerge {
    placements = placements == null ? List.of() : List.copyOf(placements);
    halo = halo == null ? List.of() : List.copyOf(halo);
    if (firstTask < 0 || taskCount < 0 || taskCount == 0 && firstTask != 0) {
      throw new IllegalArgumentException("output " + path + " is merged from " + taskCount + " tasks from task "
          + firstTask + ": give a range of the job's tasks, or 0 tasks from task 0 for all of them");
    }
    if (kind == Kind.CONCATENATE && axis < 1) {
      throw new IllegalArgumentException("a concatenation needs an axis, got " + axis);
    }
    if (kind == Kind.BLEND && (cube == null || placements.isEmpty())) {
      throw new IllegalArgumentException("a blend needs the output grid and the patches' placements");
    }
  }

  /** An output of a job of one program, merged from every task's piece. */
  public OutputMerge(int fileIndex, String path, String localName, Kind kind, int axis, Hypercube cube,
      List<Window> placements, List<Integer> halo) {
    this(fileIndex, path, localName, kind, axis, cube, placements, halo, 0, 0);
  }

  /** An output of a job of one program merged without halo. */
  public OutputMerge(int fileIndex, String path, String localName, Kind kind, int axis, Hypercube cube,
      List<Window> placements) {
    this(fileIndex, path, localName, kind, axis, cube, placements, List.of());
  }

  /** How many tasks commit a piece of it, in a job of {@code jobTasks} tasks. */
  public int pieceCount(int jobTasks) {
    return taskCount == 0 ? jobTasks : taskCount;
  }

  /** Whether job-wide task {@code task} commits a piece of it. */
  public boolean hasPieceOf(int task) {
    return taskCount == 0 ? task >= 0 : task >= firstTask && task < firstTask + taskCount;
  }

  /** The piece job-wide task {@code task} commits of it. */
  public int pieceOf(int task) {
    return task - firstTask;
  }

  /** The job-wide number of the task that commits piece {@code piece} of it. */
  public int taskOfPiece(int piece) {
    return firstTask + piece;
  }

  /** The halo along each axis, index 0 for axis 1; empty for none. */
  public int[] haloArray() {
    return halo.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A few words for history files and logs, e.g. {@code concatenate along axis 3}. */
  public String describe() {
    return switch (kind) {
      case CONCATENATE -> "concatenate along axis " + axis;
      case SUM -> "sum over tasks";
      case BLEND -> "triangle-taper blend of " + placements.size() + " patches"
          + (halo.stream().anyMatch(h -> h > 0) ? " with halo " + halo : "");
    };
  }
}
