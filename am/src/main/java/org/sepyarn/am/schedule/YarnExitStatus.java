package org.sepyarn.am.schedule;

/**
 * The special exit statuses YARN reports for a container that did not end by its process exiting
 * on its own; the numbers match {@code org.apache.hadoop.yarn.api.records.ContainerExitStatus}, so
 * a driver passes {@code ContainerStatus.getExitStatus()} through unchanged. Any other value is the
 * exit code of the container's process (here the container-runner, see {@link org.sepyarn.runner.spec.RunnerExitCodes}).
 */
public final class YarnExitStatus {
  public static final int SUCCESS = 0;
  /** The exit status was never set; YARN itself cannot say how the container ended. */
  public static final int INVALID = -1000;
  /** Released by the framework, for example because its node went away. */
  public static final int ABORTED = -100;
  /** Most local disks of the node failed. */
  public static final int DISKS_FAILED = -101;
  /** Preempted to give its resources to another application. */
  public static final int PREEMPTED = -102;
  public static final int KILLED_EXCEEDED_VMEM = -103;
  public static final int KILLED_EXCEEDED_PMEM = -104;
  public static final int KILLED_BY_APPMASTER = -105;
  public static final int KILLED_BY_RESOURCEMANAGER = -106;
  public static final int KILLED_AFTER_APP_COMPLETION = -107;
  public static final int KILLED_FOR_EXCESS_LOGS = -108;

  private YarnExitStatus() {
  }
}
