package org.sepyarn.am.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.history.HistoryRetention.Entry;

class HistoryRetentionTest {
  private static final long DAY = 86_400_000L;
  private static final long NOW = 100 * DAY;

  private static Entry app(int n, long ageDays) {
    return new Entry("application_1_000" + n, NOW - ageDays * DAY);
  }

  @Test
  void theOldestRecordsGoBeyondTheCountAndTheNewOneAlwaysStays() {
    List<Entry> entries = List.of(app(1, 5), app(2, 4), app(3, 3), app(4, 2), app(5, 1));
    assertEquals(List.of("application_1_0002", "application_1_0001"),
        HistoryRetention.toDelete(entries, 3, 30 * DAY, NOW, "application_1_0005"));
    assertEquals(List.of("application_1_0004", "application_1_0003", "application_1_0002", "application_1_0001"),
        HistoryRetention.toDelete(entries, 1, 30 * DAY, NOW, "application_1_0005"));
  }

  @Test
  void recordsOlderThanTheAgeGoWhateverTheCountButNotTheOneJustWritten() {
    List<Entry> entries = List.of(app(1, 40), app(2, 31), app(3, 29), app(4, 50));
    assertEquals(List.of("application_1_0002", "application_1_0001"),
        HistoryRetention.toDelete(entries, 100, 30 * DAY, NOW, "application_1_0004"));
  }

  @Test
  void foldersNotNamedLikeApplicationsAreLeftAlone() {
    List<Entry> entries = List.of(new Entry(".tmp-application_1_0009", 0), new Entry("notes", 0), app(1, 1));
    assertEquals(List.of(), HistoryRetention.toDelete(entries, 1, DAY, NOW, "application_1_0001"));
  }

  @Test
  void settingsAreCheckedAndNamedWhenWrong() {
    Configuration conf = new Configuration(false);
    conf.set(HistorySettings.MAX_AGE, "12h");
    HistorySettings.check(conf);
    conf.set(HistorySettings.MAX_JOBS, "0");
    assertEquals("sepyarn.history.max-jobs=0 is not allowed: keep at least 1 record",
        assertThrows(IllegalArgumentException.class, () -> HistorySettings.check(conf)).getMessage());
    conf.set(HistorySettings.MAX_JOBS, "ten");
    assertThrows(IllegalArgumentException.class, () -> HistorySettings.check(conf));
    conf.set(HistorySettings.MAX_JOBS, "10");
    conf.set(HistorySettings.MAX_AGE, "soon");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HistorySettings.check(conf));
    assertEquals("sepyarn.history.max-age=\"soon\" is not a duration: write it like 30d, 12h or 90m", e.getMessage());
  }
}
