package org.sepyarn.formats.sep3d;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;
import org.sepyarn.formats.history.HistoryAxes;
import org.sepyarn.formats.history.HistorySection;

/**
 * A SEP3D dataset of no traces: the piece of a block of an irregular split that holds none, for a
 * job that runs such blocks. SEPlib has no empty axis, so this is the one place sepyarn writes
 * {@code n2=0}: the trace dataset and the header dataset say {@code n2=0} and their binaries are
 * empty, and the grid, if any, has no filled cell. {@link Sep3dDataset#open} refuses such a
 * dataset (as it refuses any {@code n=0}); {@link #holdsNoTraces} tells it apart.
 */
public final class EmptySep3d {
  /** The most bytes of a header file read to tell an empty piece. */
  private static final int MAX_HEADER_BYTES = 1 << 20;

  private EmptySep3d() {
  }

  /**
   * Writes the empty piece at {@code out}: headers at {@code out@@}, grid at {@code out@@@@}, each
   * binary beside its header; the trace header last, so that it appears only when all is written.
   */
  static void write(Sep3dDataset source, HeaderKeys keys, Optional<TraceGrid> grid, Map<String, String> parameters,
      FileSystem fs, Path out) throws IOException {
    Path header = fs.makeQualified(out);
    Path hff = new Path(header.getParent(), header.getName() + "@@");
    Path gff = new Path(header.getParent(), header.getName() + "@@@@");
    if (grid.isPresent()) {
      try (DatasetWriter w = DatasetWriter.to(fs, gff, grid.get().axes(), ElementFormat.XDR_INT)
          .parameters(grid.get().gridParameters()).program("sepyarn").overwrite(true).open()) {
        w.binary().write(new byte[grid.get().cellCount() * 4]);
        w.commit();
      }
    }
    Map<String, String> headerParams = new LinkedHashMap<>(HistoryAxes.parameters(
        Hypercube.of(Axis.ofLength(keys.size()), Axis.ofLength(1)), ElementFormat.XDR_INT));
    headerParams.put("n2", "0");
    headerParams.putAll(keys.parameters());
    Path headerBinary = new Path(hff.getParent(), hff.getName() + "@");
    headerParams.put("in", headerBinary.toUri().getPath());
    writeFile(fs, headerBinary, "");
    writeFile(fs, hff, HistorySection.now("sepyarn", headerParams).appendTo(""));
    History history = source.traces().history();
    Map<String, String> traceParams = new LinkedHashMap<>(parameters);
    traceParams.putAll(HistoryAxes.changes(history, Hypercube.of(source.traceAxis(), Axis.ofLength(1)),
        source.traces().format()));
    traceParams.put("n2", "0");
    traceParams.put("hff", hff.toUri().getPath());
    traceParams.put("gff", grid.isPresent() ? gff.toUri().getPath() : "-1");
    traceParams.put("same_record_number", "0");
    Path traceBinary = new Path(header.getParent(), header.getName() + "@");
    traceParams.put("in", traceBinary.toUri().getPath());
    writeFile(fs, traceBinary, "");
    writeFile(fs, header, HistorySection.now("sepyarn", traceParams).appendTo(history.selfContainedText()));
  }

  private static void writeFile(FileSystem fs, Path path, String text) throws IOException {
    Path temp = new Path(path.getParent(), path.getName() + ".writing");
    try (OutputStream o = fs.create(temp, true)) {
      o.write(text.getBytes(StandardCharsets.UTF_8));
    }
    if (fs.exists(path) && !fs.delete(path, false)) {
      throw new IOException("cannot replace " + path);
    }
    if (!fs.rename(temp, path)) {
      throw new IOException("cannot rename " + temp + " to " + path);
    }
  }

  /**
   * Whether {@code header} is the trace header of a SEP3D dataset of no traces: its history names
   * a header dataset ({@code hff=}) and says {@code n2=0}.
   */
  public static boolean holdsNoTraces(FileSystem fs, Path header) throws IOException {
    byte[] text;
    try (InputStream in = fs.open(header)) {
      text = in.readNBytes(MAX_HEADER_BYTES);
    }
    int end = 0;
    while (end < text.length && text[end] != 014 && text[end] != 004) {
      end++;
    }
    History history = History.parse(header.toString(), new String(text, 0, end, StandardCharsets.UTF_8));
    return Sep3dDataset.isSep3d(history) && history.get("n2").map(String::trim).filter(v -> v.equals("0")).isPresent();
  }
}
