package org.sepyarn.client.command;

import java.nio.file.Paths;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.demo.DemoRun;

/** {@code sepyarn demo [--dir DIR]}: a patch job and a split job on embedded clusters, checked against serial runs. */
public final class DemoCommand implements Command {
  static final String DEFAULT_DIR = "sepyarn-demo";

  private final Configuration conf;

  public DemoCommand(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "run a patch job and a split job on embedded clusters and check them against serial runs";
  }

  @Override
  public String description() {
    return "Makes a small synthetic dataset (Ricker plane waves) with the example program spike, writes two jobs"
        + " (smooth rect1=5 rect2=5 in 2x2 patches overlapping by 10 samples; scale scale=2 in 4 blocks along"
        + " axis 2), runs both on an HDFS and a YARN with two NodeManagers started in this process, runs the same"
        + " programs serially on the whole dataset, and compares: the split result must be the same bits, the"
        + " patched one may differ only by rounding away from the seams and by little on them. Exits 0 on PASS,"
        + " 1 on FAIL. The folder keeps the datasets and the job files.";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("dir").hasArg().argName("DIR")
        .desc("the folder for the datasets and jobs (default ./" + DEFAULT_DIR + ")").build());
    options.addOption(Option.builder().longOpt("keep-work")
        .desc("keep the embedded clusters' folder (logs, work folders) instead of deleting it").build());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (line.getArgs().length != 0) {
      throw new InvalidInputException("demo takes no arguments, got " + line.getArgList() + "; choose its folder"
          + " with --dir DIR");
    }
    String dir = line.getOptionValue("dir", DEFAULT_DIR);
    return new DemoRun(conf, console, Paths.get(dir), line.hasOption("keep-work")).run();
  }
}
