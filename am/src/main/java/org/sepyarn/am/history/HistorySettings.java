package org.sepyarn.am.history;

import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where job history records are kept and for how long: {@code sepyarn.history.dir} (default
 * {@code ~/.sepyarn/history} on the cluster file system), {@code sepyarn.history.max-jobs} (the
 * newest 100 records by default) and {@code sepyarn.history.max-age} (30 days by default, any
 * Hadoop duration such as {@code 12h} or {@code 7d}); a record goes when either rule says so.
 *
 * @param folder the history folder, qualified
 * @param maxJobs how many records to keep at most
 * @param maxAgeMillis how old a record may grow before it goes
 */
public record HistorySettings(Path folder, int maxJobs, long maxAgeMillis) {
  public static final String DIR = "sepyarn.history.dir";
  public static final String MAX_JOBS = "sepyarn.history.max-jobs";
  public static final String MAX_AGE = "sepyarn.history.max-age";
  static final int DEFAULT_MAX_JOBS = 100;
  static final long DEFAULT_MAX_AGE_MILLIS = TimeUnit.DAYS.toMillis(30);

  public HistorySettings {
    if (maxJobs < 1) {
      throw new IllegalArgumentException(MAX_JOBS + "=" + maxJobs + " is not allowed: keep at least 1 record");
    }
    if (maxAgeMillis <= 0) {
      throw new IllegalArgumentException(MAX_AGE + " must be longer than 0 (like 30d or 12h)");
    }
  }

  /**
   * The settings of {@code conf}, the history folder qualified on {@code fs}.
   *
   * @throws IllegalArgumentException naming the setting that is wrong
   */
  public static HistorySettings of(Configuration conf, FileSystem fs) {
    String dir = conf.getTrimmed(DIR, "");
    Path folder = dir.isEmpty() ? new Path(new Path(fs.getHomeDirectory(), ".sepyarn"), "history") : new Path(dir);
    return new HistorySettings(fs.makeQualified(folder), maxJobs(conf), maxAge(conf));
  }

  /**
   * Checks the count and age settings of {@code conf}.
   *
   * @throws IllegalArgumentException naming the setting that is wrong
   */
  public static void check(Configuration conf) {
    new HistorySettings(new Path("/"), maxJobs(conf), maxAge(conf));
  }

  private static long maxAge(Configuration conf) {
    try {
      return conf.getTimeDuration(MAX_AGE, DEFAULT_MAX_AGE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(MAX_AGE + "=\"" + conf.get(MAX_AGE) + "\" is not a duration: write it like"
          + " 30d, 12h or 90m");
    }
  }

  private static int maxJobs(Configuration conf) {
    try {
      return conf.getInt(MAX_JOBS, DEFAULT_MAX_JOBS);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(MAX_JOBS + "=\"" + conf.get(MAX_JOBS) + "\" is not a whole number");
    }
  }

  /** The record of application {@code applicationId}. */
  public Path record(String applicationId) {
    return new Path(folder, applicationId);
  }
}
