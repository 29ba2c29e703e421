package org.sepyarn.am.plan;

import org.apache.hadoop.conf.Configuration;
import org.sepyarn.formats.scatter.ScatterRule;

/**
 * The {@link ScatterRule} of the ApplicationMaster's configuration: {@value #MAX_RUN_BYTES} (0 never
 * scatters), {@value #MIN_RUNS} and {@value #TASK_BYTES}, each defaulting to the rule's own.
 */
public final class ScatterSettings {
  public static final String MAX_RUN_BYTES = "sepyarn.scatter.max-run-bytes";
  public static final String MIN_RUNS = "sepyarn.scatter.min-runs";
  public static final String TASK_BYTES = "sepyarn.scatter.task-bytes";

  private ScatterSettings() {
  }

  /**
   * @throws IllegalArgumentException naming the key of a value out of range
   */
  public static ScatterRule rule(Configuration conf) {
    long maxRun = conf.getLong(MAX_RUN_BYTES, ScatterRule.DEFAULT_MAX_RUN_BYTES);
    long minRuns = conf.getLong(MIN_RUNS, ScatterRule.DEFAULT_MIN_RUNS);
    long taskBytes = conf.getLong(TASK_BYTES, ScatterRule.DEFAULT_BYTES_PER_TASK);
    if (maxRun < 0 || minRuns < 1 || taskBytes < 1) {
      throw new IllegalArgumentException(MAX_RUN_BYTES + "=" + maxRun + " must be at least 0 (0 never scatters), "
          + MIN_RUNS + "=" + minRuns + " and " + TASK_BYTES + "=" + taskBytes + " at least 1");
    }
    return new ScatterRule(maxRun, minRuns, taskBytes);
  }
}
