package org.sepyarn.client.command;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.monitor.TaskTable;
import org.sepyarn.client.monitor.YarnJobSource;
import org.sepyarn.client.submit.StagingArea;
import org.sepyarn.runner.spec.WorkLayout;

/** {@code sepyarn status APPID}: the ResourceManager's report of a job and, once written, its tasks. */
public final class StatusCommand implements Command {
  private final YarnClients clients;

  public StatusCommand(YarnClients clients) {
    this.clients = clients;
  }

  @Override
  public String name() {
    return "status";
  }

  @Override
  public String arguments() {
    return "APPID";
  }

  @Override
  public String summary() {
    return "a job's state, progress, diagnostics and tasks";
  }

  @Override
  public String description() {
    return "Prints what the ResourceManager knows of the application (state, final status, progress, queue,"
        + " tracking URL, start and finish, diagnostics) and, once the ApplicationMaster has written status.json"
        + " in the job's work folder, a table of its tasks. Exits 2 for an id that is malformed, unknown, or not"
        + " a sepyarn job.";
  }

  @Override
  public Options options() {
    return new Options();
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    ApplicationId id = ApplicationIds.single(line);
    try (YarnClient yarn = clients.yarnClient()) {
      ApplicationReport report = ApplicationIds.report(yarn, id);
      printReport(report, console.out());
      FileSystem fs = FileSystem.get(clients.configuration());
      Path work = StagingArea.workFolder(fs, id);
      console.out().println("  work folder  " + work);
      Optional<JobStatus> status = YarnJobSource.read(fs, new WorkLayout(work).statusJson());
      if (status.isPresent()) {
        TaskTable.print(status.get(), console.out());
      } else if (!fs.exists(work)) {
        console.out().println("(no task table: the work folder is gone; the ApplicationMaster removes it when the"
            + " job ends)");
      } else {
        console.out().println("(no task table yet: the ApplicationMaster has not written status.json)");
      }
      return ExitCode.SUCCESS;
    }
  }

  private static void printReport(ApplicationReport r, PrintStream out) {
    out.println(r.getApplicationId() + "  " + r.getName());
    out.println("  state        " + r.getYarnApplicationState() + " (final status " + r.getFinalApplicationStatus()
        + ")");
    out.println("  progress     " + Math.round(r.getProgress() * 100) + "%");
    out.println("  queue        " + r.getQueue() + ", user " + r.getUser());
    out.println("  tracking     " + orDash(r.getTrackingUrl()));
    out.println("  started      " + time(r.getStartTime()));
    out.println("  finished     " + time(r.getFinishTime()));
    String diagnostics = r.getDiagnostics() == null ? "" : r.getDiagnostics().strip();
    out.println("  diagnostics  " + (diagnostics.isEmpty() ? "-" : diagnostics));
  }

  private static String time(long epochMillis) {
    return epochMillis <= 0 ? "-" : Instant.ofEpochMilli(epochMillis).toString();
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
