package org.sepyarn.client.bench;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.monitor.JobMonitor;
import org.sepyarn.client.submit.SubmitFlow;
import org.sepyarn.client.submit.SubmitSettings;
import org.sepyarn.client.submit.Submitted;
import org.sepyarn.formats.job.JobSpec;

/**
 * Runs a job as {@code sepyarn submit} does ({@link SubmitFlow}: check, stage, submit, follow),
 * with its work folder kept so that its status and runner reports can be read, then deleted.
 * Progress goes to the console's stderr.
 */
final class YarnJobLauncher implements JobLauncher {
  private final Configuration conf;
  private final Console console;

  YarnJobLauncher(Configuration conf, Console console) {
    this.conf = new Configuration(conf);
    this.conf.setBoolean(SubmitSettings.KEEP_WORK, true);
    this.console = console;
  }

  @Override
  public Measurement run(String name, JobSpec job) throws Exception {
    SubmitFlow flow = new SubmitFlow(conf, console);
    var prepared = flow.prepare(job);
    FileSystem fs = FileSystem.get(conf);
    try (YarnClient yarn = YarnClient.createYarnClient()) {
      yarn.init(conf);
      yarn.start();
      long begin = System.nanoTime();
      long submittedMillis = System.currentTimeMillis();
      Submitted submitted = flow.submit(yarn, prepared);
      JobMonitor.Ending ending = flow.follow(yarn, submitted);
      double seconds = (System.nanoTime() - begin) / 1e9;
      long endedMillis = System.currentTimeMillis();
      JobEvidence evidence = JobEvidence.read(fs, submitted.work(), submittedMillis, endedMillis);
      boolean succeeded = ending.application().succeeded();
      if (succeeded) {
        fs.delete(submitted.work().root(), true);
      } else {
        console.err().println("bench: " + name + " (" + submitted.id() + ") did not succeed; its work folder "
            + submitted.work().root() + " is kept; YARN says: " + ending.application().diagnostics());
      }
      return new Measurement(name, submitted.id().toString(), succeeded, seconds, evidence.bytes(),
          evidence.phases());
    }
  }
}
