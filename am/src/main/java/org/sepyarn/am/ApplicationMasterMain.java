package org.sepyarn.am;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.sepyarn.am.history.HistorySettings;
import org.sepyarn.am.security.JobFileSystems;
import org.sepyarn.am.security.KeytabTokenRenewal;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ApplicationMaster's entry point:
 * {@code ApplicationMasterMain --work W [--keep-work] [--resume-from EARLIER_WORK [--rerun 1,4]]
 * [--history FOLDER --history-max-jobs N --history-max-age-ms MS] [--principal P --keytab LOCAL_KEYTAB]}
 * (without {@code --history}, the history settings of the cluster's configuration,
 * {@link HistorySettings}). Exits
 * 0 when the job ended (succeeded or failed, and said so to the ResourceManager) and 1 when this
 * attempt crashed, so that YARN starts another.
 */
public final class ApplicationMasterMain {
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationMasterMain.class);

  private ApplicationMasterMain() {
  }

  public static void main(String[] args) {
    String work = null;
    boolean keepWork = false;
    String resumeFrom = null;
    java.util.Set<Integer> rerun = new java.util.TreeSet<>();
    String principal = null;
    String keytab = null;
    String historyFolder = null;
    int historyMaxJobs = 0;
    long historyMaxAge = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--work") && i + 1 < args.length) {
        work = args[++i];
      } else if (args[i].equals("--keep-work")) {
        keepWork = true;
      } else if (args[i].equals("--history") && i + 1 < args.length) {
        historyFolder = args[++i];
      } else if (args[i].equals("--history-max-jobs") && i + 1 < args.length) {
        historyMaxJobs = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--history-max-age-ms") && i + 1 < args.length) {
        historyMaxAge = Long.parseLong(args[++i]);
      } else if (args[i].equals("--resume-from") && i + 1 < args.length) {
        resumeFrom = args[++i];
      } else if (args[i].equals("--principal") && i + 1 < args.length) {
        principal = args[++i];
      } else if (args[i].equals("--keytab") && i + 1 < args.length) {
        keytab = args[++i];
      } else if (args[i].equals("--rerun") && i + 1 < args.length) {
        try {
          for (String t : args[++i].split(",")) {
            rerun.add(Integer.parseInt(t.strip()));
          }
        } catch (NumberFormatException e) {
          LOG.error("--rerun {}: expected task numbers separated by commas", args[i]);
          System.exit(2);
        }
      } else {
        LOG.error("unknown argument {}; usage: ApplicationMasterMain --work FOLDER [--keep-work] [--resume-from FOLDER]", args[i]);
        System.exit(2);
      }
    }
    if (work == null) {
      LOG.error("usage: ApplicationMasterMain --work FOLDER [--keep-work] [--resume-from FOLDER]");
      System.exit(2);
    }
    if ((principal == null) != (keytab == null)) {
      LOG.error("--principal and --keytab go together");
      System.exit(2);
    }
    int exit;
    YarnConfiguration conf = new YarnConfiguration();
    WorkLayout layout = new WorkLayout(new Path(work));
    try (KeytabTokenRenewal tokens = principal == null ? null
        : KeytabTokenRenewal.start(conf, principal, keytab, layout, JobFileSystems.of(layout, conf))) {
      ApplicationMaster am = new ApplicationMaster(conf, layout, keepWork,
          resumeFrom == null ? null : new WorkLayout(new Path(resumeFrom)), rerun,
          historyFolder == null ? null : new HistorySettings(new Path(historyFolder), historyMaxJobs, historyMaxAge));
      if (tokens != null) {
        am.renewsTokens(tokens);
      }
      am.run();
      exit = 0;
      if (tokens != null) {
        JobFileSystems.removeKeytab(layout, conf);
      }
    } catch (Throwable e) {
      LOG.error("the ApplicationMaster attempt failed", e);
      // YARN puts the tail of am.stderr into the attempt's diagnostics, which the user sees.
      System.err.println(crashSummary(e));
      exit = 1;
    }
    System.exit(exit);
  }

  /** One line per cause: what a user reads in YARN's diagnostics when an attempt crashed. */
  static String crashSummary(Throwable e) {
    StringBuilder sb = new StringBuilder("the sepyarn ApplicationMaster attempt failed: ").append(e);
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      sb.append("\n  caused by ").append(cause);
    }
    return sb.toString();
  }
}
