package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How one attempt of a task ended, written by the runner to {@link WorkLayout#report} before it
 * exits so that the ApplicationMaster can explain a failure (the container's exit status alone
 * says little).
 *
 * @param task the task's index
 * @param attempt the attempt number, from 1
 * @param host where it ran
 * @param outcome how the attempt ended, in the words of {@link RunnerExitCodes#describe} for the
 *     runner's exit code: {@code ok}, {@code program failed}, {@code output invalid},
 *     {@code task timed out}, {@code fetch or commit I/O failed}, ...
 * @param programExitCode the program's exit code, or null if it did not run to the end
 * @param message one line saying what happened
 * @param stderrTail the last lines the program wrote to stderr
 * @param startMillis when the attempt started (epoch milliseconds)
 * @param endMillis when it ended
 * @param bytes the bytes the attempt moved to and from the cluster file system, per phase
 *     ({@link PhaseBytes#FETCH}, {@link PhaseBytes#COMMIT}, {@link PhaseBytes#MERGE}); none in
 *     reports written before runners counted them
 * @param checksums the checksums of the pieces this attempt committed ({@code checksums.json} in
 *     its pieces folder holds the same); empty when it committed none (it failed, or another
 *     attempt of the task committed first)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttemptReport(int task, int attempt, String host, String outcome, Integer programExitCode,
    String message, String stderrTail, long startMillis, long endMillis, PhaseBytes bytes,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) java.util.List<PieceChecksum> checksums) {
  public AttemptReport {
    bytes = bytes == null ? PhaseBytes.none() : bytes;
    checksums = checksums == null ? java.util.List.of() : java.util.List.copyOf(checksums);
  }

  /** A report without checksums. */
  public AttemptReport(int task, int attempt, String host, String outcome, Integer programExitCode, String message,
      String stderrTail, long startMillis, long endMillis, PhaseBytes bytes) {
    this(task, attempt, host, outcome, programExitCode, message, stderrTail, startMillis, endMillis, bytes,
        java.util.List.of());
  }

  /** A report of an attempt that moved no bytes it counted. */
  public AttemptReport(int task, int attempt, String host, String outcome, Integer programExitCode, String message,
      String stderrTail, long startMillis, long endMillis) {
    this(task, attempt, host, outcome, programExitCode, message, stderrTail, startMillis, endMillis,
        PhaseBytes.none());
  }

  /** Whether the attempt succeeded: the program exited 0 and every output was committed. */
  public boolean committed() {
    return RunnerExitCodes.describe(RunnerExitCodes.OK).equals(outcome);
  }

  /**
   * Writes this report to its place in {@code work} ({@link WorkLayout#report}), replacing an
   * earlier copy; a failure is logged, never thrown: the container's exit code still tells the
   * ApplicationMaster the outcome.
   */
  public void writeTo(org.apache.hadoop.fs.FileSystem fs, WorkLayout work) {
    org.apache.hadoop.fs.Path path = work.report(task, attempt);
    try {
      SmallFiles.replace(fs, path, PlanCodec.writeReport(this));
    } catch (java.io.IOException e) {
      org.slf4j.LoggerFactory.getLogger(AttemptReport.class).warn("cannot write the report {}: {}", path,
          e.getMessage());
    }
  }
}
