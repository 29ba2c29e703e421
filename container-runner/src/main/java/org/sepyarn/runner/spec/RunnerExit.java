package org.sepyarn.runner.spec;

/**
 * How a runner ends, as its process exit code and as the outcome word of its
 * {@link AttemptReport}. The ApplicationMaster classifies a container's completion by these.
 */
public enum RunnerExit {
  SUCCEEDED(0, "succeeded", "the program succeeded and its outputs are committed"),
  /** The runner could not even read its arguments or its plan: a bug or a broken install. */
  RUNNER_FAILED(1, "runner-failed", "the runner failed before running the program"),
  FETCH_FAILED(3, "fetch-failed", "the runner could not fetch the task's input pieces"),
  PROGRAM_FAILED(4, "program-failed", "the program exited with a non-zero status"),
  OUTPUT_INVALID(5, "output-invalid", "an output of the program is missing or does not match its header"),
  TIMED_OUT(6, "timed-out", "the program ran past the job's taskTimeout and was killed"),
  COMMIT_FAILED(7, "commit-failed", "the runner could not upload the task's outputs");

  private final int code;
  private final String outcome;
  private final String meaning;

  RunnerExit(int code, String outcome, String meaning) {
    this.code = code;
    this.outcome = outcome;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String outcome() {
    return outcome;
  }

  public String meaning() {
    return meaning;
  }

  /** The exit with this process exit code, or null for a code no runner uses. */
  public static RunnerExit ofCode(int code) {
    for (RunnerExit e : values()) {
      if (e.code == code) {
        return e;
      }
    }
    return null;
  }

  /** The exit with this outcome word, or null. */
  public static RunnerExit ofOutcome(String outcome) {
    for (RunnerExit e : values()) {
      if (e.outcome.equals(outcome)) {
        return e;
      }
    }
    return null;
  }
}
