package org.sepyarn.client.command;

import java.io.PrintStream;
import java.time.Instant;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.monitor.DetachOnInterrupt;
import org.sepyarn.client.monitor.JobMonitor;
import org.sepyarn.client.monitor.JobOutcome;
import org.sepyarn.client.monitor.TaskTable;
import org.sepyarn.client.submit.SubmitFlow;
import org.sepyarn.client.submit.Submitted;
import org.sepyarn.client.status.EndedJob;
import org.sepyarn.client.status.KnownTasks;
import org.sepyarn.client.status.StatusDocument;
import org.sepyarn.client.status.TaskFilter;
import org.sepyarn.client.status.TaskLookup;
import org.sepyarn.client.status.TaskSource;
import org.sepyarn.client.web.WebClient;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * {@code sepyarn status APPID [--json] [--task N | --state S] [--follow]}: the ResourceManager's report of a job
 * and its tasks, live from the ApplicationMaster while it runs, otherwise from {@code status.json};
 * one task or the tasks in one state on request (asked of the ApplicationMaster by page, so any
 * task of a big job is found).
 */
public final class StatusCommand implements Command {
  private final YarnClients clients;
  private final WebClient web;

  public StatusCommand(YarnClients clients, WebClient web) {
    this.clients = clients;
    this.web = web;
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
        + " tracking URL, start and finish, diagnostics) and a table of its tasks: while the job runs, live from"
        + " its ApplicationMaster through the ResourceManager's web proxy (the tracking URL); otherwise, or when"
        + " that page does not answer, from status.json in the job's work folder (kept after a success only with"
        + " submit --keep-work). With --task N it shows task N only and with --state S the tasks in state S only (at most 1000),"
        + " which the ApplicationMaster finds among all the tasks; status.json lists at most 1000 tasks, and"
        + " says so when the task asked for is not among them. With --json it prints all of that as one JSON"
        + " document for scripts. With --follow it attaches the live progress display that submit shows to a"
        + " running job (Ctrl-C detaches again) and exits as submit does: 0 when the job succeeded, 1 when it"
        + " failed or was killed. Exits 2"
        + " for an id that is malformed, unknown, or not a sepyarn job.";
  }

  @Override
  public boolean talksToCluster() {
    return true;
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder("f").longOpt("follow")
        .desc("follow a running job to its end with the live progress display, as submit does").build());
    options.addOption(Option.builder("j").longOpt("json").desc("print one JSON document (for scripts)").build());
    options.addOption(Option.builder("t").longOpt("task").hasArg().argName("N")
        .desc("show task N only (from 0), any task of a running job").build());
    options.addOption(Option.builder("s").longOpt("state").hasArg().argName("STATE")
        .desc("show the tasks in STATE only (WAITING, ASSIGNED, RUNNING, SUCCEEDED, FAILED, KILLED; at most 1000)").build());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    ApplicationId id = ApplicationIds.single(line);
    TaskFilter filter = filter(line);
    if (line.hasOption("follow") && (line.hasOption("json") || line.hasOption("task") || line.hasOption("state"))) {
      throw new InvalidInputException("--follow shows the live progress display and goes with no other option");
    }
    try (YarnClient yarn = clients.quickYarnClient()) {
      ApplicationReport report = ApplicationIds.report(yarn, id);
      if (line.hasOption("follow")) {
        return follow(report, console);
      }
      FileSystem fs = FileSystem.get(clients.configuration());
      JobFolders.JobFolder folder = JobFolders.find(fs, clients.configuration(), id);
      WorkLayout work = folder.layout();
      KnownTasks tasks = new TaskLookup(web, fs).find(report, work, filter);
      if (line.hasOption("json")) {
        console.out().println(StatusDocument.of(report, work.root().toString(), tasks).toJson());
      } else {
        printReport(report, EndedJob.progress(report, tasks.status()), console.out());
        console.out().println("  " + folder.label() + work.root());
        printTasks(tasks, console.out());
      }
      return ExitCode.SUCCESS;
    }
  }

  /**
   * Attaches the live progress display to a running job until its end, then says how it ended,
   * exiting as submit would (0 success, 1 failed or killed); Ctrl-C detaches, the job runs on.
   */
  private int follow(ApplicationReport report, Console console) throws Exception {
    ApplicationId id = report.getApplicationId();
    FileSystem fs = FileSystem.get(clients.configuration());
    // A plain client from here: the job may run for hours, through a ResourceManager's restart.
    try (YarnClient yarn = clients.yarnClient();
        DetachOnInterrupt ignored = DetachOnInterrupt.install(console.err(), "stopped following " + id
            + "; the job keeps running. Follow it again with: sepyarn status " + id + " --follow", () -> { })) {
      JobMonitor.Ending ending = new SubmitFlow(clients.configuration(), console).follow(yarn,
          new Submitted(id, JobFolders.find(fs, clients.configuration(), id).layout()));
      return JobOutcome.report(id, ending, console.out());
    }
  }

  private static TaskFilter filter(CommandLine line) throws InvalidInputException {
    if (line.hasOption("task") && line.hasOption("state")) {
      throw new InvalidInputException("--task and --state do not go together: show one task or the tasks in a state");
    }
    if (line.hasOption("task")) {
      String text = line.getOptionValue("task");
      try {
        int task = Integer.parseInt(text.strip());
        if (task >= 0) {
          return TaskFilter.task(task);
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new InvalidInputException("--task \"" + text + "\" is not allowed: give a whole number, 0 or more");
    }
    if (line.hasOption("state")) {
      try {
        return TaskFilter.state(line.getOptionValue("state").strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("--state: " + e.getMessage());
      }
    }
    return TaskFilter.ALL;
  }

  private static void printTasks(KnownTasks tasks, PrintStream out) {
    if (tasks.status().isPresent()) {
      out.println("tasks from " + (tasks.source() == TaskSource.TRACKING_PAGE ? "the ApplicationMaster (live)"
          : "status.json") + (tasks.note().isEmpty() ? "" : ": " + tasks.note()));
      TaskTable.print(tasks.status().get(), out);
    } else {
      out.println("(no task table: " + tasks.note() + ")");
    }
  }

  private static void printReport(ApplicationReport r, double progress, PrintStream out) {
    out.println(r.getApplicationId() + "  " + r.getName());
    out.println("  state        " + r.getYarnApplicationState() + " (final status " + r.getFinalApplicationStatus()
        + ")");
    out.println("  progress     " + Math.round(progress * 100) + "%");
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
