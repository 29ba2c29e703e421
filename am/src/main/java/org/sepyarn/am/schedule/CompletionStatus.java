package org.sepyarn.am.schedule;

import org.sepyarn.runner.spec.RunnerExitCodes;

/**
 * How YARN says a container completed: {@code ContainerStatus.getExitStatus()} and
 * {@code getDiagnostics()}, copied as they are.
 */
public record CompletionStatus(int exitStatus, String diagnostics) {

  public CompletionStatus {
    diagnostics = diagnostics == null ? "" : diagnostics;
  }

  /** {@code exit status 3 (program failed): <YARN's diagnostics>}, for an attempt's diagnostics. */
  public String describe() {
    String what = exitStatus >= 0 ? " (" + RunnerExitCodes.describe(exitStatus) + ")" : "";
    String text = diagnostics.strip();
    return "exit status " + exitStatus + what + (text.isEmpty() ? "" : ": " + text);
  }
}
