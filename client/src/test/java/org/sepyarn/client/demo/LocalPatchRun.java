package org.sepyarn.client.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.geometry.AxisPatching;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.PatchGrid;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.job.BlockPatch;
import org.sepyarn.formats.merge.PlacedPiece;
import org.sepyarn.formats.merge.TaperedBlend;

/**
 * A patch job done by hand in one folder, with the geometry and merge code the ApplicationMaster
 * uses: cut the input into SEP patches, run the tool on each, blend the results with the
 * triangle taper.
 */
final class LocalPatchRun {
  private final Path dir;
  private final Configuration conf;
  private final InProcessTool tools;

  LocalPatchRun(Path dir, Configuration conf) {
    this.dir = dir;
    this.conf = conf;
    this.tools = new InProcessTool(dir);
  }

  Path run(Path input, String tool, List<String> args, BlockPatch patching, String output) throws IOException {
    Dataset in = open(input);
    Hypercube cube = in.cube();
    List<AxisPatching> cuts = new ArrayList<>();
    for (int j = 0; j < patching.axes().size(); j++) {
      cuts.add(AxisPatching.sep(cube, patching.axes().get(j), patching.blocks().get(j), patching.overlap().get(j)));
    }
    List<PlacedPiece> pieces = new ArrayList<>();
    List<DatasetReader> readers = new ArrayList<>();
    try (DatasetReader reader = new DatasetReader(in, conf)) {
      int i = 0;
      for (Window w : PatchGrid.of(cube, cuts).outerWindows()) {
        Path piece = write(dir.resolve("piece-" + i + ".H"), in, cube.window(w), out -> reader.copyWindow(w, out));
        Path result = dir.resolve("result-" + i + ".H");
        tools.run(tool, args, piece, result);
        DatasetReader resultReader = new DatasetReader(open(result), conf);
        readers.add(resultReader);
        pieces.add(new PlacedPiece(resultReader, w));
        i++;
      }
      ByteArrayOutputStream blended = new ByteArrayOutputStream();
      TaperedBlend.of(cube, pieces, 1 << 20).writeTo(blended);
      return write(dir.resolve(output), in, cube, out -> out.write(blended.toByteArray()));
    } finally {
      for (DatasetReader r : readers) {
        r.close();
      }
    }
  }

  private interface Samples {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  private Path write(Path header, Dataset like, Hypercube cube, Samples samples) throws IOException {
    try (DatasetWriter w = DatasetWriter.to(FileSystem.getLocal(conf), new org.apache.hadoop.fs.Path(header.toUri()),
        cube, like.format()).appendTo(like.history()).open()) {
      samples.writeTo(w.binary());
      w.commit();
    }
    return header;
  }

  private Dataset open(Path header) throws IOException {
    return Dataset.open(new org.apache.hadoop.fs.Path(header.toUri()), conf);
  }
}
