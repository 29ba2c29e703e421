package org.sepyarn.client;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.util.GenericOptionsParser;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.CommandRunner;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.command.BenchCommand;
import org.sepyarn.client.command.ClusterCommand;
import org.sepyarn.client.command.DemoCommand;
import org.sepyarn.client.command.SolveCommand;
import org.sepyarn.client.command.DottestCommand;
import org.sepyarn.client.command.ExportCommand;
import org.sepyarn.client.command.ImportCommand;
import org.sepyarn.client.command.InfoCommand;
import org.sepyarn.client.command.KillCommand;
import org.sepyarn.client.command.LogsCommand;
import org.sepyarn.client.command.ResumeCommand;
import org.sepyarn.client.command.StatusCommand;
import org.sepyarn.client.command.SubmitCommand;
import org.sepyarn.client.command.ValidateCommand;
import org.sepyarn.client.command.YarnClients;
import org.sepyarn.client.embedded.PublishedLookup;
import org.sepyarn.client.security.KerberosIdentity;
import org.sepyarn.client.web.UrlConnectionWebClient;
import org.sepyarn.client.web.WebClient;

/**
 * The sepyarn commands proper, which use Hadoop: kept apart from {@link SepyarnMain} so that
 * {@code sepyarn.jar tool ...} never loads a Hadoop class.
 */
final class SepyarnCli {
  /** The log4j configuration the command uses unless {@code -Dlog4j.configuration} names another. */
  static final String CLIENT_LOG4J = "sepyarn-client-log4j.properties";
  /**
   * The embedded mode's web servers warn through java.util.logging about their servlet setup; held
   * here because java.util.logging forgets the level of a logger nobody references.
   */
  private static final java.util.logging.Logger GUICE = java.util.logging.Logger.getLogger("com.google.inject.servlet");

  private SepyarnCli() {
  }

  /**
   * The command as a process: the cluster's configuration from the class path and the folders of
   * {@code HADOOP_CONF_DIR} and {@code YARN_CONF_DIR} ({@link ConfigurationFolders}), the process's console.
   */
  static int runFromShell(String[] args) {
    if (System.getProperty("log4j.configuration") == null) {
      System.setProperty("log4j.configuration", CLIENT_LOG4J);
      GUICE.setLevel(java.util.logging.Level.SEVERE);
    }
    return run(args, ConfigurationFolders.load(System::getenv), Console.system());
  }

  static int run(String[] args, Iterable<Map.Entry<String, String>> settings, Console console) {
    Configuration conf = configuration(settings);
    String[] rest;
    try {
      rest = new GenericOptionsParser(conf, args).getRemainingArgs();
    } catch (IOException e) {
      console.err().println("sepyarn: " + e.getMessage());
      return ExitCode.INVALID_INPUT;
    }
    useEmbeddedSession(rest, conf, console);
    return new CommandRunner(commands(conf), new KerberosIdentity()).run(rest, console);
  }

  /**
   * Points the command of {@code args} at the clusters of an embedded session running in another
   * shell, or of a standing embedded cluster, when no cluster is configured and that session or
   * cluster published its configuration ({@link PublishedLookup}).
   */
  private static void useEmbeddedSession(String[] args, Configuration conf, Console console) {
    PublishedLookup lookup = PublishedLookup.ofThisProcess();
    java.util.Optional<PublishedLookup.Found> found = lookup.find(args, conf);
    if (found.isPresent()) {
      PublishedLookup.use(conf, found.get().confFolder());
      console.err().println("sepyarn: no cluster configured (HADOOP_CONF_DIR, -conf); using the "
          + (found.get().standing() ? "standing embedded cluster (sepyarn cluster status)"
          : "running embedded session's clusters") + ", configuration " + found.get().confFolder());
    } else {
      lookup.deadStandingCluster(args, conf).ifPresent(note -> console.err().println("sepyarn: " + note));
    }
  }

  /**
   * A configuration of the command's own, as a process would have: commands set keys on it (the
   * options of {@code -D}, what {@code resume} passes to the submission), which must not reach the
   * next command run in the same JVM.
   */
  private static Configuration configuration(Iterable<Map.Entry<String, String>> settings) {
    if (settings instanceof Configuration conf) {
      return new YarnConfiguration(conf);
    }
    Configuration conf = new YarnConfiguration();
    for (Map.Entry<String, String> e : settings) {
      conf.set(e.getKey(), e.getValue());
    }
    return conf;
  }

  static List<Command> commands(Configuration conf) {
    YarnClients clients = new YarnClients(conf);
    WebClient web = UrlConnectionWebClient.forCommands();
    return List.of(
        new SubmitCommand(clients),
        new StatusCommand(clients, web),
        new LogsCommand(clients, web),
        new KillCommand(clients),
        new ResumeCommand(clients),
        new ValidateCommand(conf),
        new InfoCommand(conf),
        new ImportCommand(clients),
        new ExportCommand(clients),
        new DottestCommand(conf),
        new SolveCommand(clients),
        new DemoCommand(conf),
        new BenchCommand(conf),
        new ClusterCommand(conf));
  }
}
