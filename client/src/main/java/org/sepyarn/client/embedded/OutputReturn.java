package org.sepyarn.client.embedded;

import java.io.IOException;
import java.io.PrintStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;

/**
 * Brings the outputs of a successful embedded job back to where the job named them, each as a
 * dataset copied atomically, replacing an existing one only when the job allows it.
 */
final class OutputReturn {
  private final Configuration clusterConf;
  private final Configuration localConf;
  private final PrintStream log;

  OutputReturn(Configuration clusterConf, Configuration localConf, PrintStream log) {
    this.clusterConf = clusterConf;
    this.localConf = localConf;
    this.log = log;
  }

  void bringBack(EmbeddedJob job) throws IOException {
    for (EmbeddedJob.OutputCopy out : job.outputs()) {
      Dataset written = Dataset.open(out.onCluster(), clusterConf);
      Path local = DatasetCopy.copy(written, clusterConf, out.local().getFileSystem(localConf), out.local(),
          job.job().overwrite());
      log.println("output " + out.field() + ": " + local + " (" + written.cube() + ", " + written.format().name()
          + ")");
    }
  }
}
