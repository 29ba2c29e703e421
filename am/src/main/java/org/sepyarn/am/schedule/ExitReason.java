package org.sepyarn.am.schedule;

/**
 * Why a task attempt ended, and whose fault it was. Charged to the task means it uses up one of the
 * task's {@code maxAttempts}; charged to the node means it counts towards excluding the node. The
 * split follows Hadoop's own rule ({@code Apps.shouldCountTowardsNodeBlacklisting}): what YARN does
 * by design (preemption, kills by YARN or by this AM, aborts, failed disks, lost nodes) is nobody's
 * fault and re-run for free; running out of memory is the application's fault but not the node's;
 * any other failure may be the node's and counts against both.
 */
public enum ExitReason {
  SUCCEEDED(false, false, "the task finished and committed its outputs"),
  PROGRAM_FAILED(true, true, "the serial program exited with a non-zero status; its stderr says why"),
  OUTPUT_INVALID(true, true,
      "the program finished but an output was missing or shorter than its header describes"),
  TIMED_OUT(true, true,
      "the task ran longer than taskTimeout allows; raise taskTimeout or cut the data into smaller pieces"),
  STALLED(true, true,
      "the program changed nothing (progress file, outputs, stdout, stderr) for stallTimeout and was killed as"
      + " hung; if it may work longer without a sign, write progress or raise stallTimeout"),
  RUNNER_SILENT(true, true,
      "the container-runner sent no heartbeat within heartbeatTimeout, so its container was killed"),
  MEMORY_EXCEEDED(true, false,
      "the container used more memory than it was given; raise resources.memory in the job description"),
  LOGS_EXCEEDED(true, false,
      "the container wrote more logs than the NodeManager allows; make the program write less to stdout and stderr"),
  IO_FAILED(true, true,
      "the container-runner could not fetch the input pieces or commit the outputs on the cluster file system"),
  PIECE_LOST(true, false, "a piece of an intermediate that an earlier step's task committed could not be read (its"
      + " files or blocks are gone, or it is corrupt); the task that wrote it runs again, then this one"),
  LAUNCH_FAILED(true, true, "the container, or the program in it, could not be started on its node"),
  RUNNER_FAILED(true, true, "the container-runner crashed, was killed by a signal or ended with an unknown status"),
  PREEMPTED(false, false, "YARN preempted the container to give its resources to another application"),
  ABORTED(false, false, "YARN aborted the container, for example because its node stopped responding"),
  DISKS_FAILED(false, false, "the local disks of the container's node failed"),
  KILLED_BY_RESOURCEMANAGER(false, false, "the ResourceManager killed the container"),
  KILLED_AFTER_APP_COMPLETION(false, false, "YARN killed the container because the application had finished"),
  NODE_LOST(false, false, "the container's node was lost"),
  RELEASED_BY_AM(false, false, "the ApplicationMaster released or killed the container"),
  SUPERSEDED(false, false, "another attempt of the same task committed its outputs first (a speculative race),"
      + " so the ApplicationMaster stopped this one"),
  HANDOVER_LOST(false, false, "the container finished its previous task but never received this one, which"
      + " the ApplicationMaster had handed it; it runs again"),
  LOST_IN_AM_RESTART(false, false,
      "the container ended while the ApplicationMaster was restarting, so its outcome is unknown");

  private final boolean chargedToTask;
  private final boolean chargedToNode;
  private final String explanation;

  ExitReason(boolean chargedToTask, boolean chargedToNode, String explanation) {
    this.chargedToTask = chargedToTask;
    this.chargedToNode = chargedToNode;
    this.explanation = explanation;
  }

  /** Whether an attempt that ended this way uses up one of the task's {@code maxAttempts}. */
  public boolean isChargedToTask() {
    return chargedToTask;
  }

  /** Whether an attempt that ended this way counts towards excluding the node it ran on. */
  public boolean isChargedToNode() {
    return chargedToNode;
  }

  public boolean isSuccess() {
    return this == SUCCEEDED;
  }

  /** One sentence for the user: what happened and, where the user can act, what to change. */
  public String explanation() {
    return explanation;
  }
}
