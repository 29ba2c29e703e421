package org.sepyarn.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.monitor.JobMonitor;
import org.sepyarn.client.submit.SubmitFlow;
import org.sepyarn.client.submit.Submitted;
import org.sepyarn.formats.job.JobSpec;

/** A sepyarn job of N tasks running {@code true} (no files), submitted and followed as {@code sepyarn submit} does. */
final class SepyarnNoOpJob {
  static final String MEMORY = "256m";
  /**
   * Longer than the default: a hundred runner JVMs starting at once on a small, loaded machine can
   * take over a minute to send their first heartbeat, and a runner silent that long is retried.
   */
  static final String HEARTBEAT_TIMEOUT = "10m";

  private final Configuration conf;

  SepyarnNoOpJob(Configuration conf) {
    this.conf = conf;
  }

  /** Runs it, {@code perContainer} tasks to a container; returns the seconds from submission to the end. */
  double run(int tasks, int perContainer) throws Exception {
    JobSpec job = JobSpec.parse("{\"name\": \"no-op-" + tasks + "\", \"program\": {\"command\": [\"true\"]},"
        + " \"tasks\": " + tasks + ", \"tasksPerContainer\": " + perContainer + ", \"resources\": {\"memory\": \""
        + MEMORY + "\"}, \"heartbeatTimeout\": \"" + HEARTBEAT_TIMEOUT + "\"}", "OverheadBench");
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    SubmitFlow flow = new SubmitFlow(conf, new Console(quiet, quiet, false));
    var prepared = flow.prepare(job);
    try (YarnClient yarn = YarnClient.createYarnClient()) {
      yarn.init(conf);
      yarn.start();
      long begin = System.nanoTime();
      Submitted submitted = flow.submit(yarn, prepared);
      // Until the ResourceManager reports the end, as for the bare application.
      JobMonitor.Ending ending = flow.monitor(yarn, submitted);
      double seconds = (System.nanoTime() - begin) / 1e9;
      if (!ending.application().succeeded()) {
        throw new IllegalStateException(submitted.id() + " did not succeed: " + ending.application().diagnostics());
      }
      return seconds;
    }
  }
}
