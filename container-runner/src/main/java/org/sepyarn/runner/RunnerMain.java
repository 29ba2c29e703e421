package org.sepyarn.runner;

import java.io.File;
import java.io.InputStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sepyarn.runner.process.LocalProgramLauncher;
import org.sepyarn.runner.spec.Plan;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.WorkLayout;
import org.sepyarn.runner.stage.TaskAttempt;
import org.sepyarn.runner.stage.TaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of a task container: {@code RunnerMain --work W --task N --attempt A}. Reads
 * the plan localized into the working folder, runs the attempt, and exits with the
 * {@link RunnerExitCodes} code.
 */
public final class RunnerMain {
  private static final Logger LOG = LoggerFactory.getLogger(RunnerMain.class);

  private RunnerMain() {
  }

  public static void main(String[] args) {
    RunnerArguments a;
    try {
      a = RunnerArguments.parse(args);
    } catch (IllegalArgumentException e) {
      LOG.error("bad runner invocation: {}", e.getMessage());
      System.exit(RunnerExitCodes.BAD_INVOCATION);
      return;
    }
    int exit;
    try {
      File workDir = new File(".").getAbsoluteFile();
      Plan plan;
      try (InputStream in = new java.io.FileInputStream(new File(workDir, WorkLayout.PLAN))) {
        plan = PlanCodec.readPlan(in);
      }
      TaskContext ctx = new TaskContext(new Configuration(), new WorkLayout(new Path(a.work())), plan.task(a.task()),
          a.attempt(), plan.taskTimeoutMillis(), workDir, logDir(workDir), List.of(), new LocalProgramLauncher());
      exit = new TaskAttempt(ctx).run();
    } catch (Exception e) {
      LOG.error("runner failed before the program could run", e);
      exit = RunnerExitCodes.RUNNER_ERROR;
    }
    System.exit(exit);
  }

  /** YARN's log folder for this container ({@code LOG_DIRS}), else a folder beside the work. */
  private static File logDir(File workDir) {
    String dirs = System.getenv("LOG_DIRS");
    File dir = dirs == null || dirs.isEmpty() ? new File(workDir, "logs") : new File(dirs.split(",")[0]);
    dir.mkdirs();
    return dir;
  }
}
