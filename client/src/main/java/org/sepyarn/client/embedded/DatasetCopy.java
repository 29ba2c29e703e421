package org.sepyarn.client.embedded;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.DatasetWriter;

/**
 * Copies a dataset from one file system to another as a dataset, not as files: the history is
 * kept (with a section appended that says where the binary now is), the samples are streamed in
 * storage order through a bounded buffer, whatever form the source's binary takes (one file,
 * several parts, data after the header), and the copy appears atomically or not at all.
 */
public final class DatasetCopy {
  private DatasetCopy() {
  }

  /**
   * Copies {@code source} to the header {@code target} on {@code targetFs}, its binary next to it
   * as {@code <target>@}.
   *
   * @param conf the configuration to read the source's binary with
   * @param overwrite whether an existing dataset at {@code target} may be replaced
   * @return the qualified header of the copy
   */
  public static Path copy(Dataset source, Configuration conf, FileSystem targetFs, Path target, boolean overwrite)
      throws IOException {
    try (DatasetReader reader = new DatasetReader(source, conf);
        DatasetWriter writer = DatasetWriter.to(targetFs, target, source.cube(), source.format())
            .appendTo(source.history()).overwrite(overwrite).open()) {
      reader.copyWindow(source.cube().fullWindow(), writer.binary());
      writer.commit();
      return writer.header();
    }
  }
}
