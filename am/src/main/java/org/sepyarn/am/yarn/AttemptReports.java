package org.sepyarn.am.yarn;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the reports runners leave in the work folder, to say why an attempt ended in the
 * runner's own words, with the tail of the program's stderr, and to count the bytes it moved.
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

  /**
   * Every report in the work folder, for a new ApplicationMaster attempt to count the bytes of the
   * attempts that ended before it; an unreadable one is left out.
   */
  public List<AttemptReport> readAll() {
    List<AttemptReport> all = new ArrayList<>();
    FileStatus[] files;
    try {
      files = fs.listStatus(work.reportsFolder());
    } catch (FileNotFoundException none) {
      return all;
    } catch (IOException e) {
      LOG.warn("cannot list the reports in {}: {}", work.reportsFolder(), e.getMessage());
      return all;
    }
    for (FileStatus f : files) {
      try (InputStream in = fs.open(f.getPath())) {
        all.add(PlanCodec.readReport(in));
      } catch (IOException e) {
        LOG.warn("cannot read the report {}: {}", f.getPath(), e.getMessage());
      }
    }
    return all;
  }

  /**
   * The exit status that decides how the attempt the container ran ended. A runner that committed a
   * task and stopped because the ApplicationMaster did not answer its report ({@code
   * HANDOVER_UNANSWERED}) ended that attempt successfully when the attempt's report says so (the
   * ApplicationMaster never heard of its success); otherwise the attempt was handed over and never
   * started, and the status stands.
   */
  public static int exitStatus(int containerExit, Optional<AttemptReport> report) {
    boolean committed = report.map(AttemptReport::committed).orElse(false);
    return containerExit == RunnerExitCodes.HANDOVER_UNANSWERED && committed ? RunnerExitCodes.OK : containerExit;
  }

  /** YARN's diagnostics of a completed container, with the runner's report when there is one. */
  public String describe(TaskAttemptId ran, String yarnDiagnostics) {
    return describe(read(ran.task(), ran.attempt()), yarnDiagnostics);
  }

  /** YARN's diagnostics of a completed container, with the runner's report when there is one. */
  public static String describe(Optional<AttemptReport> report, String yarnDiagnostics) {
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
