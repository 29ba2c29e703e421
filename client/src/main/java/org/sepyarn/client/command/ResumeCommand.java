package org.sepyarn.client.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.sepyarn.am.JobInputs;
import org.sepyarn.am.Resumption;
import org.sepyarn.am.journal.JournalReader;
import org.sepyarn.am.journal.JournalState;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.security.KeytabLogin;
import org.sepyarn.client.job.JobInputCheck;
import org.sepyarn.client.submit.StagingArea;
import org.sepyarn.client.submit.SubmitSettings;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * {@code sepyarn resume APPID}: runs again only the tasks of a failed or killed job that did not
 * finish (SEP's restart from its status file, GNU parallel's {@code --resume-failed}), after
 * checking that the job description and its inputs are unchanged. The finished tasks' pieces move
 * to the new run; the outputs are merged as if the job had never stopped. {@code --rerun 1,4}
 * runs the named tasks again even though they finished (their pieces are not taken over): the
 * way out when a committed piece is wrong (another format, forged).
 */
public final class ResumeCommand implements Command {
  private final YarnClients clients;

  public ResumeCommand(YarnClients clients) {
    this.clients = clients;
  }

  @Override
  public String name() {
    return "resume";
  }

  @Override
  public String arguments() {
    return "APPID [--rerun N,...]";
  }

  @Override
  public String summary() {
    return "run again only the unfinished tasks of a failed or killed job";
  }

  @Override
  public String description() {
    return "Reads the job and its journal from the earlier run's work folder (~/.sepyarn/APPID), refuses when the"
        + " job description or an input dataset changed since, and submits a new application that takes over"
        + " every finished task and runs only the others. --rerun 1,4 runs the named tasks again even though they"
        + " finished, their committed pieces discarded (for a piece found wrong at its commit or at the merge)."
        + " Waits like submit unless --detach.";
  }

  @Override
  public boolean talksToCluster() {
    return true;
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("detach").desc("print the new application id and return").build());
    options.addOption(Option.builder().longOpt("rerun").hasArg().argName("N,...")
        .desc("run these tasks again even though they finished (task numbers as sepyarn status shows them)").build());
    KeytabLogin.addOptions(options);
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    java.util.Optional<KeytabLogin> keytab = KeytabLogin.from(line);
    if (keytab.isPresent()) {
      return keytab.get().submitAs(clients.configuration(), () -> resume(line, console));
    }
    return resume(line, console);
  }

  private int resume(CommandLine line, Console console) throws Exception {
    ApplicationId id = ApplicationIds.single(line);
    Configuration conf = clients.configuration();
    try (YarnClient yarn = clients.quickYarnClient()) {
      checkEnded(ApplicationIds.report(yarn, id));
    }
    FileSystem fs = FileSystem.get(conf);
    WorkLayout earlier = new WorkLayout(StagingArea.workFolder(fs, id));
    if (!fs.exists(earlier.job())) {
      throw new InvalidInputException("the work folder of " + id + " (" + earlier.root() + ") is gone, so there is"
          + " nothing to resume from; submit the job again");
    }
    java.util.Optional<String> resumedBy = Resumption.resumedBy(fs, earlier);
    if (resumedBy.isPresent()) {
      throw new InvalidInputException(id + " was resumed already by " + resumedBy.get() + ", which took its finished"
          + " tasks over; resume that application instead: sepyarn resume " + resumedBy.get());
    }
    JobSpec job = JobSpec.parse(read(fs, earlier), earlier.job().toString());
    List<Integer> rerun = line.hasOption("rerun") ? RerunList.parse(line.getOptionValue("rerun"), job.taskCount())
        : List.of();
    JournalState past = JournalReader.read(fs, earlier.journalFolder(), Integer.MAX_VALUE);
    String now = JobInputs.read(job, conf).fingerprint();
    if (past.fingerprint().isPresent() && !past.fingerprint().get().equals(now)) {
      throw new InvalidInputException("the job description or an input dataset of " + id + " changed since it ran"
          + " (its fingerprint was " + past.fingerprint().get() + ", now " + now + "); resuming would mix pieces"
          + " of different data, so submit it as a new job instead");
    }
    List<Integer> merged = List.copyOf(Resumption.mergedOutputsInPlace(past, job, conf));
    if (!merged.isEmpty() && !rerun.isEmpty()) {
      throw new InvalidInputException(id + " merged " + merged.stream().map(o -> org.sepyarn.formats.flow.FlowTasks.of(job).files().get(o).mergedPath())
          .collect(Collectors.joining(", ")) + " already, from the pieces --rerun would replace; remove "
          + (merged.size() == 1 ? "that output" : "those outputs") + " and submit the job again instead");
    }
    if (!merged.isEmpty()) {
      conf.set(JobInputCheck.KEPT_OUTPUTS, merged.stream().map(String::valueOf).collect(Collectors.joining(",")));
      console.err().println("keeping the outputs " + id + " merged already: " + merged.stream()
          .map(o -> org.sepyarn.formats.flow.FlowTasks.of(job).files().get(o).mergedPath()).collect(Collectors.joining(", ")));
    }
    conf.set(SubmitSettings.RESUME_FROM, earlier.root().toString());
    if (!rerun.isEmpty()) {
      conf.set(SubmitSettings.RESUME_RERUN, rerun.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    console.err().println("resuming " + id + ": its finished tasks are kept, the others run again"
        + (rerun.isEmpty() ? "" : "; tasks " + rerun + " run again though they may have finished"));
    return ClusterSubmission.run(clients, job, line.hasOption("detach"), console);
  }

  private static void checkEnded(ApplicationReport report) throws InvalidInputException {
    YarnApplicationState state = report.getYarnApplicationState();
    boolean ended = state == YarnApplicationState.FINISHED || state == YarnApplicationState.FAILED
        || state == YarnApplicationState.KILLED;
    if (!ended) {
      throw new InvalidInputException(report.getApplicationId() + " is still " + state + "; resume it once it has"
          + " failed or been killed (sepyarn kill " + report.getApplicationId() + ")");
    }
    if (report.getFinalApplicationStatus() == FinalApplicationStatus.SUCCEEDED) {
      throw new InvalidInputException(report.getApplicationId() + " succeeded: there is nothing to resume");
    }
  }

  private static String read(FileSystem fs, WorkLayout work) throws IOException {
    try (InputStream in = fs.open(work.job())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
