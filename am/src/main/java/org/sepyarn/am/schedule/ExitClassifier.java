package org.sepyarn.am.schedule;

import org.sepyarn.runner.spec.RunnerExitCodes;

/**
 * The one place that decides why a container ended. A clean exit wins over everything (the runner
 * has committed the outputs); then what the AM knows (a lost node, its own release); then YARN's
 * special statuses; then the runner's own exit codes. Anything else is the runner's failure.
 */
public final class ExitClassifier {

  private ExitClassifier() {
  }

  public static ExitReason classify(ExitFacts facts) {
    int status = facts.exitStatus();
    if (status == YarnExitStatus.SUCCESS) {
      return ExitReason.SUCCEEDED;
    }
    if (facts.nodeLost()) {
      return ExitReason.NODE_LOST;
    }
    if (facts.releasedByAm()) {
      return ExitReason.RELEASED_BY_AM;
    }
    return status < 0 ? classifyYarnStatus(status) : classifyRunnerCode(status);
  }

  private static ExitReason classifyYarnStatus(int status) {
    return switch (status) {
      case YarnExitStatus.ABORTED -> ExitReason.ABORTED;
      case YarnExitStatus.DISKS_FAILED -> ExitReason.DISKS_FAILED;
      case YarnExitStatus.PREEMPTED -> ExitReason.PREEMPTED;
      case YarnExitStatus.KILLED_EXCEEDED_VMEM, YarnExitStatus.KILLED_EXCEEDED_PMEM -> ExitReason.MEMORY_EXCEEDED;
      case YarnExitStatus.KILLED_BY_APPMASTER -> ExitReason.RELEASED_BY_AM;
      case YarnExitStatus.KILLED_BY_RESOURCEMANAGER -> ExitReason.KILLED_BY_RESOURCEMANAGER;
      case YarnExitStatus.KILLED_AFTER_APP_COMPLETION -> ExitReason.KILLED_AFTER_APP_COMPLETION;
      case YarnExitStatus.KILLED_FOR_EXCESS_LOGS -> ExitReason.LOGS_EXCEEDED;
      default -> ExitReason.RUNNER_FAILED; // INVALID and statuses newer than this code
    };
  }

  private static ExitReason classifyRunnerCode(int code) {
    return switch (code) {
      case RunnerExitCodes.PROGRAM_FAILED -> ExitReason.PROGRAM_FAILED;
      case RunnerExitCodes.OUTPUT_INVALID -> ExitReason.OUTPUT_INVALID;
      case RunnerExitCodes.TIMED_OUT -> ExitReason.TIMED_OUT;
      case RunnerExitCodes.STALLED -> ExitReason.STALLED;
      case RunnerExitCodes.IO_FAILED -> ExitReason.IO_FAILED;
      case RunnerExitCodes.PIECE_LOST -> ExitReason.PIECE_LOST;
      case RunnerExitCodes.PROGRAM_NOT_STARTED -> ExitReason.LAUNCH_FAILED;
      case RunnerExitCodes.HANDOVER_UNANSWERED -> ExitReason.HANDOVER_LOST;
      default -> ExitReason.RUNNER_FAILED;
    };
  }
}
