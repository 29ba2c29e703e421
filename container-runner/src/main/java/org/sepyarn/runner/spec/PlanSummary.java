package org.sepyarn.runner.spec;

/**
 * The job-level part of the plan, {@link WorkLayout#planSummary()}: what a reader needs to find
 * the chunk of a task without reading any chunk (the client counts the tasks from it).
 *
 * @param jobName the job's name
 * @param taskCount how many tasks the job has
 * @param tasksPerChunk how many consecutive tasks each chunk file holds (the last may hold fewer)
 */
public record PlanSummary(String jobName, int taskCount, int tasksPerChunk) {
  public PlanSummary {
    if (taskCount < 0) {
      throw new IllegalArgumentException("task count " + taskCount + " is negative");
    }
    if (tasksPerChunk < 1) {
      throw new IllegalArgumentException("a plan chunk must hold at least one task, not " + tasksPerChunk);
    }
  }

  /** How many chunk files the plan has. */
  public int chunkCount() {
    return (taskCount + tasksPerChunk - 1) / tasksPerChunk;
  }

  /** The chunk holding task {@code task}, with a clear error for a task the plan does not have. */
  public int chunkOf(int task) {
    if (task < 0 || task >= taskCount) {
      throw new IllegalArgumentException("task " + task + " is not in the plan of job " + jobName + ", which has "
          + taskCount + " tasks (0 to " + (taskCount - 1) + ")");
    }
    return task / tasksPerChunk;
  }
}
