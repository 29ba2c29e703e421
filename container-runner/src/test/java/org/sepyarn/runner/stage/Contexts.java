package org.sepyarn.runner.stage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sepyarn.runner.process.LocalProgramLauncher;
import org.sepyarn.runner.process.ProgramLauncher;
import org.sepyarn.runner.spec.TaskSpec;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * The folders of one attempt in a test: a "cluster" work folder, the container's working folder
 * and its log folder, all on the local file system under one temporary folder.
 */
final class Contexts {
  final File cluster;
  final File workDir;
  final File logDir;
  final WorkLayout work;

  Contexts(Path root) throws IOException {
    cluster = Files.createDirectories(root.resolve("cluster")).toFile();
    workDir = Files.createDirectories(root.resolve("container")).toFile();
    logDir = Files.createDirectories(root.resolve("logs")).toFile();
    work = new WorkLayout(TestDatasets.path(cluster));
  }

  TaskContext of(TaskSpec task) {
    return of(task, 1, 0, new LocalProgramLauncher());
  }

  TaskContext of(TaskSpec task, int attempt, long timeoutMillis, ProgramLauncher launcher) {
    return new TaskContext(TestDatasets.CONF, work, task, attempt, timeoutMillis, workDir, logDir, List.of(),
        launcher);
  }

  /** A context whose program is killed when it changes nothing for {@code stallMillis}. */
  TaskContext stalling(TaskSpec task, long stallMillis, ProgramLauncher launcher) {
    return new TaskContext(TestDatasets.CONF, work, task, 1, 0, workDir, logDir, List.of(), launcher,
        org.sepyarn.runner.spec.ProgramLogs.SINGLE, stallMillis);
  }

  /** A file of the cluster work folder, by its path below the folder. */
  File clusterFile(String relative) {
    return new File(cluster, relative);
  }
}
