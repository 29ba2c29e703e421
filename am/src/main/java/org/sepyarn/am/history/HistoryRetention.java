package org.sepyarn.am.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retention rule of the history folder: a record goes when it is older than the age limit or
 * when newer records already fill the count; the record just written always stays. Only folders
 * named like applications are records: anything else in the folder is left alone.
 */
public final class HistoryRetention {
  private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

  /** One record as the folder lists it. */
  public record Entry(String name, long modifiedAt) {
  }

  private HistoryRetention() {
  }

  /** The names of the records to delete among {@code entries}, {@code keep} never among them. */
  public static List<String> toDelete(List<Entry> entries, int maxJobs, long maxAgeMillis, long now, String keep) {
    List<Entry> newestFirst = new ArrayList<>(entries.stream().filter(e -> e.name().startsWith("application_"))
        .toList());
    newestFirst.sort(Comparator.comparingLong(Entry::modifiedAt).reversed().thenComparing(Entry::name,
        Comparator.reverseOrder()));
    List<String> delete = new ArrayList<>();
    int kept = 0;
    for (Entry e : newestFirst) {
      boolean current = e.name().equals(keep);
      if (current || (kept < maxJobs - 1 && now - e.modifiedAt() <= maxAgeMillis)) {
        kept += current ? 0 : 1;
      } else {
        delete.add(e.name());
      }
    }
    return delete;
  }

  /** Applies the rule to the folder of {@code settings}; failures are logged, never fatal. */
  static void prune(FileSystem fs, HistorySettings settings, String keep, long now) {
    try {
      List<Entry> entries = new ArrayList<>();
      for (FileStatus s : fs.listStatus(settings.folder())) {
        if (s.isDirectory()) {
          entries.add(new Entry(s.getPath().getName(), s.getModificationTime()));
        }
      }
      for (String name : toDelete(entries, settings.maxJobs(), settings.maxAgeMillis(), now, keep)) {
        fs.delete(new Path(settings.folder(), name), true);
        LOG.info("history record {} removed ({} records at most, none older than {} ms)", name, settings.maxJobs(),
            settings.maxAgeMillis());
      }
    } catch (IOException e) {
      LOG.warn("cannot apply the retention rule to {}: {}", settings.folder(), e.toString());
    }
  }
}
