package org.sepyarn.client.command;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.sepyarn.client.embedded.EmbeddedRun;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.job.CheckedFlow;
import org.sepyarn.client.job.CheckedJob;
import org.sepyarn.client.job.FlowSummary;
import org.sepyarn.client.job.JobInputCheck;
import org.sepyarn.client.job.JobLoader;
import org.sepyarn.client.job.JobSummary;
import org.sepyarn.formats.job.JobSpec;

/** {@code sepyarn validate job.json}: every check {@code submit} makes, without submitting. */
public final class ValidateCommand implements Command {
  private final Configuration conf;

  public ValidateCommand(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String arguments() {
    return "job.json";
  }

  @Override
  public String summary() {
    return "check a job and its datasets without submitting it";
  }

  @Override
  public String description() {
    return "Reads the job (a local file, or a URI such as hdfs:///jobs/job.json), opens every input dataset,"
        + " checks the cuts against their shapes and that the outputs may be written, and prints what the job"
        + " would do: its tasks, the command line of a task, and each file with its cut and number of pieces."
        + " A flow (a job of steps) is checked step by step and printed as the graph of its steps through the"
        + " pieces of their intermediates."
        + " With --embedded it checks the job as submit --embedded would run it: paths without a scheme on this"
        + " machine (relative ones from the job file's folder), and the program on this machine's PATH."
        + " Exits 0 when the job may be submitted, 2 (listing every problem) when not.";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder("e").longOpt("embedded")
        .desc("check the job as submit --embedded runs it: local paths, the program on this machine").build());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    String location = JobArgument.single(line);
    if (!line.hasOption("embedded")) {
      JobSpec job = JobLoader.load(location, conf);
      if (job.isFlow()) {
        CheckedFlow flow = new JobInputCheck(conf).checkFlow(job);
        console.out().println(location + ": valid");
        FlowSummary.print(flow, console.out());
        return ExitCode.SUCCESS;
      }
      return printed(location, new JobInputCheck(conf).check(job), console);
    }
    return printed(location, EmbeddedRun.checkForEmbedded(location, conf), console);
  }

  private static int printed(String location, CheckedJob checked, Console console) {
    console.out().println(location + ": valid");
    JobSummary.print(checked, console.out());
    return ExitCode.SUCCESS;
  }
}
