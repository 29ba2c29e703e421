package org.sepyarn.runner.spec;

import org.apache.hadoop.fs.Path;

/**
 * Where a job's files live in its work folder on the cluster file system. The client creates
 * the folder (private to the user) and stages the jar and the job there; the ApplicationMaster
 * writes the plan, journal and status; runners write attempt outputs and reports and commit
 * finished pieces by renaming their attempt folder into {@code pieces/}.
 *
 * <pre>
 * &lt;work&gt;/sepyarn.jar              the application, localized into every container
 * &lt;work&gt;/job.json                 the job description as validated by the client
 * &lt;work&gt;/plan/tasks.jsonl        every task's pieces and arguments, one a line, written by the AM
 * &lt;work&gt;/plan/job.json           the job-wide settings runners enforce and the task count
 * &lt;work&gt;/attempts/task-00003-a2/  one attempt's outputs while it uploads them
 * &lt;work&gt;/pieces/task-00003/       a task's committed outputs (rename of its attempt folder)
 * &lt;work&gt;/reports/task-00003-a2.json  how an attempt ended, with its stderr tail
 * &lt;work&gt;/checkpoints/task-00003.txt  the last checkpoint the task's program reported
 * &lt;work&gt;/merges/plan.json      the merge tasks, written once every task succeeded
 * &lt;work&gt;/joins/file-2.json        the steps of joining output 2's piece binaries with HDFS concat
 * &lt;work&gt;/status.txt               human-readable state of every task
 * &lt;work&gt;/status.json              the same for programs (sepyarn status, submit)
 * &lt;work&gt;/am-address               host:port where the current AM attempt hears runners
 * &lt;work&gt;/bytes/am-attempt-2.json  the bytes an AM attempt moved itself (merge, bookkeeping)
 * </pre>
 */
public final class WorkLayout {
  public static final String JAR = org.sepyarn.formats.job.ContainerNames.JAR;
  public static final String JOB = "job.json";
  /**
   * The name of the user's keytab in the work folder and in the ApplicationMaster's container
   * ({@code submit --keytab}); no runner ever gets it.
   */
  public static final String KEYTAB = "keytab";

  private final Path root;

  public WorkLayout(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  public Path jar() {
    return new Path(root, JAR);
  }

  public Path job() {
    return new Path(root, JOB);
  }

  /** Where the plan's files are ({@link PlanFiles}). */
  public Path planFolder() {
    return new Path(root, "plan");
  }

  /** The job-level part of the plan: the settings runners enforce and the task count. */
  public Path planSettings() {
    return new Path(planFolder(), "job.json");
  }

  /** Every task's JSON, one after another; a runner reads its own by byte range. */
  public Path planTasks() {
    return new Path(planFolder(), "tasks.jsonl");
  }

  public Path attempt(int task, int attempt) {
    return new Path(new Path(root, "attempts"), taskName(task) + "-a" + attempt);
  }

  public Path pieces(int task) {
    return new Path(new Path(root, "pieces"), taskName(task));
  }

  /** A committed output piece of a task, by the local name the runner gave it. */
  public Path piece(int task, String localName) {
    return new Path(pieces(task), localName);
  }

  public Path report(int task, int attempt) {
    return new Path(reportsFolder(), taskName(task) + "-a" + attempt + ".json");
  }

  /** Where every attempt's report is. */
  public Path reportsFolder() {
    return new Path(root, "reports");
  }

  /** The bytes ApplicationMaster attempt {@code amAttempt} moved itself. */
  public Path amBytes(int amAttempt) {
    return new Path(amBytesFolder(), "am-attempt-" + amAttempt + ".json");
  }

  public Path amBytesFolder() {
    return new Path(root, "bytes");
  }

  /** The last checkpoint text a task's program reported, kept for its retries. */
  public Path checkpoint(int task) {
    return new Path(new Path(root, "checkpoints"), taskName(task) + ".txt");
  }

  /** How the ApplicationMaster joins output {@code fileIndex}'s piece binaries in place, written before it starts. */
  public Path join(int fileIndex) {
    return new Path(new Path(root, "joins"), "file-" + fileIndex + ".json");
  }

  /** The job's merge tasks, once every task succeeded ({@link MergePlan}). */
  public Path mergePlan() {
    return new Path(new Path(root, "merges"), "plan.json");
  }

  /** The job's scatter tasks, written before any task runs ({@link ScatterPlan}). */
  public Path scatterPlan() {
    return new Path(new Path(root, "scatters"), "plan.json");
  }

  public Path statusFile() {
    return new Path(root, "status.txt");
  }

  /** Where the current ApplicationMaster attempt publishes its runner channel's address. */
  public Path amAddress() {
    return new Path(root, "am-address");
  }

  /** The staged keytab ({@link #KEYTAB}), readable by the user alone. */
  public Path keytab() {
    return new Path(root, KEYTAB);
  }

  /**
   * Generation {@code generation} (1, 2, ...) of the delegation tokens the ApplicationMaster
   * obtained from the user's keytab, for the runners already running.
   */
  public Path tokens(int generation) {
    return new Path(new Path(root, "tokens"), "generation-" + generation);
  }

  public Path statusJson() {
    return new Path(root, "status.json");
  }

  /**
   * The id of the application that resumed this run ({@code sepyarn resume}) and took its finished
   * tasks' pieces over: this run cannot be resumed again, that one can.
   */
  public Path resumedBy() {
    return new Path(root, "resumed-by");
  }

  public Path journalFolder() {
    return new Path(root, "journal");
  }

  /** Zero-padded so that listings sort in task order. */
  public static String taskName(int task) {
    return String.format("task-%05d", task);
  }
}
