package org.sepyarn.formats.irregular;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.job.IrregularSource;
import org.sepyarn.formats.sep3d.Sep3dDataset;

/** What a job's irregular cut needs to know of an input dataset, read from its headers. */
public final class IrregularSources {
  private IrregularSources() {
  }

  /**
   * A regular dataset's or a SEP3D dataset's keys and grid axes.
   *
   * @throws org.sepyarn.formats.dataset.InvalidDatasetException when the dataset names a header
   *     dataset or grid that is not valid
   */
  public static IrregularSource of(Dataset traces, FileSystem fs) throws IOException {
    if (!Sep3dDataset.isSep3d(traces.history())) {
      return IrregularSource.REGULAR;
    }
    Sep3dDataset sep3d = Sep3dDataset.open(fs, traces.header());
    return new IrregularSource(true, sep3d.keys().names(), sep3d.gridAxes());
  }
}
