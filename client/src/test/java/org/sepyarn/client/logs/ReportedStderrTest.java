package org.sepyarn.client.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.WorkLayout;

class ReportedStderrTest {
  @TempDir
  Path dir;

  @Test
  void theTailAnAttemptReportedIsShownWithItsLastLineEnded() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    WorkLayout work = new WorkLayout(new org.apache.hadoop.fs.Path(dir.toUri()));
    try (OutputStream out = fs.create(work.report(3, 2))) {
      out.write(PlanCodec.writeReport(new AttemptReport(3, 2, "node7", "SUCCEEDED", 0, "", "first\nlast", 1L, 2L)));
    }
    AttemptLocation where = new AttemptLocation(3, 2, "container_1_0001_01_000004", "node7:8041", Optional.empty());
    assertEquals(Optional.of("first\nlast\n"), ReportedStderr.of(fs, work, where));
  }

  @Test
  void withoutAReportThereIsNothingToShow() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    WorkLayout work = new WorkLayout(new org.apache.hadoop.fs.Path(dir.toUri()));
    AttemptLocation where = new AttemptLocation(0, 1, "container_1_0001_01_000002", "node7:8041", Optional.empty());
    assertEquals(Optional.empty(), ReportedStderr.of(fs, work, where));
  }
}
