package org.sepyarn.am.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.spec.WorkLayout;

class HistoryRecordTest {
  private static final String APP = "application_1700000000000_0007";

  @TempDir
  java.nio.file.Path tmp;

  private final FileSystem fs;

  HistoryRecordTest() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
  }

  private void put(Path file, String text) throws IOException {
    try (var out = fs.create(file, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private String read(Path file) throws IOException {
    try (var in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theRecordHoldsTheWorkFoldersFilesEveryJournalFileAndThePageAndItsTimeline() throws IOException {
    WorkLayout work = new WorkLayout(new Path(tmp.resolve("work").toUri()));
    put(work.job(), "{\"name\": \"j\"}");
    put(work.planSettings(), "settings");
    put(work.statusJson(), "{\"state\": \"SUCCEEDED\"}");
    put(work.statusFile(), "succeeded");
    for (int attempt = 1; attempt <= 3; attempt++) {
      put(new Path(work.journalFolder(), "journal-" + attempt), "transitions of attempt " + attempt);
    }
    HistorySettings settings = new HistorySettings(new Path(tmp.resolve("history").toUri()), 10, 86_400_000L);

    Path record = HistoryRecord.write(fs, work, settings, APP, "<html>page</html>", "<svg/>");

    assertEquals(settings.record(APP), record);
    WorkLayout kept = new WorkLayout(record);
    assertEquals("{\"name\": \"j\"}", read(kept.job()));
    assertEquals("settings", read(kept.planSettings()));
    assertEquals("{\"state\": \"SUCCEEDED\"}", read(kept.statusJson()));
    assertEquals("succeeded", read(kept.statusFile()));
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertEquals("transitions of attempt " + attempt, read(new Path(kept.journalFolder(), "journal-" + attempt)));
    }
    assertEquals("<html>page</html>", read(new Path(record, HistoryRecord.PAGE)));
    assertEquals("<svg/>", read(new Path(record, HistoryRecord.TIMELINE)));
    assertFalse(fs.exists(kept.mergePlan()), "a job without merge tasks has no merge plan");
    assertFalse(fs.exists(kept.scatterPlan()), "a job without scatter tasks has no scatter plan");
    try (var hidden = Files.list(tmp.resolve("history"))) {
      assertEquals(1, hidden.count(), "only the record is left in the history folder");
    }
  }

  /** {@code sepyarn logs} numbers scatter and merge tasks after the job's from their plans. */
  @Test
  void theRecordKeepsTheScatterAndMergePlans() throws IOException {
    WorkLayout work = new WorkLayout(new Path(tmp.resolve("work").toUri()));
    put(work.job(), "{\"name\": \"j\"}");
    put(work.scatterPlan(), "scatter plan");
    put(work.mergePlan(), "merge plan");
    HistorySettings settings = new HistorySettings(new Path(tmp.resolve("history").toUri()), 10, 86_400_000L);

    WorkLayout kept = new WorkLayout(HistoryRecord.write(fs, work, settings, APP, null, null));

    assertEquals("scatter plan", read(kept.scatterPlan()));
    assertEquals("merge plan", read(kept.mergePlan()));
  }

  @Test
  void aRecordThatCannotBeWrittenIsReportedAsNoneAndLeavesNoRecord() throws IOException {
    WorkLayout work = new WorkLayout(new Path(tmp.resolve("work").toUri()));
    put(work.job(), "{}");
    java.nio.file.Path blocked = tmp.resolve("history");
    Files.writeString(blocked, "a file where the history folder should be");
    HistorySettings settings = new HistorySettings(new Path(blocked.toUri()), 10, 86_400_000L);

    assertNull(HistoryRecord.write(fs, work, settings, APP, "<html/>", null));
    assertTrue(Files.isRegularFile(blocked));
  }
}
