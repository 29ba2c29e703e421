package org.sepyarn.client.command;

import org.apache.hadoop.yarn.client.api.YarnClient;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.monitor.DetachOnInterrupt;
import org.sepyarn.client.monitor.JobMonitor;
import org.sepyarn.client.monitor.JobOutcome;
import org.sepyarn.client.submit.PreparedJob;
import org.sepyarn.client.submit.SubmitFlow;
import org.sepyarn.client.submit.Submitted;
import org.sepyarn.formats.job.JobSpec;

/**
 * Submits a loaded job to the cluster of the configuration and, unless detached, follows it to
 * its end: what {@code submit} and {@code resume} share.
 */
final class ClusterSubmission {
  private ClusterSubmission() {
  }

  static int run(YarnClients clients, JobSpec job, boolean detach, Console console) throws Exception {
    SubmitFlow flow = new SubmitFlow(clients.configuration(), console);
    PreparedJob prepared = flow.prepare(job);
    try (YarnClient yarn = clients.yarnClient()) {
      Submitted submitted = flow.submit(yarn, prepared);
      String id = submitted.id().toString();
      if (detach) {
        console.out().println(id);
        console.err().println("follow it with: sepyarn status " + id + "; stop it with: sepyarn kill " + id);
        return ExitCode.SUCCESS;
      }
      JobMonitor.Ending ending;
      try (DetachOnInterrupt ignored = DetachOnInterrupt.install(console.err(), "stopped following " + id
          + "; the job keeps running. Follow it with: sepyarn status " + id + "; stop it with: sepyarn kill " + id,
          () -> { })) {
        ending = flow.follow(yarn, submitted);
      }
      return JobOutcome.report(submitted.id(), ending, console.out());
    }
  }
}
