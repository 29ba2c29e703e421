package org.sepyarn.am.merge;

import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.formats.job.JobSpec;

/**
 * How many merge tasks (YARN containers) merge an output that cannot be joined in place from its
 * pieces. The job's {@code mergeTasks} decides when it is set. Otherwise an output under
 * {@code amBytes} (64 MiB unless {@code sepyarn.merge.am-bytes} says otherwise) is merged by the
 * ApplicationMaster itself, since a container takes longer to start than such a merge takes; a
 * larger one gets one merge task per {@code taskBytes} (1 GiB unless
 * {@code sepyarn.merge.task-bytes} says otherwise), at most one per node of the cluster and at
 * most {@link JobSpec#MAX_MERGE_TASKS}.
 *
 * @param amBytes outputs smaller than this are merged by the ApplicationMaster unless the job asks for merge tasks
 * @param taskBytes output bytes per merge task
 */
public record MergeTaskRule(long amBytes, long taskBytes) {
  public static final long DEFAULT_AM_BYTES = 64L << 20;
  public static final long DEFAULT_TASK_BYTES = 1L << 30;

  public MergeTaskRule {
    if (amBytes < 0 || taskBytes < 1) {
      throw new IllegalArgumentException("merge task rule needs amBytes >= 0 and taskBytes >= 1, got " + amBytes
          + " and " + taskBytes);
    }
  }

  public static MergeTaskRule from(Configuration conf) {
    return new MergeTaskRule(conf.getLong("sepyarn.merge.am-bytes", DEFAULT_AM_BYTES),
        conf.getLong("sepyarn.merge.task-bytes", DEFAULT_TASK_BYTES));
  }

  /**
   * The merge tasks for an output of {@code outputBytes}; 0 when the ApplicationMaster merges it.
   *
   * @param asked the job's {@code mergeTasks}
   * @param clusterNodes the cluster's usable nodes now
   */
  public int tasksFor(long outputBytes, Optional<Integer> asked, int clusterNodes) {
    if (asked.isPresent()) {
      return Math.min(asked.get(), JobSpec.MAX_MERGE_TASKS);
    }
    if (outputBytes < amBytes) {
      return 0;
    }
    long wanted = Math.max(1, (outputBytes + taskBytes - 1) / taskBytes);
    return (int) Math.min(wanted, Math.min(Math.max(1, clusterNodes), JobSpec.MAX_MERGE_TASKS));
  }
}
