package org.sepyarn.am.yarn;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the reports runners leave in the work folder, to say why an attempt ended in the
 * runner's own words, with the tail of the program's stderr.
 */
public final class AttemptReports {
  private static final Logger LOG = LoggerFactory.getLogger(AttemptReports.class);

  private final FileSystem fs;
  private final WorkLayout work;

  public AttemptReports(FileSystem fs, WorkLayout work) {
    this.fs = fs;
    this.work = work;
  }

  public Optional<AttemptReport> read(int task, int attempt) {
    try (InputStream in = fs.open(work.report(task, attempt))) {
      return Optional.of(PlanCodec.readReport(in));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      LOG.warn("cannot read the report of task {} attempt {}: {}", task, attempt, e.getMessage());
      return Optional.empty();
    }
  }

  /** YARN's diagnostics of a completed container, with the runner's report when there is one. */
  public String describe(TaskAttemptId ran, String yarnDiagnostics) {
    Optional<AttemptReport> report = read(ran.task(), ran.attempt());
    if (report.isEmpty()) {
      return yarnDiagnostics;
    }
    StringBuilder sb = new StringBuilder(report.get().message());
    if (report.get().stderrTail() != null && !report.get().stderrTail().isBlank()) {
      sb.append("\n    stderr (last lines):\n      ").append(report.get().stderrTail().replace("\n", "\n      "));
    }
    return sb.toString();
  }
}
