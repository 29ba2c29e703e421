package org.sepyarn.client.command;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.sepyarn.am.history.HistorySettings;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.submit.StagingArea;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * Where {@code status} and {@code logs} read a job from: its work folder while it is there, else
 * its history record ({@link org.sepyarn.am.history.HistoryRecord}), which is laid out the same
 * way; the work folder when neither is, so that the messages name it.
 */
final class JobFolders {
  private JobFolders() {
  }

  /** The folder a job is read from, and whether it is the job's history record. */
  record JobFolder(WorkLayout layout, boolean history) {
    /** How {@code status} labels the folder. */
    String label() {
      return history ? "history      " : "work folder  ";
    }
  }

  static JobFolder find(FileSystem fs, Configuration conf, ApplicationId id) throws IOException,
      InvalidInputException {
    WorkLayout work = new WorkLayout(StagingArea.workFolder(fs, id));
    if (fs.exists(work.root())) {
      return new JobFolder(work, false);
    }
    WorkLayout record = historyRecord(fs, conf, id);
    return fs.exists(record.root()) ? new JobFolder(record, true) : new JobFolder(work, false);
  }

  private static WorkLayout historyRecord(FileSystem fs, Configuration conf, ApplicationId id)
      throws InvalidInputException {
    try {
      return new WorkLayout(HistorySettings.of(conf, fs).record(id.toString()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }
}
