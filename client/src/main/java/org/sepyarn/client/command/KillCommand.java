package org.sepyarn.client.command;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;

/** {@code sepyarn kill APPID}: stops a running job; its final outputs stay as they were. */
public final class KillCommand implements Command {
  private final YarnClients clients;

  public KillCommand(YarnClients clients) {
    this.clients = clients;
  }

  @Override
  public String name() {
    return "kill";
  }

  @Override
  public String arguments() {
    return "APPID";
  }

  @Override
  public String summary() {
    return "stop a running job (its final outputs are left as they were)";
  }

  @Override
  public String description() {
    return "Asks YARN to kill the application. Pieces already finished stay in the job's work folder.";
  }

  @Override
  public boolean talksToCluster() {
    return true;
  }

  @Override
  public Options options() {
    return new Options();
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    ApplicationId id = ApplicationIds.single(line);
    try (YarnClient yarn = clients.quickYarnClient()) {
      ApplicationReport report = ApplicationIds.report(yarn, id);
      YarnApplicationState state = report.getYarnApplicationState();
      if (state == YarnApplicationState.FINISHED || state == YarnApplicationState.FAILED
          || state == YarnApplicationState.KILLED) {
        console.out().println(id + " has already ended: " + state + " (" + report.getFinalApplicationStatus() + ")");
        return ExitCode.SUCCESS;
      }
      yarn.killApplication(id, "killed by sepyarn kill");
      console.out().println("killed " + id);
      return ExitCode.SUCCESS;
    }
  }
}
