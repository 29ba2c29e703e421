package org.sepyarn.runner.stage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sepyarn.formats.job.ContainerNames;
import org.sepyarn.runner.process.ProgramCommand;
import org.sepyarn.runner.spec.ProgramLogs;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

/**
 * Turns a task into the exact command SEPlib's {@code Parallel} would run: {@code program.command}
 * + {@code program.args} + the task's own arguments + {@code name=<local header>} for each
 * named file + the local header of each positional file ({@code @1}, {@code @2}, ... in order), the {@code <} input as standard input and the {@code >} output as standard output.
 * Binary outputs land in the working folder through {@code DATAPATH} and {@code .datapath}.
 * {@code program.env}'s values get YARN's {@code {{PWD}}}-style expansion ({@link EnvExpansion}).
 */
public final class ProgramInvocation {
  /** Environment variable naming the file a program may write its progress and checkpoint to. */
  public static final String PROGRESS_FILE_ENV = "SEPYARN_PROGRESS_FILE";

  private ProgramInvocation() {
  }

  /** The file a program in {@code workDir} may write its progress and checkpoint to. */
  public static File progressFile(File workDir) {
    return new File(workDir, ContainerNames.PROGRESS_FILE);
  }

  /**
   * The command for {@code task} run in {@code workDir}, with extra arguments (a retry's
   * checkpoint) appended after the task's own.
   */
  public static ProgramCommand build(TaskSpec task, File workDir, File logDir, List<String> extraArgs)
      throws IOException {
    return build(task, workDir, logDir, extraArgs, ProgramLogs.SINGLE);
  }

  /** As {@link #build(TaskSpec, File, File, List)}, with the program's log files named by {@code logs}. */
  public static ProgramCommand build(TaskSpec task, File workDir, File logDir, List<String> extraArgs,
      ProgramLogs logs) throws IOException {
    List<String> argv = new ArrayList<>(task.command());
    argv.addAll(task.args());
    argv.addAll(task.taskArgs());
    argv.addAll(extraArgs);
    File stdin = null;
    File stdout = null;
    SortedMap<Integer, String> positional = new TreeMap<>();
    for (TaskFile f : task.files()) {
      File local = new File(workDir, f.localName());
      if (f.isStdin()) {
        stdin = local;
      } else if (f.isStdout()) {
        stdout = local;
      } else if (f.isPositional()) {
        positional.put(f.position(), f.argument(local.getAbsolutePath()));
      } else {
        argv.add(f.argument(local.getAbsolutePath()));
      }
    }
    argv.addAll(positional.values());
    if (stdout == null) {
      stdout = new File(logDir, logs.stdout());
    }
    String datapath = workDir.getAbsolutePath() + File.separator;
    Files.write(new File(workDir, ContainerNames.DATAPATH_FILE).toPath(),
        ("datapath=" + datapath + "\n").getBytes(StandardCharsets.UTF_8));
    Map<String, String> env = new LinkedHashMap<>(EnvExpansion.expand(task.env(), workDir, System::getenv));
    env.put("DATAPATH", datapath);
    env.put(PROGRESS_FILE_ENV, progressFile(workDir).getAbsolutePath());
    return new ProgramCommand(argv, workDir, env, stdin, stdout, new File(logDir, logs.stderr()));
  }
}
