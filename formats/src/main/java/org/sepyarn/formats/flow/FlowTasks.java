package org.sepyarn.formats.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.ProgramSpec;
import org.sepyarn.formats.job.Resources;
import org.sepyarn.formats.job.StepSpec;

/**
 * A flow's tasks and files numbered job-wide, as the ApplicationMaster, the journal and the work
 * folder know them: step 0's tasks first, then step 1's, and so on; likewise each step's files.
 * A job of one program is a flow of one step, whose numbers are its own.
 */
public final class FlowTasks {
  private final JobSpec job;
  private final List<StepSpec> steps;
  private final int[] firstTask;
  private final int[] firstFile;
  private final List<FileSpec> files;

  private FlowTasks(JobSpec job) {
    this.job = job;
    this.steps = job.flowSteps();
    this.firstTask = new int[steps.size() + 1];
    this.firstFile = new int[steps.size() + 1];
    List<FileSpec> all = new ArrayList<>();
    for (int s = 0; s < steps.size(); s++) {
      firstTask[s + 1] = firstTask[s] + steps.get(s).taskCount();
      firstFile[s + 1] = firstFile[s] + steps.get(s).files().size();
      all.addAll(steps.get(s).files());
    }
    this.files = List.copyOf(all);
  }

  public static FlowTasks of(JobSpec job) {
    return new FlowTasks(Objects.requireNonNull(job, "job"));
  }

  public JobSpec job() {
    return job;
  }

  public List<StepSpec> steps() {
    return steps;
  }

  /** Every task of every step. */
  public int taskCount() {
    return firstTask[steps.size()];
  }

  /** Every step's files, in step order, intermediates included: indexed by job-wide file number. */
  public List<FileSpec> files() {
    return files;
  }

  /** The job-wide number of step {@code step}'s first task. */
  public int firstTask(int step) {
    return firstTask[checkStep(step)];
  }

  /** The job-wide number of step {@code step}'s first file. */
  public int firstFile(int step) {
    return firstFile[checkStep(step)];
  }

  /** The step that runs job-wide task {@code task}. */
  public int stepOfTask(int task) {
    if (task < 0 || task >= taskCount()) {
      throw new IndexOutOfBoundsException("task " + task + " is not among the job's tasks 0 to " + (taskCount() - 1));
    }
    return locate(firstTask, task);
  }

  /** The step that holds job-wide file {@code file}. */
  public int stepOfFile(int file) {
    if (file < 0 || file >= files.size()) {
      throw new IndexOutOfBoundsException("file " + file + " is not among the job's files 0 to " + (files.size() - 1));
    }
    return locate(firstFile, file);
  }

  /** The step that holds job-wide file {@code file}. */
  public StepSpec stepHoldingFile(int file) {
    return steps.get(stepOfFile(file));
  }

  /** Task {@code task}'s arguments of its own (its step's per-task list), empty when its step gives a count. */
  public List<String> taskArgs(int task) {
    int step = stepOfTask(task);
    return steps.get(step).job().taskArgs(task - firstTask[step]);
  }

  /**
   * What one container of the job is sized for: the largest memory, vcores and other resource of
   * any step (a container may run any step's task).
   */
  public Resources containerResources() {
    Resources largest = steps.get(0).job().resources();
    for (StepSpec step : steps) {
      Resources r = step.job().resources();
      java.util.Map<String, Long> types = new java.util.TreeMap<>(largest.types());
      r.types().forEach((k, v) -> types.merge(k, v, Math::max));
      largest = new Resources(r.memory().compareTo(largest.memory()) > 0 ? r.memory() : largest.memory(),
          Math.max(r.vcores(), largest.vcores()), types);
    }
    return largest;
  }

  /**
   * The program every container is launched for: the first step's, shipping every step's files
   * and archives (each once) and hiding every step's secret arguments.
   *
   * @throws IllegalArgumentException when two steps ship different files under one name
   */
  public ProgramSpec containerProgram() {
    ProgramSpec first = steps.get(0).program();
    if (steps.size() == 1) {
      return first;
    }
    java.util.LinkedHashSet<java.net.URI> localize = new java.util.LinkedHashSet<>();
    java.util.LinkedHashSet<java.net.URI> archives = new java.util.LinkedHashSet<>();
    java.util.LinkedHashSet<String> secrets = new java.util.LinkedHashSet<>();
    for (StepSpec step : steps) {
      localize.addAll(step.program().localize());
      archives.addAll(step.program().archives());
      secrets.addAll(step.program().secretArgs());
    }
    return new ProgramSpec(first.command(), first.args(), first.env(), List.copyOf(localize), List.copyOf(secrets),
        List.copyOf(archives), first.secretEnv(), first.container());
  }

  private static int locate(int[] firsts, int value) {
    int at = Arrays.binarySearch(firsts, value);
    if (at < 0) {
      return -at - 2;
    }
    while (at + 1 < firsts.length - 1 && firsts[at + 1] == value) {
      at++;
    }
    return at;
  }

  private int checkStep(int step) {
    if (step < 0 || step >= steps.size()) {
      throw new IndexOutOfBoundsException("step " + step + " is not among the job's steps 0 to " + (steps.size() - 1));
    }
    return step;
  }
}
