package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * The merge tasks of a job, written by the ApplicationMaster to {@link WorkLayout#mergePlan()}
 * once every task succeeded and before the first merge task starts, so that a later attempt runs
 * the very same merge tasks.
 *
 * @param taskCount the job's task count: merge task {@code k} is task {@code taskCount + k} in the
 *     journal and the reports
 * @param tasks the merge tasks, in number order
 */
public record MergePlan(int taskCount, List<MergeTaskSpec> tasks) {
  public MergePlan {
    tasks = List.copyOf(tasks);
    for (int k = 0; k < tasks.size(); k++) {
      if (tasks.get(k).number() != k) {
        throw new IllegalArgumentException("merge task at position " + k + " has number " + tasks.get(k).number());
      }
    }
  }

  @JsonIgnore
  public boolean isEmpty() {
    return tasks.isEmpty();
  }

  /** Merge task {@code number}. */
  public MergeTaskSpec task(int number) {
    if (number < 0 || number >= tasks.size()) {
      throw new IllegalArgumentException("merge task " + number + " does not exist: the job has merge tasks 0 to "
          + (tasks.size() - 1));
    }
    return tasks.get(number);
  }

  /** The slabs of output {@code fileIndex} in order, over every merge task; empty when no task merges it. */
  public Optional<List<MergeSlab>> slabsOf(int fileIndex) {
    List<MergeSlab> slabs = tasks.stream().filter(t -> t.fileIndex() == fileIndex)
        .flatMap(t -> t.slabs().stream()).sorted(java.util.Comparator.comparingInt(MergeSlab::number)).toList();
    return slabs.isEmpty() ? Optional.empty() : Optional.of(slabs);
  }
}
