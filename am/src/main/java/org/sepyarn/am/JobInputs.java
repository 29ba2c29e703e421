package org.sepyarn.am;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.journal.JobFingerprint;
import org.sepyarn.formats.dataset.BinaryScope;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.flow.FlowTasks;
import org.sepyarn.formats.irregular.IrregularPiece;
import org.sepyarn.formats.irregular.IrregularSources;
import org.sepyarn.formats.irregular.IrregularSplit;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.Irregular;
import org.sepyarn.formats.job.IrregularSource;
import org.sepyarn.formats.sep3d.Sep3dDataset;
import org.sepyarn.formats.job.JobSpec;

/**
 * The job's input datasets as the ApplicationMaster finds them: their shapes for planning, the
 * datasets by qualified header path (where their binaries are, for locality), their fingerprint
 * so that a new attempt or a resume can tell that nothing changed, and the pieces of each
 * irregular input, planned from one pass over its header keys (or its grid).
 *
 * @param irregular each irregular input's pieces, one per block in block order, by its path as
 *     the job writes it
 */
public record JobInputs(Map<String, Hypercube> cubes, String fingerprint, Map<String, Dataset> datasets,
    Map<String, List<IrregularPiece>> irregular) {
  /** Inputs of a job without irregular inputs. */
  public JobInputs(Map<String, Hypercube> cubes, String fingerprint, Map<String, Dataset> datasets) {
    this(cubes, fingerprint, datasets, Map.of());
  }

  /**
   * Opens every input of {@code job}. The fingerprint is taken of the job with every path fully
   * qualified, so that {@code /data/in.H} and {@code hdfs://nn:8020/data/in.H} on a cluster whose
   * default file system is {@code hdfs://nn:8020} are the same job.
   */
  public static JobInputs read(JobSpec job, Configuration conf) throws IOException {
    Map<String, Hypercube> cubes = new LinkedHashMap<>();
    Map<String, Dataset> datasets = new LinkedHashMap<>();
    List<JobFingerprint.InputShape> shapes = new ArrayList<>();
    List<String> qualified = new ArrayList<>();
    Map<String, IrregularSource> sources = new LinkedHashMap<>();
    Map<String, List<IrregularPiece>> irregular = new LinkedHashMap<>();
    for (FileSpec f : FlowTasks.of(job).files()) {
      if (f.isIntermediate()) {
        qualified.add(f.path());
        continue;
      }
      Path path = new Path(f.path());
      path = path.getFileSystem(conf).makeQualified(path);
      qualified.add(path.toString());
      if (f.isInput()) {
        Dataset d = Dataset.open(path, conf, BinaryScope.forJob(job.allowForeignBinaries()));
        cubes.put(f.path(), d.cube());
        datasets.put(path.toString(), d);
        shapes.add(JobFingerprint.InputShape.of(path.toString(), d.cube(), d.byteCount()));
        if (f.distribute() instanceof Irregular) {
          sources.put(f.path(), IrregularSources.of(d, path.getFileSystem(conf)));
        }
      }
    }
    if (!sources.isEmpty()) {
      job.checkIrregular(sources);
      for (FileSpec f : job.files()) {
        if (f.distribute() instanceof Irregular cut && !irregular.containsKey(f.path())) {
          Path path = new Path(f.path());
          Sep3dDataset dataset = Sep3dDataset.open(path.getFileSystem(conf).makeQualified(path), conf);
          irregular.put(f.path(), IrregularSplit.plan(dataset, cut, conf));
        }
      }
    }
    return new JobInputs(cubes, JobFingerprint.of(job.withFilePaths(qualified).toJson(), shapes), datasets,
        irregular);
  }
}
