package org.sepyarn.formats.sep3d;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.InvalidDatasetException;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;

/**
 * An opened SEP3D dataset: the trace dataset (axis 1 the samples of a trace, axes 2..9 counting
 * traces), the header dataset its {@code hff=} names ({@code n1} keys, one record per header
 * record over axes 2..9) and the grid its {@code gff=} names, when there is one. Opening checks
 * that the three agree; cells and {@code data_record_number} values are checked as they are read.
 * Immutable.
 */
public final class Sep3dDataset {
  private final Dataset traces;
  private final Dataset headers;
  private final HeaderKeys keys;
  private final Dataset grid;
  private final Hypercube gridAxes;

  private Sep3dDataset(Dataset traces, Dataset headers, HeaderKeys keys, Dataset grid, Hypercube gridAxes) {
    this.traces = traces;
    this.headers = headers;
    this.keys = keys;
    this.grid = grid;
    this.gridAxes = gridAxes;
  }

  /** Whether a trace history names a header dataset ({@code hff=} other than {@code -1}). */
  public static boolean isSep3d(History history) {
    return named(history, "hff").isPresent();
  }

  private static Optional<String> named(History history, String key) {
    return history.get(key).map(String::trim).filter(v -> !v.isEmpty() && !v.equals("-1"));
  }

  public static Sep3dDataset open(Path header, Configuration conf) throws IOException {
    return open(header.getFileSystem(conf), header);
  }

  /**
   * Opens the SEP3D dataset whose trace header is {@code header}.
   *
   * @throws InvalidDatasetException naming the file and what disagrees
   */
  public static Sep3dDataset open(FileSystem fs, Path header) throws IOException {
    Dataset traces = Dataset.open(fs, header);
    String hff = named(traces.history(), "hff").orElseThrow(() -> new InvalidDatasetException("dataset "
        + traces.header() + " is not a SEP3D dataset: its history has no hff= naming a header dataset"));
    Dataset headers = Dataset.open(traces.resolve(hff), fs.getConf());
    if (headers.format().esize() != 4 || headers.format().components() != 1) {
      throw new InvalidDatasetException("header dataset " + headers.header() + " has data_format="
          + headers.format().name() + "; header records are 4-byte words (xdr_int)");
    }
    HeaderKeys keys;
    try {
      keys = HeaderKeys.read(headers.history(), headers.cube().n(1));
    } catch (IllegalArgumentException e) {
      throw new InvalidDatasetException(e.getMessage(), e);
    }
    long traceCount = traces.cube().elementCount() / traces.cube().n(1);
    long recordCount = headers.cube().elementCount() / keys.size();
    if (keys.indexOf(HeaderKey.DATA_RECORD_NUMBER).isEmpty() && recordCount != traceCount) {
      throw new InvalidDatasetException("dataset " + traces.header() + " holds " + traceCount + " traces but its header"
          + " dataset " + headers.header() + " holds " + recordCount + " records and no data_record_number key: "
          + "without that key there must be one header record per trace, in the same order");
    }
    Dataset grid = null;
    Hypercube gridAxes = null;
    Optional<String> gff = named(traces.history(), "gff");
    if (gff.isPresent()) {
      grid = Dataset.open(traces.resolve(gff.get()), fs.getConf());
      if (grid.format().kind() != ElementFormat.Kind.INT) {
        throw new InvalidDatasetException("grid " + grid.header() + " has data_format=" + grid.format().name()
            + "; a grid holds header record numbers as xdr_int");
      }
      gridAxes = gridAxes(grid);
    }
    return new Sep3dDataset(traces, headers, keys, grid, gridAxes);
  }

  /** The grid's axes: {@code nK_grid} and friends when the grid history has them, otherwise its own axes. */
  private static Hypercube gridAxes(Dataset grid) throws InvalidDatasetException {
    History h = grid.history();
    if (!h.has("n1_grid")) {
      return grid.cube();
    }
    List<Axis> axes = new ArrayList<>();
    try {
      for (int k = 1; k <= Hypercube.MAX_AXES && h.has("n" + k + "_grid"); k++) {
        axes.add(new Axis(h.getInt("n" + k + "_grid", 1), h.getDouble("o" + k + "_grid", 0),
            h.getDouble("d" + k + "_grid", 1), h.getString("label" + k + "_grid", ""), ""));
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidDatasetException("grid " + grid.header() + ": " + e.getMessage(), e);
    }
    Hypercube cube = new Hypercube(axes);
    if (cube.elementCount() != grid.cube().elementCount()) {
      throw new InvalidDatasetException("grid " + grid.header() + " has grid axes " + cube + " (" + cube.elementCount()
          + " cells) but holds " + grid.cube().elementCount() + " values");
    }
    return cube;
  }

  public Dataset traces() {
    return traces;
  }

  public Dataset headers() {
    return headers;
  }

  public HeaderKeys keys() {
    return keys;
  }

  public Path header() {
    return traces.header();
  }

  /** Samples per trace ({@code n1}) and their axis. */
  public Axis traceAxis() {
    return traces.cube().axis(1);
  }

  public long traceCount() {
    return traces.cube().elementCount() / traces.cube().n(1);
  }

  public long recordCount() {
    return headers.cube().elementCount() / keys.size();
  }

  /** Bytes of one trace: {@code n1 * esize}. */
  public int traceBytes() {
    return traces.cube().n(1) * traces.format().esize();
  }

  public boolean hasGrid() {
    return grid != null;
  }

  public Optional<Dataset> gridDataset() {
    return Optional.ofNullable(grid);
  }

  public Optional<Hypercube> gridAxes() {
    return Optional.ofNullable(gridAxes);
  }

  /**
   * Reads the whole grid (4 bytes per cell in memory) and checks its cells against the header
   * records; empty when the dataset has no grid.
   */
  public Optional<TraceGrid> readGrid(Configuration conf) throws IOException {
    if (grid == null) {
      return Optional.empty();
    }
    long cells = grid.cube().elementCount();
    if (cells > Integer.MAX_VALUE / 4) {
      throw new InvalidDatasetException("grid " + grid.header() + " has " + cells + " cells, more than sepyarn reads");
    }
    byte[] bytes = new byte[(int) cells * 4];
    try (DatasetReader reader = new DatasetReader(grid, conf)) {
      reader.readBytes(0, bytes, 0, bytes.length);
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(grid.format().order());
    int[] values = new int[(int) cells];
    for (int i = 0; i < values.length; i++) {
      values[i] = buf.getInt();
    }
    TraceGrid g = new TraceGrid(gridAxes, values);
    try {
      g.checkRecords(recordCount(), grid.header().toString());
    } catch (IllegalArgumentException e) {
      throw new InvalidDatasetException(e.getMessage(), e);
    }
    return Optional.of(g);
  }

  @Override
  public String toString() {
    return "Sep3dDataset[" + traces.header() + " " + traceCount() + " traces of n1=" + traces.cube().n(1) + ", keys "
        + keys + (grid == null ? "" : ", grid " + gridAxes) + "]";
  }
}
