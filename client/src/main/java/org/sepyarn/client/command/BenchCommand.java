package org.sepyarn.client.command;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.client.bench.Bench;
import org.sepyarn.client.bench.BenchOptions;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.InvalidInputException;

/** {@code sepyarn bench [--embedded] [--size 1g] [--tasks N] [--json] [--dir PATH]}. */
public final class BenchCommand implements Command {
  private final Configuration conf;

  public BenchCommand(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "measure jobs of a pass-through program against a raw HDFS copy of the same bytes";
  }

  @Override
  public String description() {
    return "Writes a synthetic float dataset (1000 samples per trace, axis 3 the longest) in a fresh folder on the"
        + " cluster file system, then runs, interleaved, a raw streaming copy of its binary through the file system"
        + " (the physical limit) and real YARN jobs of the example copy tool, submitted as submit does: split along"
        + " axis 3, split along axis 1, 2-D patches with overlap (axes 2 and 3), and a copy-sum. Prints for each"
        + " the seconds, MB/s, cluster bytes moved per output byte (n/a when the ApplicationMaster does not count"
        + " them) and the time over the raw copy's median, then each job's phase times. Deletes its datasets at"
        + " the end. Exit 0 when every job succeeded, 1 when one did not, 2 for invalid options.";
  }

  @Override
  public boolean talksToCluster() {
    return true;
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder("e").longOpt("embedded")
        .desc("run on mini clusters in this process instead of the configured cluster").build());
    options.addOption(Option.builder().longOpt("size").hasArg().argName("SIZE")
        .desc("size of the synthetic dataset, 1m to 1t (default " + BenchOptions.DEFAULT_SIZE + ")").build());
    options.addOption(Option.builder().longOpt("tasks").hasArg().argName("N")
        .desc("tasks per job, 1 to " + BenchOptions.MAX_TASKS + " (default " + BenchOptions.DEFAULT_TASKS + ")")
        .build());
    options.addOption(Option.builder().longOpt("json").desc("print one JSON document instead of a table").build());
    options.addOption(Option.builder().longOpt("dir").hasArg().argName("PATH")
        .desc("folder on the cluster file system to work in (default: the home folder)").build());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (!line.getArgList().isEmpty()) {
      throw new InvalidInputException("bench takes no arguments, got " + String.join(" ", line.getArgList()));
    }
    BenchOptions options = BenchOptions.parse(line.hasOption("embedded"), line.getOptionValue("size"),
        line.getOptionValue("tasks"), line.hasOption("json"), line.getOptionValue("dir"));
    return new Bench(conf, console).run(options);
  }
}
