package org.sepyarn.client.segy;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.embedded.DatasetCopy;
import org.sepyarn.client.embedded.EmbeddedRun;
import org.sepyarn.client.embedded.EmbeddedSession;
import org.sepyarn.client.submit.ApplicationJar;
import org.sepyarn.client.submit.SubmitSettings;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.sep3d.Sep3dCopy;
import org.sepyarn.formats.sep3d.Sep3dDataset;

/**
 * {@code sepyarn export segy --embedded}: the same job on HDFS and YARN started in this process,
 * for a dataset and a SEG-Y file on this machine. Everything is checked on this machine before the
 * clusters start (exit 2); the dataset is copied in (a SEP3D dataset with its header records and
 * grid), exported by the job, and the SEG-Y file copied back to a hidden temporary name beside its
 * local name, then renamed, when the job succeeds.
 */
public final class EmbeddedExport {
  private final Configuration conf;
  private final Console console;

  public EmbeddedExport(Configuration conf, Console console) {
    this.conf = conf;
    this.console = console;
  }

  public int run(String datasetName, String segyName, String format, boolean overwrite, int tasks) throws Exception {
    Configuration localConf = EmbeddedSession.localConfiguration(conf);
    SegyExportJob local = new ExportRequest(localConf).job(datasetName, segyName, format, overwrite, tasks);
    for (Path p : new Path[] {local.dataset(), local.segy()}) {
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
      FileSystem localFs = SegyExportFinish.withoutChecksums(FileSystem.getLocal(localConf));
      Path dataset = new Path(folder, "in/" + local.dataset().getName());
      hdfs.mkdirs(dataset.getParent());
      Dataset source = Dataset.open(local.dataset(), localConf);
      if (Sep3dDataset.isSep3d(source.history())) {
        Sep3dCopy.copy(Sep3dDataset.open(localFs, local.dataset()), localConf, hdfs, dataset,
            "sepyarn export segy --embedded", Map.of());
      } else {
        DatasetCopy.copy(source, localConf, hdfs, dataset, false);
      }
      console.err().println("copied " + local.dataset() + " to " + dataset);
      Path segy = new Path(folder, "out/" + local.segy().getName());
      hdfs.mkdirs(segy.getParent());
      SegyExportJob onCluster = new SegyExportJob(dataset, segy, local.id(), local.ranges(), local.format(),
          local.tasks(), local.memory());
      int code = session.runOnCluster(onCluster.job());
      if (code == ExitCode.SUCCESS) {
        new SegyExportFinish(clusterConf).finish(onCluster, false);
        Path temporary = local.temporary();
        try {
          hdfs.copyToLocalFile(false, segy, temporary, true);
          SegyExportFinish.place(localFs, temporary, local.segy(), overwrite);
        } finally {
          localFs.delete(temporary, false);
        }
        console.out().println("wrote " + local.segy() + " (" + local.format() + ", " + local.ranges().traceCount()
            + " traces) from " + local.dataset());
      }
      return code;
    }
  }
}
