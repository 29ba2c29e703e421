package org.sepyarn.client.command;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.embedded.ClusterState;
import org.sepyarn.client.embedded.StandingCluster;

/** {@code sepyarn cluster start|status|stop}: one embedded cluster kept up for several jobs ({@link StandingCluster}). */
public final class ClusterCommand implements Command {
  private final Configuration conf;

  public ClusterCommand(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public String name() {
    return "cluster";
  }

  @Override
  public String arguments() {
    return "start|status|stop";
  }

  @Override
  public String summary() {
    return "keep one embedded cluster (HDFS and YARN on this machine) up for several jobs";
  }

  @Override
  public String description() {
    return "start runs HDFS and a ResourceManager in a detached process and the NodeManagers in processes of"
        + " theirs, as submit --embedded does, and returns once they answer, printing the ResourceManager's web"
        + " address, HDFS's address and the clusters' configuration folder; it refuses when one runs already."
        + " The configuration is published in ~/.sepyarn/embedded/conf (-D sepyarn.embedded.published=DIR), where"
        + " submit, status, logs, kill and resume of any shell find it when no cluster is configured: datasets"
        + " without a scheme are then on its HDFS, and resume of a killed or failed job works as on a real cluster."
        + " status says whether it runs (exit 0 when it runs, 1 when its process died without stopping, 3 when none"
        + " runs). stop ends it (SIGTERM, then a wait: the NodeManagers, the ResourceManager and HDFS stop, and its"
        + " data with them) and cleans up after one that died. Its folder (--dir, default ~/.sepyarn/cluster) holds"
        + " its state and its log, daemon.log. -D yarn.* settings given before start go to its clusters.";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("nodes").hasArg().argName("N")
        .desc("with start: how many NodeManagers (default " + ClusterRequest.DEFAULT_NODES + ")").build());
    options.addOption(Option.builder().longOpt("dir").hasArg().argName("DIR")
        .desc("with start: the cluster's folder (default ~/" + StandingCluster.DEFAULT_FOLDER + ")").build());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    ClusterRequest request = ClusterRequest.parse(line.getArgList(), line.getOptionValue("nodes"),
        line.getOptionValue("dir"));
    Path home = Path.of(System.getProperty("user.home"));
    StandingCluster cluster = new StandingCluster(conf, console, home, ClusterState.Processes.ofSystem());
    return switch (request.action()) {
      case START -> cluster.start(request.nodes(), request.folder().orElse(home.resolve(StandingCluster.DEFAULT_FOLDER)));
      case STATUS -> cluster.status();
      case STOP -> cluster.stop();
    };
  }
}
