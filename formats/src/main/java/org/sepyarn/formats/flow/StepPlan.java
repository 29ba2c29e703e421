package org.sepyarn.formats.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One step of a flow's plan: its tasks, and what each reads from earlier steps.
 *
 * @param index the step's index in the flow
 * @param name the step's name
 * @param taskCount how many tasks it runs
 * @param reads the intermediates it reads, in the order of its files
 */
public record StepPlan(int index, String name, int taskCount, List<IntermediateRead> reads) {
  public StepPlan {
    Objects.requireNonNull(name, "name");
    reads = List.copyOf(reads);
  }

  /** Whether its tasks read no intermediate, and so may start when the job does. */
  public boolean startsAtOnce() {
    return reads.isEmpty();
  }

  /**
   * Whether every intermediate it reads comes piece by piece, so that task {@code i} starts as
   * soon as piece {@code i} of each is committed, while the writing steps still run.
   */
  public boolean pipelined() {
    return !reads.isEmpty() && reads.stream().noneMatch(r -> r.routing().needsEveryPiece());
  }

  /** The steps it must wait for whole, before any of its tasks starts: writers of what it redistributes or sums. */
  public List<Integer> waitsForWhole() {
    TreeSet<Integer> steps = new TreeSet<>();
    for (IntermediateRead r : reads) {
      if (r.routing().needsEveryPiece()) {
        steps.add(r.writerStep());
      }
    }
    return new ArrayList<>(steps);
  }

  /**
   * The pieces task {@code task} needs before it may start: for each writing step, by its index,
   * the numbers of its tasks whose pieces it reads.
   */
  public Map<Integer, List<Integer>> piecesNeeded(int task) {
    if (task < 0 || task >= taskCount) {
      throw new IndexOutOfBoundsException("step " + name + " has tasks 0 to " + (taskCount - 1) + ", not " + task);
    }
    Map<Integer, TreeSet<Integer>> needed = new TreeMap<>();
    for (IntermediateRead r : reads) {
      needed.computeIfAbsent(r.writerStep(), k -> new TreeSet<>()).addAll(r.piecesFor(task));
    }
    Map<Integer, List<Integer>> out = new TreeMap<>();
    needed.forEach((step, pieces) -> out.put(step, List.copyOf(pieces)));
    return out;
  }
}
