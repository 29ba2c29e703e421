package org.sepyarn.client.command;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.security.KeytabLogin;
import org.sepyarn.client.submit.SubmitSettings;
import org.sepyarn.client.embedded.EmbeddedRun;
import org.sepyarn.client.job.JobLoader;

/** {@code sepyarn submit [--detach] [--embedded] job.json}: validate, stage, submit and (by default) wait. */
public final class SubmitCommand implements Command {
  private final YarnClients clients;

  public SubmitCommand(YarnClients clients) {
    this.clients = clients;
  }

  @Override
  public String name() {
    return "submit";
  }

  @Override
  public String arguments() {
    return "job.json";
  }

  @Override
  public String summary() {
    return "validate, stage and submit a job, and (by default) wait for it, printing progress";
  }

  @Override
  public String description() {
    return "Checks the job as validate does; nothing is staged when it is invalid (exit 2). Then stages the job and"
        + " sepyarn.jar in ~/.sepyarn/<application id> on the cluster file system and submits the"
        + " ApplicationMaster. Without --detach it follows the job, printing each task's state changes and the"
        + " progress, and exits 0 when the job succeeds, 1 when it fails or is killed. Ctrl-C stops following;"
        + " the job keeps running. Settings: -D sepyarn.am.memory-mb=1024 -D sepyarn.am.max-attempts=2"
        + " -D sepyarn.jar=PATH (before the command).\n\nWith --embedded the job runs on HDFS and YARN mini"
        + " clusters started in this process: local input datasets (paths without a scheme or file:, relative"
        + " ones from the job file's folder) are copied in, and the outputs copied back when the job succeeds."
        + " When a standing embedded cluster runs (sepyarn cluster start) and no cluster is configured, submit"
        + " without --embedded runs the job on it (datasets on its HDFS, or local ones as file: URIs), where it can"
        + " be killed and resumed; --embedded still starts clusters of its own."
        + "\n\nOn a cluster with Kerberos, run kinit first; the job's delegation tokens then live as long as the"
        + " cluster lets them (7 days by default), which submit prints. For longer jobs give --principal and"
        + " --keytab: the ApplicationMaster renews the tokens from the keytab for as long as the job runs.";
  }

  @Override
  public boolean talksToCluster() {
    return true;
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder("d").longOpt("detach")
        .desc("print the application id and return at once").build());
    options.addOption(Option.builder("e").longOpt("embedded")
        .desc("run on mini clusters in this process (no Hadoop installation needed)").build());
    options.addOption(Option.builder().longOpt("keep-work")
        .desc("keep the job's work folder (pieces, reports, status, journal) after success; with --embedded, keep the"
            + " mini clusters' whole folder").build());
    KeytabLogin.addOptions(options);
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    return submit(JobArgument.single(line), line, console);
  }

  /** Submits the job file at {@code location} as the options of {@code line} (this command's) say. */
  int submit(String location, CommandLine line, Console console) throws Exception {
    boolean embedded = line.hasOption("embedded");
    if (embedded && line.hasOption("detach")) {
      throw new InvalidInputException("--detach cannot go with --embedded: the embedded clusters end with this"
          + " process, so the job cannot run on without it");
    }
    if (!embedded && line.hasOption("keep-work")) {
      clients.configuration().setBoolean(SubmitSettings.KEEP_WORK, true);
    }
    java.util.Optional<KeytabLogin> keytab = KeytabLogin.from(line);
    if (embedded && keytab.isPresent()) {
      throw new InvalidInputException("--principal and --keytab cannot go with --embedded: the embedded clusters"
          + " have no Kerberos");
    }
    if (embedded) {
      return new EmbeddedRun(clients.configuration(), console, line.hasOption("keep-work")).run(location);
    }
    if (keytab.isPresent()) {
      return keytab.get().submitAs(clients.configuration(),
          () -> submitToCluster(location, line.hasOption("detach"), console));
    }
    return submitToCluster(location, line.hasOption("detach"), console);
  }

  private int submitToCluster(String location, boolean detach, Console console) throws Exception {
    return ClusterSubmission.run(clients, JobLoader.load(location, clients.configuration()), detach, console);
  }
}
