package org.sepyarn.client.logs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * The last lines of a program's stderr as its runner reported them when the attempt ended (in the
 * work folder, beside the attempt's other results): what {@code logs} can still show of
 * {@code program.stderr} when no one can serve the file itself (its node is gone and YARN did not
 * aggregate it, or the NodeManager cannot read logs, as one with security on but without Hadoop's
 * native library).
 */
public final class ReportedStderr {
  private ReportedStderr() {
  }

  /** The reported tail of attempt {@code where}, ending with a line break; empty when there is no report. */
  public static Optional<String> of(FileSystem fs, WorkLayout work, AttemptLocation where) {
    try (InputStream in = fs.open(work.report(where.task(), where.attempt()))) {
      AttemptReport report = PlanCodec.readReport(in);
      String tail = report.stderrTail() == null ? "" : report.stderrTail();
      return Optional.of(tail.isEmpty() || tail.endsWith("\n") ? tail : tail + "\n");
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
