package org.sepyarn.client.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.embedded.EmbeddedRun;
import org.sepyarn.client.embedded.EmbeddedSession;
import org.sepyarn.client.job.CheckedJob;
import org.sepyarn.client.submit.ApplicationJar;
import org.sepyarn.client.submit.SubmitSettings;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * The demonstration, step by step: make a synthetic dataset, run the programs serially on it,
 * write the patch and split jobs, run both on one embedded cluster, and compare. Prints each step
 * and a final PASS or FAIL; returns 0 for PASS, 1 for FAIL.
 */
public final class DemoRun {
  private static final int STEPS = 5;

  private final Configuration conf;
  private final Console console;
  private final Path dir;
  private final boolean keepWork;
  private final PrintStream out;

  public DemoRun(Configuration conf, Console console, Path dir, boolean keepWork) {
    this.conf = EmbeddedSession.localConfiguration(conf);
    this.console = console;
    this.dir = dir.toAbsolutePath().normalize();
    this.keepWork = keepWork;
    this.out = console.out();
  }

  public int run() throws Exception {
    SubmitSettings settings = SubmitSettings.from(conf);
    ApplicationJar.locate(conf);
    Files.createDirectories(dir);
    InProcessTool tools = new InProcessTool(dir);
    step(1, "making a synthetic input: three Ricker plane waves, 200 x 120 samples");
    tools.run("spike", DemoJobs.SPIKE_ARGS, null, file(DemoJobs.INPUT));
    Hypercube cube = open(DemoJobs.INPUT).cube();
    out.println("  " + file(DemoJobs.INPUT) + " (" + cube + ")");

    step(2, "running the programs serially on the whole input, in this process");
    tools.run(DemoJobs.SMOOTH, DemoJobs.SMOOTH_ARGS, file(DemoJobs.INPUT), file(DemoJobs.SMOOTH_SERIAL));
    out.println("  smooth " + String.join(" ", DemoJobs.SMOOTH_ARGS) + " -> " + file(DemoJobs.SMOOTH_SERIAL));
    tools.run(DemoJobs.SCALE, DemoJobs.SCALE_ARGS, file(DemoJobs.INPUT), file(DemoJobs.SCALE_SERIAL));
    out.println("  scale " + String.join(" ", DemoJobs.SCALE_ARGS) + " -> " + file(DemoJobs.SCALE_SERIAL));

    step(3, "writing the jobs");
    CheckedJob patchJob = writeJob(DemoJobs.PATCH_JOB, DemoJobs.patchJob());
    CheckedJob splitJob = writeJob(DemoJobs.SPLIT_JOB, DemoJobs.splitJob());

    step(4, "running both jobs on an embedded HDFS and YARN");
    int nodeMemory = EmbeddedRun.nodeMemoryFor(patchJob.job(), settings);
    int patchCode;
    int splitCode;
    try (EmbeddedSession session = EmbeddedSession.start(conf, console, nodeMemory, keepWork)) {
      patchCode = session.run(patchJob);
      splitCode = session.run(splitJob);
    }

    step(5, "comparing the parallel results with the serial ones");
    boolean pass = patchCode == ExitCode.SUCCESS && splitCode == ExitCode.SUCCESS;
    if (patchCode == ExitCode.SUCCESS) {
      Differences patch = Differences.between(open(DemoJobs.PATCHED), open(DemoJobs.SMOOTH_SERIAL),
          SeamMask.of(cube, DemoJobs.PATCHES), conf);
      DemoVerdict.printPatch(patch, out);
      pass &= DemoVerdict.patchPasses(patch);
    } else {
      out.println("  the patch job failed: nothing to compare");
    }
    if (splitCode == ExitCode.SUCCESS) {
      Differences split = Differences.between(open(DemoJobs.SPLIT_OUTPUT), open(DemoJobs.SCALE_SERIAL), null, conf);
      DemoVerdict.printSplit(split, out);
      pass &= DemoVerdict.splitPasses(split);
    } else {
      out.println("  the split job failed: nothing to compare");
    }
    out.println();
    out.println("demo " + (pass ? "PASS" : "FAIL") + "; the datasets and jobs are in " + dir);
    out.println("run a job again with: sepyarn submit --embedded " + file(DemoJobs.PATCH_JOB));
    return pass ? ExitCode.SUCCESS : ExitCode.JOB_FAILED;
  }

  private CheckedJob writeJob(String name, String json) throws Exception {
    Path path = file(name);
    Files.writeString(path, json, StandardCharsets.UTF_8);
    CheckedJob checked = EmbeddedRun.checkLocal(path.toString(), conf);
    out.println("  " + path + ": " + checked.job().name() + ", " + checked.job().taskCount() + " tasks");
    return checked;
  }

  private void step(int n, String what) {
    out.println();
    out.println("[" + n + "/" + STEPS + "] " + what);
  }

  private Path file(String name) {
    return dir.resolve(name);
  }

  private Dataset open(String name) throws IOException {
    return Dataset.open(new org.apache.hadoop.fs.Path(file(name).toUri()), conf);
  }
}
