package org.sepyarn.client.logs;

import java.io.FileNotFoundException;
import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.sepyarn.am.journal.JournalReader;
import org.sepyarn.runner.spec.PlanFiles;
import org.sepyarn.runner.spec.PlanSettings;
import org.sepyarn.runner.spec.ProgramLogs;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * Reads which container ran each task attempt of a job from its work folder: the task count from
 * the plan's settings ({@code plan/job.json}), the attempts from the journal every ApplicationMaster attempt keeps.
 */
public final class JournaledAttempts {
  private JournaledAttempts() {
  }

  /**
   * The attempts of the job whose work folder is {@code work}.
   *
   * @throws LogUnavailableException when the work folder or its plan is not there (saying why), or
   *     cannot be read
   */
  public static TaskAttempts read(FileSystem fs, WorkLayout work, ApplicationReport report)
      throws LogUnavailableException {
    String id = report.getApplicationId().toString();
    try {
      if (!fs.exists(work.root())) {
        throw new LogUnavailableException(whyGone(report, work) + ", and with it the journal that says which"
            + " container ran which task; every container's logs: yarn logs -applicationId " + id);
      }
      int taskCount;
      try {
        taskCount = PlanFiles.readSettings(fs, work).taskCount();
      } catch (FileNotFoundException e) {
        throw new LogUnavailableException("the ApplicationMaster of " + id + " has not planned the tasks yet (no "
            + work.planSettings() + "), so no task has run; state " + report.getYarnApplicationState());
      }
      // Scatter tasks are journaled as the tasks after the job's, merge tasks after those: scatter task
      // k is task taskCount + k, merge task k task taskCount + scatter tasks + k.
      if (fs.exists(work.scatterPlan())) {
        taskCount += org.sepyarn.runner.scatter.ScatterAttempt.readPlan(fs, work).tasks().size();
      }
      if (fs.exists(work.mergePlan())) {
        taskCount += org.sepyarn.runner.merge.MergeAttempt.readPlan(fs, work).tasks().size();
      }
      return TaskAttempts.of(taskCount, JournalReader.read(fs, work.journalFolder(), Integer.MAX_VALUE).transitions());
    } catch (IOException | IllegalArgumentException e) {
      throw new LogUnavailableException("cannot read the task attempts of " + id + " from " + work.root() + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * The file in the attempt's container log folder that holds the log asked for by its usual name:
   * in a job whose containers run several tasks, each attempt's program logs have names of their own.
   */
  public static String logFile(FileSystem fs, WorkLayout work, AttemptLocation where, String asked)
      throws LogUnavailableException {
    try {
      PlanSettings settings = PlanFiles.readSettings(fs, work);
      boolean task = where.task() < settings.taskCount();
      return ProgramLogs.of(task && settings.reusesContainers(), where.task(), where.attempt()).fileFor(asked);
    } catch (IOException | IllegalArgumentException e) {
      throw new LogUnavailableException("cannot read the job's settings from " + work.planSettings() + ": "
          + e.getMessage(), e);
    }
  }

  private static String whyGone(ApplicationReport report, WorkLayout work) {
    if (report.getYarnApplicationState() == YarnApplicationState.FINISHED
        && report.getFinalApplicationStatus() == FinalApplicationStatus.SUCCEEDED) {
      return "the job succeeded and its work folder " + work.root() + " was removed, as it is after every success"
          + " unless the job is submitted with --keep-work";
    }
    return "the work folder " + work.root() + " is gone";
  }
}
