package org.sepyarn.am.schedule;

/**
 * Everything known about how a container ended, as plain values: the exit status YARN reported (a
 * {@link YarnExitStatus} or the runner's {@link org.sepyarn.runner.spec.RunnerExitCodes exit code}), YARN's diagnostics,
 * whether this ApplicationMaster had itself released or killed the container, and whether its node
 * had been reported lost.
 */
public record ExitFacts(int exitStatus, String diagnostics, boolean releasedByAm, boolean nodeLost) {

  public ExitFacts {
    diagnostics = diagnostics == null ? "" : diagnostics;
  }
}
