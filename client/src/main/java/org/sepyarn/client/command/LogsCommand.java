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
import org.sepyarn.client.logs.AttemptLocation;
import org.sepyarn.client.logs.AttemptTable;
import org.sepyarn.client.logs.ContainerLogSource;
import org.sepyarn.client.logs.ContainerLogs;
import org.sepyarn.client.logs.JournaledAttempts;
import org.sepyarn.client.logs.LogFileName;
import org.sepyarn.client.logs.LogUnavailableException;
import org.sepyarn.client.logs.NodeDirectory;
import org.sepyarn.client.logs.NodeManagerLogs;
import org.sepyarn.client.logs.TaskAttempts;
import org.sepyarn.client.submit.StagingArea;
import org.sepyarn.client.web.WebClient;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * {@code sepyarn logs APPID [--task N] [--attempt K] [--file NAME]}: a task attempt's program
 * stderr or another of its container's log files; without {@code --task}, where every task's last
 * attempt ran.
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
        + " and node. Exits 2 for an unknown application, task or attempt, 1 when the logs cannot be fetched (the"
        + " message says why).";
  }

  @Override
  public boolean talksToCluster() {
    return true;
  }

  @Override
  public Options options() {
    Options options = new Options();
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
    if (task.isEmpty() && (attempt.isPresent() || line.hasOption("file"))) {
      throw new InvalidInputException("--attempt and --file need --task: say whose logs to show");
    }
    String file = LogFileName.check(line.getOptionValue("file", LogFileName.DEFAULT));
    Configuration conf = clients.configuration();
    try (YarnClient yarn = clients.yarnClient()) {
      ApplicationReport report = ApplicationIds.report(yarn, id);
      FileSystem fs = FileSystem.get(conf);
      WorkLayout work = new WorkLayout(StagingArea.workFolder(fs, id));
      TaskAttempts attempts = JournaledAttempts.read(fs, work, report);
      if (task.isEmpty()) {
        AttemptTable.print(id.toString(), attempts, console.out());
        return ExitCode.SUCCESS;
      }
      AttemptLocation where = attempts.find(task.getAsInt(), attempt);
      byte[] contents = containerLogs(conf, yarn, report).read(id.toString(), report.getUser(), where,
          JournaledAttempts.logFile(fs, work, where, file));
      console.out().write(contents);
      console.out().flush();
      return ExitCode.SUCCESS;
    } catch (LogUnavailableException e) {
      console.err().println("sepyarn logs: " + e.getMessage());
      return ExitCode.JOB_FAILED;
    }
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
