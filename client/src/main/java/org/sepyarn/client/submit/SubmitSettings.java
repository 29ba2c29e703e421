package org.sepyarn.client.submit;

import java.util.List;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.sepyarn.am.history.HistorySettings;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.job.Acls;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.JobValidationException;

/**
 * The client-side settings of a submission, from the Hadoop configuration ({@code -D key=value}
 * or {@code *-site.xml}): the ApplicationMaster's memory ({@value #AM_MEMORY_MB}, default
 * {@value #DEFAULT_AM_MEMORY_MB} MiB) and how many ApplicationMaster attempts YARN may start
 * ({@value #AM_MAX_ATTEMPTS}, default {@value #DEFAULT_AM_MAX_ATTEMPTS}, at most the cluster's
 * {@code yarn.resourcemanager.am.max-attempts}), and whether the job's work folder is kept after
 * success ({@value #KEEP_WORK}, default false; {@code submit --keep-work}).
 *
 * @param amMemoryMb memory of the ApplicationMaster's container
 * @param maxAppAttempts ApplicationMaster attempts, after the cluster's cap
 * @param keepWork keep the work folder after success (after a failure it is always kept)
 */
public record SubmitSettings(int amMemoryMb, int maxAppAttempts, boolean keepWork, String resumeFrom,
    List<Integer> rerun, Optional<List<String>> aclView, Optional<List<String>> aclModify) {
  /** Who may view the job, replacing its {@code acls.view}: users, {@code @group}s or {@code *}, comma separated. */
  public static final String ACL_VIEW = "sepyarn.acl.view";
  /** Who may kill the job, replacing its {@code acls.modify}. */
  public static final String ACL_MODIFY = "sepyarn.acl.modify";

  public static final String KEEP_WORK = "sepyarn.keep-work";
  /** Set by {@code sepyarn resume}: the work folder of the run whose finished tasks are taken over. */
  public static final String RESUME_FROM = "sepyarn.resume-from";
  /** Set by {@code sepyarn resume --rerun}: the finished tasks of that run to run again (checked there). */
  public static final String RESUME_RERUN = "sepyarn.resume-rerun";

  public SubmitSettings {
    rerun = rerun == null ? List.of() : List.copyOf(rerun);
    aclView = aclView == null ? Optional.empty() : aclView;
    aclModify = aclModify == null ? Optional.empty() : aclModify;
  }

  public SubmitSettings(int amMemoryMb, int maxAppAttempts, boolean keepWork, String resumeFrom,
      List<Integer> rerun) {
    this(amMemoryMb, maxAppAttempts, keepWork, resumeFrom, rerun, Optional.empty(), Optional.empty());
  }

  public SubmitSettings(int amMemoryMb, int maxAppAttempts, boolean keepWork) {
    this(amMemoryMb, maxAppAttempts, keepWork, null, List.of());
  }

  public SubmitSettings(int amMemoryMb, int maxAppAttempts, boolean keepWork, String resumeFrom) {
    this(amMemoryMb, maxAppAttempts, keepWork, resumeFrom, List.of());
  }
  public static final String AM_MEMORY_MB = "sepyarn.am.memory-mb";
  public static final int DEFAULT_AM_MEMORY_MB = 1024;
  public static final String AM_MAX_ATTEMPTS = "sepyarn.am.max-attempts";
  public static final int DEFAULT_AM_MAX_ATTEMPTS = 2;
  static final int MIN_AM_MEMORY_MB = 64;

  /** Reads and checks the settings. */
  public static SubmitSettings from(Configuration conf) throws InvalidInputException {
    int memory = wholeNumber(conf, AM_MEMORY_MB, DEFAULT_AM_MEMORY_MB);
    if (memory < MIN_AM_MEMORY_MB) {
      throw new InvalidInputException(AM_MEMORY_MB + "=" + memory + " is too little memory for the"
          + " ApplicationMaster: give at least " + MIN_AM_MEMORY_MB + " (MiB)");
    }
    int attempts = wholeNumber(conf, AM_MAX_ATTEMPTS, DEFAULT_AM_MAX_ATTEMPTS);
    if (attempts < 1) {
      throw new InvalidInputException(AM_MAX_ATTEMPTS + "=" + attempts + " is not allowed: give at least 1");
    }
    try {
      HistorySettings.check(conf);
      AmJvmOptions.of(conf);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
    int clusterCap = conf.getInt(YarnConfiguration.RM_AM_MAX_ATTEMPTS, YarnConfiguration.DEFAULT_RM_AM_MAX_ATTEMPTS);
    return new SubmitSettings(memory, Math.max(1, Math.min(attempts, clusterCap)), conf.getBoolean(KEEP_WORK, false),
        conf.getTrimmed(RESUME_FROM), conf.getTrimmedStringCollection(RESUME_RERUN).stream()
            .map(Integer::valueOf).toList(), acl(conf, ACL_VIEW), acl(conf, ACL_MODIFY));
  }

  private static Optional<List<String>> acl(Configuration conf, String key) throws InvalidInputException {
    String text = conf.getTrimmed(key);
    if (text == null) {
      return Optional.empty();
    }
    List<String> entries = List.copyOf(conf.getTrimmedStringCollection(key));
    try {
      new Acls(entries, List.of());
    } catch (JobValidationException e) {
      throw new InvalidInputException(key + "=" + text + ": " + e.errors().get(0).message()
          + " (entries are separated by commas)");
    }
    return Optional.of(entries);
  }

  /**
   * What YARN gets for {@code job}: its name, queue, priority, tags, ACLs (those given with
   * {@value #ACL_VIEW} and {@value #ACL_MODIFY} replacing the job's) and node label, and these settings.
   */
  public SubmissionRequest request(JobSpec job) {
    Acls acls = new Acls(aclView.orElse(job.acls().view()), aclModify.orElse(job.acls().modify()));
    return new SubmissionRequest(job.name(), job.queue(), job.priority(), job.tags(), amMemoryMb, maxAppAttempts,
        keepWork, resumeFrom, rerun, acls, job.nodeLabel().orElse(null));
  }

  private static int wholeNumber(Configuration conf, String key, int dflt) throws InvalidInputException {
    String text = conf.getTrimmed(key);
    if (text == null || text.isEmpty()) {
      return dflt;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(key + "=" + text + " is not a whole number (default " + dflt + ")");
    }
  }
}
