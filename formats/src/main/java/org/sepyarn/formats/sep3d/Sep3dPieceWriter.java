package org.sepyarn.formats.sep3d;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.geometry.Window;

/**
 * Writes the local SEP3D dataset of one block of an irregular split: the chosen header records of
 * a source dataset, in increasing record order, with their traces, renumbered so that local
 * record {@code j} (1-based) has {@code data_record_number=j} and is local trace {@code j}; and,
 * when the source has a grid, the window of the grid holding the chosen records, its cells
 * renumbered the same way (cells of records not chosen become empty). Reads only the chosen
 * records and traces, with bounded memory. Optionally each record also gets the key
 * {@value #CORE_KEY}: 1 when it lies in the block itself, 0 when only in its overlap. A block of no
 * records becomes a dataset of no traces ({@link EmptySep3d}).
 */
public final class Sep3dPieceWriter {
  /** The key saying whether a trace lies in its block itself (1) or only in the block's overlap (0). */
  public static final String CORE_KEY = "block_core";
  private final Configuration conf;

  public Sep3dPieceWriter(Configuration conf) {
    this.conf = conf;
  }

  /**
   * @param records the 0-based header records of the piece, strictly increasing, at least one
   * @param gridWindow the grid window to keep; empty: the smallest window holding every chosen
   *     record's cell (ignored when the source has no grid)
   */
  public void write(Sep3dDataset source, long[] records, Optional<Window> gridWindow, FileSystem fs, Path out)
      throws IOException {
    write(source, records, null, gridWindow, Map.of(), fs, out);
  }

  /**
   * As {@link #write(Sep3dDataset, long[], Optional, FileSystem, Path)}, with the key
   * {@value #CORE_KEY} and parameters for the new history section.
   *
   * @param records the 0-based header records of the piece, strictly increasing; none for a piece
   *     of no traces
   * @param core the records of {@code records} in the block itself, strictly increasing; null for
   *     no {@value #CORE_KEY} key
   * @param parameters more parameters for the trace history's new section
   */
  public void write(Sep3dDataset source, long[] records, long[] core, Optional<Window> gridWindow,
      Map<String, String> parameters, FileSystem fs, Path out) throws IOException {
    checkIncreasing(records, "records");
    if (core != null) {
      checkIncreasing(core, "core records");
    }
    HeaderKeys keys = keys(source, core != null);
    if (records.length == 0) {
      Optional<TraceGrid> grid = source.readGrid(conf);
      Optional<TraceGrid> empty = grid.map(g -> g.window(gridWindow.orElseGet(() -> boundingWindow(g, records)),
          r -> 0));
      EmptySep3d.write(source, keys, empty, parameters, fs, out);
      return;
    }
    int drn = keys.indexOf(HeaderKey.DATA_RECORD_NUMBER).getAsInt();
    int coreAt = core == null ? -1 : keys.indexOf(CORE_KEY).getAsInt();
    Sep3dWriter.Builder builder = Sep3dWriter.to(fs, out, source.traceAxis(), source.traces().format(), keys,
        records.length).appendTo(source.traces().history()).overwrite(true).parameters(parameters);
    Optional<TraceGrid> grid = source.readGrid(conf);
    if (grid.isPresent()) {
      Window window = gridWindow.orElseGet(() -> boundingWindow(grid.get(), records));
      builder.grid(grid.get().window(window, r -> {
        int at = Arrays.binarySearch(records, r - 1L);
        return at < 0 ? 0 : at + 1;
      }));
    }
    long[] traces = new long[records.length];
    int width = keys.size();
    int sourceWidth = source.keys().size();
    try (Sep3dWriter writer = builder.open();
        HeaderReader headers = new HeaderReader(source, conf);
        TraceReader traceReader = new TraceReader(source, conf)) {
      int[] local = new int[width];
      int[] next = {0};
      headers.read(records, (record, words, offset) -> {
        int j = next[0]++;
        traces[j] = headers.traceOf(record, words, offset);
        System.arraycopy(words, offset, local, 0, sourceWidth);
        local[drn] = j + 1;
        if (coreAt >= 0) {
          local[coreAt] = Arrays.binarySearch(core, record) >= 0 ? 1 : 0;
        }
        writer.writeRecord(local, 0);
      });
      traceReader.copyTraces(traces, writer.traces());
      writer.commit();
    }
  }

  /** The source's keys with {@code data_record_number} and, when asked, {@value #CORE_KEY} added. */
  private static HeaderKeys keys(Sep3dDataset source, boolean withCore) {
    HeaderKeys keys = source.keys().withDataRecordNumber();
    if (!withCore || keys.indexOf(CORE_KEY).isPresent()) {
      return keys;
    }
    List<HeaderKey> more = new ArrayList<>(keys.list());
    more.add(HeaderKey.ofInt(CORE_KEY));
    return new HeaderKeys(more);
  }

  private static void checkIncreasing(long[] records, String what) {
    for (int i = 1; i < records.length; i++) {
      if (records[i] <= records[i - 1]) {
        throw new IllegalArgumentException("the " + what + " of a piece must be strictly increasing; record "
            + records[i] + " follows " + records[i - 1]);
      }
    }
  }

  /** The smallest window of the grid holding the cells of {@code records}; the first cell when none does. */
  static Window boundingWindow(TraceGrid grid, long[] records) {
    int rank = grid.axes().rank();
    int[] lo = new int[rank];
    int[] hi = new int[rank];
    Arrays.fill(lo, Integer.MAX_VALUE);
    Arrays.fill(hi, -1);
    int[] idx = new int[rank];
    for (int c = 0; c < grid.cellCount(); c++) {
      int r = grid.cell(c);
      if (r > 0 && Arrays.binarySearch(records, r - 1L) >= 0) {
        for (int k = 0; k < rank; k++) {
          lo[k] = Math.min(lo[k], idx[k]);
          hi[k] = Math.max(hi[k], idx[k]);
        }
      }
      for (int k = 0; k < rank && ++idx[k] == grid.axes().n(k + 1); k++) {
        idx[k] = 0;
      }
    }
    int[] count = new int[rank];
    for (int k = 0; k < rank; k++) {
      if (hi[k] < 0) {
        lo[k] = 0;
        hi[k] = 0;
      }
      count[k] = hi[k] - lo[k] + 1;
    }
    return new Window(lo, count);
  }
}
