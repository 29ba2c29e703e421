package org.sepyarn.client.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.NodeReport;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.apache.hadoop.yarn.webapp.util.WebAppUtils;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.logs.AggregatedLogs;
import org.sepyarn.client.logs.ApplicationMasterAttempts;
import org.sepyarn.client.logs.AttemptLocation;
import org.sepyarn.client.logs.AttemptTable;
import org.sepyarn.client.logs.ContainerLogSource;
import org.sepyarn.client.logs.ContainerLogs;
import org.sepyarn.client.logs.JournaledAttempts;
import org.sepyarn.client.logs.LogFileName;
import org.sepyarn.client.logs.LogUnavailableException;
import org.sepyarn.client.logs.ReportedStderr;
import org.sepyarn.client.logs.NodeDirectory;
import org.sepyarn.client.logs.NodeManagerLogs;
import org.sepyarn.client.logs.TaskAttempts;
import org.sepyarn.client.web.WebClient;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * {@code sepyarn logs APPID [--task N | --am] [--attempt K] [--file NAME]}: a task attempt's program
 * stderr or another of its container's log files, or the ApplicationMaster's log; without
 * {@code --task}, where every task's last attempt ran.
 */
public final class LogsCommand implements Command {
  private final YarnClients clients;
  private final WebClient web;

  public LogsCommand(YarnClients clients, WebClient web) {
    this.clients = clients;
    this.web = web;
  }

  @Override
  public String name() {
    return "logs";
  }

  @Override
  public String arguments() {
    return "APPID";
  }

  @Override
  public String summary() {
    return "a task attempt's program stderr (or another log file); without --task, where each task ran";
  }

  @Override
  public String description() {
    return "Finds the container of the task's attempt (the last one unless --attempt says) in the job's journal,"
        + " in its work folder, and prints the log file: program.stderr by default, or program.stdout (when stdout"
        + " is not an output), runner.stderr, runner.stdout or syslog. Once the application has ended on a cluster"
        + " that aggregates logs (yarn.log-aggregation-enable) it reads YARN's aggregated logs; otherwise it asks the"
        + " NodeManager that ran the container. Without --task it lists every task's last attempt, its container"
        + " and node, after saying which ApplicationMaster attempts crashed. With --am it prints the"
        + " ApplicationMaster's log (syslog; --file am.stderr holds a crash's summary) of its last attempt or of"
        + " --attempt K. An empty log file is said to be empty. Exits 2 for an unknown application, task or attempt, 1 when the logs cannot be fetched (the"
        + " message says why).";
  }

  @Override
  public boolean talksToCluster() {
    return true;
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("am")
        .desc("the ApplicationMaster's log (" + ApplicationMasterAttempts.LOG + "; --file am.stderr for a crash's"
            + " summary) of its last attempt, or of --attempt K").build());
    options.addOption(Option.builder("t").longOpt("task").hasArg().argName("N")
        .desc("the task, from 0").build());
    options.addOption(Option.builder("a").longOpt("attempt").hasArg().argName("K")
        .desc("the attempt, from 1 (default: the task's last)").build());
    options.addOption(Option.builder("f").longOpt("file").hasArg().argName("NAME")
        .desc("the log file (default " + LogFileName.DEFAULT + ")").build());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    ApplicationId id = ApplicationIds.single(line);
    OptionalInt task = number(line, "task", 0);
    OptionalInt attempt = number(line, "attempt", 1);
    boolean am = line.hasOption("am");
    if (am && task.isPresent()) {
      throw new InvalidInputException("--am and --task do not go together: show the ApplicationMaster's log or a"
          + " task's");
    }
    if (!am && task.isEmpty() && (attempt.isPresent() || line.hasOption("file"))) {
      throw new InvalidInputException("--attempt and --file need --task or --am: say whose logs to show");
    }
    String file = LogFileName.check(line.getOptionValue("file", am ? ApplicationMasterAttempts.LOG
        : LogFileName.DEFAULT));
    Configuration conf = clients.configuration();
    try (YarnClient yarn = clients.quickYarnClient()) {
      ApplicationReport report = ApplicationIds.report(yarn, id);
      if (am) {
        return print(console, file, "the ApplicationMaster's attempt", amLog(conf, yarn, report, attempt, file));
      }
      List<String> crashes = ApplicationMasterAttempts.of(yarn, id).crashes();
      FileSystem fs = FileSystem.get(conf);
      WorkLayout work = JobFolders.find(fs, conf, id).layout();
      crashes.forEach(console.err()::println);
      TaskAttempts attempts = JournaledAttempts.read(fs, work, report);
      if (task.isEmpty()) {
        AttemptTable.print(id.toString(), attempts, console.out());
        return ExitCode.SUCCESS;
      }
      AttemptLocation where = attempts.find(task.getAsInt(), attempt);
      String whose = "task " + where.task() + " attempt " + where.attempt();
      byte[] contents;
      try {
        contents = containerLogs(conf, yarn, report).read(id.toString(), report.getUser(), where,
            JournaledAttempts.logFile(fs, work, where, file));
      } catch (LogUnavailableException e) {
        Optional<String> reported = file.equals(LogFileName.DEFAULT) ? ReportedStderr.of(fs, work, where)
            : Optional.empty();
        if (reported.isEmpty()) {
          throw e;
        }
        console.err().println("sepyarn logs: " + e.getMessage());
        console.err().println("sepyarn logs: instead, the last lines of " + file + " that " + whose
            + " reported when it ended:");
        contents = reported.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }
      return print(console, file, whose, contents);
    } catch (LogUnavailableException e) {
      console.err().println("sepyarn logs: " + e.getMessage());
      return ExitCode.JOB_FAILED;
    }
  }

  /** Prints {@code contents}, or says on stderr that the file is empty. */
  private static int print(Console console, String file, String whose, byte[] contents) throws IOException {
    if (contents.length == 0) {
      console.err().println("sepyarn logs: " + file + " of " + whose + " is empty");
      return ExitCode.SUCCESS;
    }
    console.out().write(contents);
    console.out().flush();
    return ExitCode.SUCCESS;
  }

  /** Log file {@code file} of the ApplicationMaster's attempt (the last unless {@code attempt} says). */
  private byte[] amLog(Configuration conf, YarnClient yarn, ApplicationReport report, OptionalInt attempt,
      String file) throws Exception {
    String id = report.getApplicationId().toString();
    ContainerLogs logs = containerLogs(conf, yarn, report);
    LogUnavailableException first = null;
    for (AttemptLocation where : ApplicationMasterAttempts.of(yarn, report.getApplicationId()).locate(attempt)) {
      try {
        return logs.read(id, report.getUser(), where, file, "the ApplicationMaster's attempt " + where.attempt());
      } catch (LogUnavailableException e) {
        first = first == null ? e : first;
      }
    }
    throw first;
  }

  private ContainerLogs containerLogs(Configuration conf, YarnClient yarn, ApplicationReport report) {
    boolean aggregating = conf.getBoolean(YarnConfiguration.LOG_AGGREGATION_ENABLED,
        YarnConfiguration.DEFAULT_LOG_AGGREGATION_ENABLED);
    List<ContainerLogSource> sources = new ArrayList<>();
    if (aggregating && hasEnded(report.getYarnApplicationState())) {
      sources.add(new AggregatedLogs(conf));
    }
    sources.add(new NodeManagerLogs(web, WebAppUtils.getHttpSchemePrefix(conf), nodeDirectory(yarn)));
    String advice = aggregating ? "" : "YARN log aggregation is off (" + YarnConfiguration.LOG_AGGREGATION_ENABLED
        + "), so a container's logs live only on its node, whose NodeManager deletes them "
        + YarnConfiguration.NM_LOG_RETAIN_SECONDS + " after the application ends";
    return new ContainerLogs(sources, advice);
  }

  /** The NodeManagers' web addresses, asked of the ResourceManager once, when first needed. */
  private static NodeDirectory nodeDirectory(YarnClient yarn) {
    Map<String, String> addresses = new HashMap<>();
    return nodeId -> {
      if (addresses.isEmpty()) {
        try {
          for (NodeReport node : yarn.getNodeReports()) {
            addresses.put(node.getNodeId().toString(), node.getHttpAddress());
          }
        } catch (YarnException e) {
          throw new IOException("the ResourceManager did not list the nodes: " + e.getMessage(), e);
        }
      }
      return Optional.ofNullable(addresses.get(nodeId));
    };
  }

  private static boolean hasEnded(YarnApplicationState state) {
    return state == YarnApplicationState.FINISHED || state == YarnApplicationState.FAILED
        || state == YarnApplicationState.KILLED;
  }

  private static OptionalInt number(CommandLine line, String option, int least) throws InvalidInputException {
    if (!line.hasOption(option)) {
      return OptionalInt.empty();
    }
    String text = line.getOptionValue(option);
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= least) {
        return OptionalInt.of(value);
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new InvalidInputException("--" + option + " \"" + text + "\" is not allowed: give a whole number, "
        + least + " or more");
  }
}
