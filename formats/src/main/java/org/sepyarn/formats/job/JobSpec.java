package org.sepyarn.formats.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * A whole job description, {@code job.json}: the program, the files it reads and writes and how
 * they are shared among the tasks, and how YARN should run the tasks. Immutable and valid by
 * construction; {@link #parse} reads the JSON form (see {@code docs/job-format.md}) and
 * {@link #toJson()} writes the canonical one, which parses back to an equal spec.
 *
 * @param name YARN application name (default: the program's file name)
 * @param queue YARN queue (default {@code default})
 * @param priority YARN application priority, 0 or more (default 0)
 * @param program the serial program each task runs
 * @param files the datasets it reads and writes (default none)
 * @param tasks the tasks, always settled here even when the JSON leaves it to the patched files
 * @param maxRunning the most tasks running at once (default: no limit); a flow's caps every step's
 *     tasks together, and a step's its own tasks (a step that sets none has the flow's)
 * @param resources memory and vcores per task (default 1g, 1)
 * @param maxAttempts attempts per task before the job fails, 1 to 100 (default 3)
 * @param taskTimeout wall-clock limit of one attempt (default: no limit)
 * @param heartbeatTimeout a runner silent this long is failed, at least 10s (default 60s)
 * @param restart what a retried task adds when its previous attempt left a checkpoint
 * @param overwrite whether existing outputs may be replaced (default false)
 * @param tags extra YARN application tags, at most 10 (default none)
 * @param mergeTasks how many merge tasks (YARN containers) merge each output that is not joined in
 *     place, 1 to {@value #MAX_MERGE_TASKS} (default: one per {@code 1 GiB} of output, at most the
 *     cluster's nodes, and none for an output small enough for the ApplicationMaster to merge itself)
 * @param tasksPerContainer how many tasks one container may run one after another, 1 to
 *     {@value #MAX_TASKS_PER_CONTAINER} (default 1: a container per task attempt). In a flow, a
 *     container runs tasks of the step it was started for only, at most that step's number of them
 * @param speculation whether stragglers get a second attempt on another node, and when (default off);
 *     in a flow, each step's stragglers by its own, judged against its own tasks' durations
 * @param stallTimeout an attempt whose progress file and working folder (its outputs) have not
 *     changed for this long is killed as stalled, at least {@code 10s}; {@link Duration#ZERO} for
 *     never, written {@code "off"} (default {@link #DEFAULT_STALL_TIMEOUT})
 * @param allowForeignBinaries whether an input's {@code in=} binary or {@code par=} include may be on
 *     another file system than its header (default false: refused, since a path on a node's own
 *     disk would be read on every node from that node's copy)
 * @param acls who besides the submitting user and the cluster's administrators may view the job
 *     and kill it (default nobody)
 * @param nodeLabel the node label the ApplicationMaster and every task container must run on,
 *     e.g. {@code gpu} (default none: the queue's default label)
 * @param steps a flow's steps, in order (empty for a job of one program). A flow's
 *     {@link #program} and {@link #tasks} are its first step's, its task settings those its steps
 *     inherit, and its {@link #files} are empty: each step holds its own ({@link #flowSteps()}). A job without
 *     steps whose files include intermediates ({@code @name}) is one step's job: {@link #parse}
 *     refuses intermediates in a job of one program
 * @param convergence in a flow that iterates a solver, the intermediates whose sums give the norms
 *     of each iteration, for the ApplicationMaster to show (default none)
 */
public record JobSpec(
    String name,
    String queue,
    int priority,
    ProgramSpec program,
    List<FileSpec> files,
    TaskList tasks,
    Optional<Integer> maxRunning,
    Resources resources,
    int maxAttempts,
    Optional<Duration> taskTimeout,
    Duration heartbeatTimeout,
    RestartPolicy restart,
    boolean overwrite,
    List<String> tags,
    Optional<Integer> mergeTasks,
    int tasksPerContainer,
    Speculation speculation,
    Duration stallTimeout,
    boolean allowForeignBinaries,
    Acls acls,
    Optional<String> nodeLabel,
    List<StepSpec> steps,
    Optional<Convergence> convergence) {

  /** The job description format this code reads and writes. */
  public static final int VERSION = 1;
  public static final String DEFAULT_QUEUE = "default";
  public static final int DEFAULT_PRIORITY = 0;
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final int MAX_ATTEMPTS_LIMIT = 100;
  public static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration MIN_HEARTBEAT_TIMEOUT = Duration.ofSeconds(10);
  public static final int MAX_NAME_LENGTH = 256;
  /** YARN's default {@code yarn.resourcemanager.application.max-tags}. */
  public static final int MAX_TAGS = 10;
  /** YARN's default {@code yarn.resourcemanager.application.max-tag.length}. */
  public static final int MAX_TAG_LENGTH = 100;
  /** The most merge tasks one output may be cut into (its slab files are joined in one HDFS {@code concat}). */
  public static final int MAX_MERGE_TASKS = 256;
  /** The most tasks one container runs one after another. */
  public static final int MAX_TASKS_PER_CONTAINER = 1000;
  /** A program silent this long (no progress written, no file changed) is taken as stalled. */
  public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofMinutes(30);
  /** The shortest stall timeout: the runner looks at the working folder every few seconds. */
  public static final Duration MIN_STALL_TIMEOUT = Duration.ofSeconds(10);

  public JobSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(program, "program");
    files = List.copyOf(files);
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(maxRunning, "maxRunning");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(taskTimeout, "taskTimeout");
    Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
    Objects.requireNonNull(restart, "restart");
    tags = List.copyOf(tags);
    Objects.requireNonNull(mergeTasks, "mergeTasks");
    Objects.requireNonNull(speculation, "speculation");
    Objects.requireNonNull(stallTimeout, "stallTimeout");
    Objects.requireNonNull(acls, "acls");
    Objects.requireNonNull(nodeLabel, "nodeLabel");
    steps = List.copyOf(steps);
    Objects.requireNonNull(convergence, "convergence");
    Problems at = new Problems();
    JobRules.checkName(name, at.field("name"));
    JobRules.checkQueue(queue, at.field("queue"));
    JobRules.checkPriority(priority, at.field("priority"));
    FileSetRules.check(files, at.field("files"));
    TaskCounts.checkAgreement(files, tasks, at.field("tasks"), true);
    IrregularRules.check(files, tasks, at.field("files"));
    JobRules.checkMaxRunning(maxRunning, at.field("maxRunning"));
    JobRules.checkMaxAttempts(maxAttempts, at.field("maxAttempts"));
    JobRules.checkTaskTimeout(taskTimeout, at.field("taskTimeout"));
    JobRules.checkHeartbeatTimeout(heartbeatTimeout, at.field("heartbeatTimeout"));
    JobRules.checkTags(tags, at.field("tags"));
    JobRules.checkMergeTasks(mergeTasks, at.field("mergeTasks"));
    JobRules.checkTasksPerContainer(tasksPerContainer, at.field("tasksPerContainer"));
    JobRules.checkStallTimeout(stallTimeout, at.field("stallTimeout"));
    JobRules.checkNodeLabel(nodeLabel, at.field("nodeLabel"));
    if (!steps.isEmpty()) {
      FlowRules.checkFlowShape(files, at.field("files"));
      FlowRules.check(steps, at.field("steps"));
      FlowRules.checkJobsOwnSettings(FlowRules.jobsOwnValues(name, queue, priority, heartbeatTimeout, overwrite, tags,
          mergeTasks, allowForeignBinaries, acls, nodeLabel), steps, at.field("steps"));
    }
    ConvergenceRules.check(convergence, steps, at.field("convergence"));
    at.throwIfAny("job " + name);
  }

  /** A job of one program, or a flow of {@code steps} without a convergence to show. */
  public JobSpec(String name, String queue, int priority, ProgramSpec program, List<FileSpec> files, TaskList tasks,
      Optional<Integer> maxRunning, Resources resources, int maxAttempts, Optional<Duration> taskTimeout,
      Duration heartbeatTimeout, RestartPolicy restart, boolean overwrite, List<String> tags,
      Optional<Integer> mergeTasks, int tasksPerContainer, Speculation speculation, Duration stallTimeout,
      boolean allowForeignBinaries, Acls acls, Optional<String> nodeLabel, List<StepSpec> steps) {
    this(name, queue, priority, program, files, tasks, maxRunning, resources, maxAttempts, taskTimeout,
        heartbeatTimeout, restart, overwrite, tags, mergeTasks, tasksPerContainer, speculation, stallTimeout,
        allowForeignBinaries, acls, nodeLabel, steps, Optional.empty());
  }

  /** This flow showing {@code shown} as its convergence. */
  public JobSpec withConvergence(Convergence shown) {
    return new JobSpec(name, queue, priority, program, files, tasks, maxRunning, resources, maxAttempts,
        taskTimeout, heartbeatTimeout, restart, overwrite, tags, mergeTasks, tasksPerContainer, speculation,
        stallTimeout, allowForeignBinaries, acls, nodeLabel, steps, Optional.of(shown));
  }

  /** A job of one program (no steps). */
  public JobSpec(String name, String queue, int priority, ProgramSpec program, List<FileSpec> files, TaskList tasks,
      Optional<Integer> maxRunning, Resources resources, int maxAttempts, Optional<Duration> taskTimeout,
      Duration heartbeatTimeout, RestartPolicy restart, boolean overwrite, List<String> tags,
      Optional<Integer> mergeTasks, int tasksPerContainer, Speculation speculation, Duration stallTimeout,
      boolean allowForeignBinaries, Acls acls, Optional<String> nodeLabel) {
    this(name, queue, priority, program, files, tasks, maxRunning, resources, maxAttempts, taskTimeout,
        heartbeatTimeout, restart, overwrite, tags, mergeTasks, tasksPerContainer, speculation, stallTimeout,
        allowForeignBinaries, acls, nodeLabel, List.of());
  }

  /** Whether this job is a flow of {@link #steps} rather than one program. */
  public boolean isFlow() {
    return !steps.isEmpty();
  }

  /**
   * The steps the job runs, in order: a flow's {@link #steps}, or for a job of one program that
   * job as the one step, named after the job.
   */
  public List<StepSpec> flowSteps() {
    return isFlow() ? steps : List.of(new StepSpec(StepSpec.nameFor(name), this));
  }

  /**
   * Every dataset the job reads or writes, in order: its files, or a flow's steps' files, the
   * intermediates (which live in the work folder) left out, except that a kept intermediate is
   * there as the output dataset it is kept as ({@link FileSpec#keptDataset()}).
   */
  public List<FileSpec> datasets() {
    List<FileSpec> all = new ArrayList<>();
    for (StepSpec step : flowSteps()) {
      for (FileSpec f : step.files()) {
        if (!f.isIntermediate()) {
          all.add(f);
        } else if (f.isKept()) {
          all.add(f.keptDataset());
        }
      }
    }
    return List.copyOf(all);
  }

  /** A job only its owner and the cluster's administrators may see, on any node. */
  public JobSpec(String name, String queue, int priority, ProgramSpec program, List<FileSpec> files, TaskList tasks,
      Optional<Integer> maxRunning, Resources resources, int maxAttempts, Optional<Duration> taskTimeout,
      Duration heartbeatTimeout, RestartPolicy restart, boolean overwrite, List<String> tags,
      Optional<Integer> mergeTasks, int tasksPerContainer, Speculation speculation, Duration stallTimeout,
      boolean allowForeignBinaries) {
    this(name, queue, priority, program, files, tasks, maxRunning, resources, maxAttempts, taskTimeout,
        heartbeatTimeout, restart, overwrite, tags, mergeTasks, tasksPerContainer, speculation, stallTimeout,
        allowForeignBinaries, Acls.OWNER_ONLY, Optional.empty());
  }

  /** This job running {@code newProgram} instead (the embedded mode's copies of its shipped files). */
  public JobSpec withProgram(ProgramSpec newProgram) {
    if (isFlow()) {
      throw new IllegalStateException("job " + name + " is a flow: each of its steps has its own program");
    }
    return new JobSpec(name, queue, priority, newProgram, files, tasks, maxRunning, resources, maxAttempts,
        taskTimeout, heartbeatTimeout, restart, overwrite, tags, mergeTasks, tasksPerContainer, speculation,
        stallTimeout, allowForeignBinaries, acls, nodeLabel, steps, convergence);
  }

  /**
   * This job with each program changed by {@code change}: its program, or every step's of a flow
   * (the embedded mode's copies of the files they ship).
   */
  public JobSpec withPrograms(java.util.function.UnaryOperator<ProgramSpec> change) {
    if (!isFlow()) {
      return withProgram(change.apply(program));
    }
    List<StepSpec> changed = new ArrayList<>();
    for (StepSpec step : steps) {
      changed.add(new StepSpec(step.name(), step.job().withProgram(change.apply(step.program()))));
    }
    return new JobSpec(name, queue, priority, changed.get(0).program(), files, tasks, maxRunning, resources,
        maxAttempts, taskTimeout, heartbeatTimeout, restart, overwrite, tags, mergeTasks, tasksPerContainer,
        speculation, stallTimeout, allowForeignBinaries, acls, nodeLabel, changed, convergence);
  }

  /** This job with other application ACLs (from {@code -D sepyarn.acl.view=...}). */
  public JobSpec withAcls(Acls newAcls) {
    List<StepSpec> changed = steps.stream().map(step -> new StepSpec(step.name(), step.job().withAcls(newAcls)))
        .toList();
    return new JobSpec(name, queue, priority, program, files, tasks, maxRunning, resources, maxAttempts,
        taskTimeout, heartbeatTimeout, restart, overwrite, tags, mergeTasks, tasksPerContainer, speculation,
        stallTimeout, allowForeignBinaries, newAcls, nodeLabel, changed, convergence);
  }

  /** A job whose merge tasks follow the default rule. */
  public JobSpec(String name, String queue, int priority, ProgramSpec program, List<FileSpec> files, TaskList tasks,
      Optional<Integer> maxRunning, Resources resources, int maxAttempts, Optional<Duration> taskTimeout,
      Duration heartbeatTimeout, RestartPolicy restart, boolean overwrite, List<String> tags) {
    this(name, queue, priority, program, files, tasks, maxRunning, resources, maxAttempts, taskTimeout,
        heartbeatTimeout, restart, overwrite, tags, Optional.empty());
  }

  /** A job whose containers run one task attempt each. */
  public JobSpec(String name, String queue, int priority, ProgramSpec program, List<FileSpec> files, TaskList tasks,
      Optional<Integer> maxRunning, Resources resources, int maxAttempts, Optional<Duration> taskTimeout,
      Duration heartbeatTimeout, RestartPolicy restart, boolean overwrite, List<String> tags,
      Optional<Integer> mergeTasks) {
    this(name, queue, priority, program, files, tasks, maxRunning, resources, maxAttempts, taskTimeout,
        heartbeatTimeout, restart, overwrite, tags, mergeTasks, 1);
  }

  /**
   * A job without speculative attempts, with the default stall timeout, whose inputs keep their
   * binaries on their headers' file systems.
   */
  public JobSpec(String name, String queue, int priority, ProgramSpec program, List<FileSpec> files, TaskList tasks,
      Optional<Integer> maxRunning, Resources resources, int maxAttempts, Optional<Duration> taskTimeout,
      Duration heartbeatTimeout, RestartPolicy restart, boolean overwrite, List<String> tags,
      Optional<Integer> mergeTasks, int tasksPerContainer) {
    this(name, queue, priority, program, files, tasks, maxRunning, resources, maxAttempts, taskTimeout,
        heartbeatTimeout, restart, overwrite, tags, mergeTasks, tasksPerContainer, Speculation.OFF,
        DEFAULT_STALL_TIMEOUT, false);
  }

  /** Whether attempts that change nothing for {@link #stallTimeout} are killed. */
  public Optional<Duration> stallLimit() {
    return stallTimeout.isZero() ? Optional.empty() : Optional.of(stallTimeout);
  }

  /**
   * Reads a job description.
   *
   * @param json the text of {@code job.json}
   * @param source where the text came from, e.g. the file name; it heads the error message
   * @throws JobValidationException listing every problem found, each with its field path
   */
  public static JobSpec parse(String json, String source) {
    return JobJsonReader.read(json, source);
  }

  /**
   * This job with its files at other paths, in the same order: the client writes the fully
   * qualified paths it checked, so that the ApplicationMaster opens exactly those.
   */
  public JobSpec withFilePaths(List<String> paths) {
    return withFilePaths(paths, java.util.Collections.nCopies(paths.size(), Optional.empty()));
  }

  /**
   * This job with its files at other paths and its kept intermediates kept at other datasets, both
   * in the same order (a flow's: every step's files in step order); an empty {@code keeps} entry
   * leaves that file's {@link FileSpec#keep} as it is.
   */
  public JobSpec withFilePaths(List<String> paths, List<Optional<String>> keeps) {
    if (keeps.size() != paths.size()) {
      throw new IllegalArgumentException(keeps.size() + " kept datasets for " + paths.size() + " paths");
    }
    if (isFlow()) {
      return withStepFilePaths(paths, keeps);
    }
    if (paths.size() != files.size()) {
      throw new IllegalArgumentException(paths.size() + " paths for " + files.size() + " files");
    }
    List<FileSpec> moved = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      FileSpec f = files.get(i).withPath(paths.get(i));
      moved.add(keeps.get(i).isPresent() ? f.keptAs(keeps.get(i).get()) : f);
    }
    return new JobSpec(name, queue, priority, program, moved, tasks, maxRunning, resources, maxAttempts, taskTimeout,
        heartbeatTimeout, restart, overwrite, tags, mergeTasks, tasksPerContainer, speculation, stallTimeout,
        allowForeignBinaries, acls, nodeLabel, steps, convergence);
  }

  /**
   * A flow whose steps' files are at other paths: {@code paths} holds every step's files in step
   * order (an intermediate's {@code @name} given as it is).
   */
  private JobSpec withStepFilePaths(List<String> paths, List<Optional<String>> keeps) {
    List<StepSpec> moved = new ArrayList<>();
    int at = 0;
    for (StepSpec step : steps) {
      int n = step.files().size();
      if (at + n > paths.size()) {
        break;
      }
      moved.add(new StepSpec(step.name(), step.job().withFilePaths(paths.subList(at, at + n),
          keeps.subList(at, at + n))));
      at += n;
    }
    if (at != paths.size() || moved.size() != steps.size()) {
      throw new IllegalArgumentException(paths.size() + " paths for the files of a flow of " + steps.size()
          + " steps, which have " + steps.stream().mapToInt(st -> st.files().size()).sum());
    }
    return new JobSpec(name, queue, priority, moved.get(0).program(), files, tasks, maxRunning, resources, maxAttempts,
        taskTimeout, heartbeatTimeout, restart, overwrite, tags, mergeTasks, tasksPerContainer, speculation,
        stallTimeout, allowForeignBinaries, acls, nodeLabel, moved, convergence);
  }

  /** The canonical JSON form: every setting written out, defaults included. */
  public String toJson() {
    return JobJsonWriter.write(this);
  }

  public int taskCount() {
    return tasks.count();
  }

  /**
   * Task {@code task}'s own arguments (from a per-task {@code tasks} list), empty when
   * {@code tasks} is a number.
   *
   * @param task 0-based, below {@link #taskCount()}
   */
  public List<String> taskArgs(int task) {
    return tasks.argsFor(task);
  }

  /**
   * Checks the job against the shapes of its inputs, read from their headers: split axes that
   * exist and have a sample per task, patches that fit their axes, overlaps that fit their blocks.
   *
   * @param inputCubes the shape of each input dataset, by its path exactly as the job writes it;
   *     every split or patched input must be present
   * @throws JobValidationException listing every mismatch, each with its field path
   * @throws IllegalArgumentException if a split or patched input's shape is missing
   */
  public void checkAgainst(Map<String, Hypercube> inputCubes) {
    Problems at = new Problems();
    if (isFlow()) {
      for (int i = 0; i < steps.size(); i++) {
        ShapeCheck.check(steps.get(i).job(), inputCubes, at.field("steps").index(i));
      }
      FlowGeometry.check(steps, inputCubes, at.field("steps"));
    } else {
      ShapeCheck.check(this, inputCubes, at);
    }
    at.throwIfAny("job " + name + " against its input datasets");
  }

  /**
   * Checks the job's irregular inputs against their datasets: each is a SEP3D dataset that holds
   * the keys it is cut by, or a grid its blocks fit.
   *
   * @param sources what each irregular input's dataset holds, by its path exactly as the job writes it
   * @throws JobValidationException listing every mismatch, each with its field path
   * @throws IllegalArgumentException if an irregular input's source is missing
   */
  public void checkIrregular(Map<String, IrregularSource> sources) {
    Problems at = new Problems();
    IrregularRules.checkSources(this, sources, at);
    at.throwIfAny("job " + name + " against its irregular inputs");
  }

  /** Whether any input is cut by header keys (an {@link Irregular} distribution). */
  public boolean hasIrregularInputs() {
    return files.stream().anyMatch(f -> f.distribute() instanceof Irregular);
  }

  /**
   * This job running {@code count} tasks: the blocks of its irregular inputs that hold traces,
   * when it skips the others ({@link Irregular.EmptyBlocks#SKIP}); what the ApplicationMaster runs.
   */
  public JobSpec withTaskCount(int count) {
    return new JobSpec(name, queue, priority, program, files, new TaskList.Count(count), maxRunning, resources,
        maxAttempts, taskTimeout, heartbeatTimeout, restart, overwrite, tags, mergeTasks, tasksPerContainer,
        speculation, stallTimeout, allowForeignBinaries, acls, nodeLabel, steps, convergence);
  }
}
