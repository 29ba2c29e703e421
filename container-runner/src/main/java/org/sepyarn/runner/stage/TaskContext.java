package org.sepyarn.runner.stage;

import java.io.File;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.runner.process.ProgramLauncher;
import org.sepyarn.runner.spec.ProgramLogs;
import org.sepyarn.runner.spec.TaskSpec;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * What every stage of one attempt works with.
 *
 * @param conf the Hadoop configuration
 * @param work the job's work folder layout on the cluster file system
 * @param task the task
 * @param attempt the attempt number, from 1
 * @param taskTimeoutMillis the program's wall-clock limit, 0 for none
 * @param workDir the local folder the program runs in (the container's working folder)
 * @param logDir the local folder for the program's stderr and stdout
 * @param extraArgs arguments added after the task's own (a retry's checkpoint)
 * @param launcher starts the program
 * @param logs the names of the program's log files in {@code logDir}
 * @param stallTimeoutMillis how long the program may change neither its progress file nor any
 *     file of {@code workDir} before it is killed as stalled; 0 for never
 */
public record TaskContext(Configuration conf, WorkLayout work, TaskSpec task, int attempt, long taskTimeoutMillis,
    File workDir, File logDir, List<String> extraArgs, ProgramLauncher launcher, ProgramLogs logs,
    long stallTimeoutMillis) {
  public TaskContext {
    extraArgs = List.copyOf(extraArgs);
    java.util.Objects.requireNonNull(logs, "logs");
    if (stallTimeoutMillis < 0) {
      throw new IllegalArgumentException("stall timeout " + stallTimeoutMillis + " ms is negative");
    }
  }

  /** A context that never kills the program as stalled. */
  public TaskContext(Configuration conf, WorkLayout work, TaskSpec task, int attempt, long taskTimeoutMillis,
      File workDir, File logDir, List<String> extraArgs, ProgramLauncher launcher, ProgramLogs logs) {
    this(conf, work, task, attempt, taskTimeoutMillis, workDir, logDir, extraArgs, launcher, logs, 0);
  }

  /** The context of the only task of a container. */
  public TaskContext(Configuration conf, WorkLayout work, TaskSpec task, int attempt, long taskTimeoutMillis,
      File workDir, File logDir, List<String> extraArgs, ProgramLauncher launcher) {
    this(conf, work, task, attempt, taskTimeoutMillis, workDir, logDir, extraArgs, launcher, ProgramLogs.SINGLE);
  }

  /** The file system of the work folder. */
  public FileSystem clusterFs() throws java.io.IOException {
    return work.root().getFileSystem(conf);
  }

  /** The stderr file of the program. */
  public File programStderr() {
    return new File(logDir, logs.stderr());
  }
}
