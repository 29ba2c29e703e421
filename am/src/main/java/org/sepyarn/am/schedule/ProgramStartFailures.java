package org.sepyarn.am.schedule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fails a job at once when its program cannot even start (the runner's exit
 * {@link org.sepyarn.runner.spec.RunnerExitCodes#PROGRAM_NOT_STARTED}: a missing file, one not
 * executable) on {@link #NODES} different nodes: a program missing on two nodes is missing
 * everywhere far more often than it is a broken node, and retrying every task on every node only
 * delays the same answer. On one node alone it is the node's problem, left to the retries and the
 * node health policy.
 */
final class ProgramStartFailures {
  /** How many different nodes must fail to start the program before the job fails. */
  static final int NODES = 2;

  private final Map<String, String> firstByNode = new LinkedHashMap<>();

  /**
   * The program could not start for {@code task} on {@code node}; the runner said
   * {@code diagnostics}.
   *
   * @return the job's failure once the program failed to start on {@link #NODES} nodes
   */
  Optional<JobFailure> notStarted(String node, int task, String diagnostics) {
    firstByNode.putIfAbsent(node, "task " + task + " on " + node + ": " + diagnostics.strip());
    if (firstByNode.size() < NODES) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder("the program could not be started on ").append(firstByNode.size())
        .append(" different nodes, so no task can run; the job fails now instead of retrying every task")
        .append(" (fix program.command or program.localize: the file must exist on every node and be executable)");
    for (String failure : firstByNode.values()) {
      text.append("\n  ").append(failure);
    }
    return Optional.of(JobFailure.ofJob(text.toString()));
  }
}
