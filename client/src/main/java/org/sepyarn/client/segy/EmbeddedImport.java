package org.sepyarn.client.segy;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.embedded.EmbeddedRun;
import org.sepyarn.client.embedded.EmbeddedSession;
import org.sepyarn.client.submit.ApplicationJar;
import org.sepyarn.client.submit.SubmitSettings;
import org.sepyarn.formats.segy.SegyHistory;
import org.sepyarn.formats.sep3d.Sep3dCopy;
import org.sepyarn.formats.sep3d.Sep3dDataset;

/**
 * {@code sepyarn import segy --embedded}: the same job on HDFS and YARN started in this process, for
 * a SEG-Y file and a dataset on this machine. Everything is checked on this machine before the
 * clusters start (exit 2); the file is copied in, imported by the job, and the SEP3D dataset copied
 * back to its local name when the job succeeds, its {@code hff=} naming the local header records.
 */
public final class EmbeddedImport {
  private final Configuration conf;
  private final Console console;

  public EmbeddedImport(Configuration conf, Console console) {
    this.conf = conf;
    this.console = console;
  }

  public int run(String segyName, String datasetName, String keys, int tasks) throws Exception {
    Configuration localConf = EmbeddedSession.localConfiguration(conf);
    SegyImportJob local = new ImportRequest(localConf).job(segyName, datasetName, keys, tasks);
    for (Path p : new Path[] {local.segy(), local.dataset()}) {
      if (!"file".equals(p.toUri().getScheme())) {
        throw new InvalidInputException(p + " is not on this machine: with --embedded, give local paths");
      }
    }
    ApplicationJar.locate(conf);
    int nodeMemory = EmbeddedRun.nodeMemoryFor(local.job(), SubmitSettings.from(conf));
    try (EmbeddedSession session = EmbeddedSession.start(conf, console, nodeMemory, false)) {
      Path folder = session.nextJobFolder();
      Configuration clusterConf = session.clusterConfiguration();
      FileSystem hdfs = folder.getFileSystem(clusterConf);
      Path segy = new Path(folder, "segy/" + local.segy().getName());
      hdfs.copyFromLocalFile(false, true, local.segy(), segy);
      console.err().println("copied " + local.segy() + " to " + segy);
      Path dataset = new Path(folder, "out/" + local.dataset().getName());
      hdfs.mkdirs(dataset.getParent());
      SegyImportJob onCluster = new SegyImportJob(segy, dataset, local.layout(), local.fields(), local.tasks(),
          local.memory());
      int code = session.runOnCluster(onCluster.job());
      if (code == ExitCode.SUCCESS) {
        Sep3dCopy.copy(Sep3dDataset.open(hdfs, dataset), clusterConf, FileSystem.getLocal(localConf),
            local.dataset(), "sepyarn import segy --embedded", Map.of(SegyHistory.FILE, local.segy().toString()));
        console.out().println("copied the SEP3D dataset back to " + local.dataset() + " (header records in "
            + local.headerDataset() + ")");
      }
      return code;
    }
  }
}
