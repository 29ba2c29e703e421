package org.sepyarn.am.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.sepyarn.formats.flow.FlowTasks;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.StepSpec;

/**
 * A flow's steps as the status and the tracking page show them: each step's name, its job-wide
 * tasks and the earlier steps whose intermediates it reads. A job of one program has none
 * ({@link #NONE}): its tasks show as they always did, without a step.
 */
public final class FlowSteps {
  /** The steps of a job of one program: none shown. */
  public static final FlowSteps NONE = new FlowSteps(List.of());

  /**
   * One step.
   *
   * @param name the step's name
   * @param firstTask its first task's job-wide number
   * @param taskCount how many tasks it has
   * @param readsFrom the earlier steps (by position) whose intermediates it reads
   */
  public record Step(String name, int firstTask, int taskCount, List<Integer> readsFrom) {
    public Step {
      readsFrom = List.copyOf(readsFrom);
    }
  }

  private final List<Step> steps;

  /** Steps given in order, each starting where the one before ends. */
  public FlowSteps(List<Step> steps) {
    this.steps = List.copyOf(steps);
    int next = 0;
    for (Step s : this.steps) {
      if (s.firstTask() != next) {
        throw new IllegalArgumentException("step " + s.name() + " starts at task " + s.firstTask() + ", not at "
            + next + " where the step before ends");
      }
      next += s.taskCount();
    }
  }

  /** The steps of {@code job}: {@link #NONE} unless it is a flow. */
  public static FlowSteps of(JobSpec job) {
    if (!job.isFlow()) {
      return NONE;
    }
    FlowTasks numbering = FlowTasks.of(job);
    List<Step> steps = new ArrayList<>();
    Map<String, Integer> writer = new LinkedHashMap<>();
    for (int s = 0; s < numbering.steps().size(); s++) {
      StepSpec step = numbering.steps().get(s);
      Set<Integer> reads = new LinkedHashSet<>();
      for (FileSpec f : step.files()) {
        if (f.isIntermediate() && f.isInput() && writer.containsKey(f.intermediateName())) {
          reads.add(writer.get(f.intermediateName()));
        }
      }
      for (FileSpec f : step.files()) {
        if (f.isIntermediate() && f.isOutput()) {
          writer.put(f.intermediateName(), s);
        }
      }
      steps.add(new Step(step.name(), numbering.firstTask(s), step.taskCount(), List.copyOf(reads)));
    }
    return new FlowSteps(steps);
  }

  /** Whether the job is a flow, whose tasks show their step. */
  public boolean isFlow() {
    return !steps.isEmpty();
  }

  public List<Step> steps() {
    return steps;
  }

  /** The step running job-wide task {@code task}, or null for a job of one program or a task past the last. */
  public Step stepOf(int task) {
    for (Step s : steps) {
      if (task >= s.firstTask() && task < s.firstTask() + s.taskCount()) {
        return s;
      }
    }
    return null;
  }

  /** Whether {@code name} is one of the steps. */
  public boolean has(String name) {
    return steps.stream().anyMatch(s -> s.name().equals(name));
  }

  /** Where step {@code name} stands, its position, or -1. */
  public int position(String name) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Each step's tasks counted by state; {@code stateOfTask} gives a job-wide task's state (a
   * {@code TaskState} name). A step with waiting tasks says which of the steps it reads from have
   * not all succeeded: its tasks wait for their pieces.
   */
  public List<StepSummary> summaries(IntFunction<String> stateOfTask) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    for (Step s : steps) {
      Map<String, Integer> byState = new LinkedHashMap<>();
      for (int t = s.firstTask(); t < s.firstTask() + s.taskCount(); t++) {
        byState.merge(stateOfTask.apply(t), 1, Integer::sum);
      }
      counts.add(byState);
    }
    List<StepSummary> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      List<String> waitingFor = new ArrayList<>();
      if (counts.get(i).getOrDefault("WAITING", 0) > 0) {
        for (int from : s.readsFrom()) {
          if (counts.get(from).getOrDefault("SUCCEEDED", 0) < steps.get(from).taskCount()) {
            waitingFor.add(steps.get(from).name());
          }
        }
      }
      out.add(new StepSummary(s.name(), s.firstTask(), s.taskCount(), counts.get(i), waitingFor));
    }
    return out;
  }
}
