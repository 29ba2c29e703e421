package org.sepyarn.formats.sep3d;

import java.io.IOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Copies a SEP3D dataset whose traces run along axis 2 to another place, perhaps on another file
 * system, through {@link Sep3dWriter}: traces, header records and grid, the history kept with a new
 * section whose {@code hff=} and {@code gff=} name the copy's own parts. Reads and writes with
 * bounded memory; the copy appears only when complete.
 */
public final class Sep3dCopy {
  private Sep3dCopy() {
  }

  /**
   * Copies {@code source} to {@code target} on {@code targetFs}, adding {@code parameters} to the
   * new history section; refuses an existing target.
   */
  public static void copy(Sep3dDataset source, Configuration conf, FileSystem targetFs, Path target, String program,
      Map<String, String> parameters) throws IOException {
    Hypercube cube = source.traces().cube();
    for (int k = 3; k <= Hypercube.MAX_AXES; k++) {
      if (cube.n(k) != 1) {
        throw new IllegalArgumentException("SEP3D dataset " + source.header() + " has its traces along axes 2 to " + k
            + "; only datasets whose traces run along axis 2 are copied");
      }
    }
    Sep3dWriter.Builder builder = Sep3dWriter.to(targetFs, target, source.traceAxis(), source.traces().format(),
        source.keys(), source.traceCount()).traceCountAxis(cube.axis(2)).recordCount(source.recordCount())
        .appendTo(source.traces().history()).program(program).parameters(parameters);
    if (source.hasGrid()) {
      builder.grid(source.readGrid(conf).orElseThrow());
    }
    try (Sep3dWriter writer = builder.open()) {
      try (HeaderReader headers = new HeaderReader(source, conf)) {
        headers.scan((record, words, offset) -> writer.writeRecord(words, offset));
      }
      try (DatasetReader traces = new DatasetReader(source.traces(), conf)) {
        traces.copyWindow(cube.fullWindow(), writer.traces());
      }
      writer.commit();
    }
  }
}
