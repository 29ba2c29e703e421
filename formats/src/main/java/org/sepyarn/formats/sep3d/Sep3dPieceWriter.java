package org.sepyarn.formats.sep3d;

import java.io.IOException;
import java.util.Arrays;
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
 * records and traces, with bounded memory.
 */
public final class Sep3dPieceWriter {
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
    for (int i = 1; i < records.length; i++) {
      if (records[i] <= records[i - 1]) {
        throw new IllegalArgumentException("the records of a piece must be strictly increasing; record "
            + records[i] + " follows " + records[i - 1]);
      }
    }
    HeaderKeys keys = source.keys().withDataRecordNumber();
    int drn = keys.indexOf(HeaderKey.DATA_RECORD_NUMBER).getAsInt();
    Sep3dWriter.Builder builder = Sep3dWriter.to(fs, out, source.traceAxis(), source.traces().format(), keys,
        records.length).appendTo(source.traces().history()).overwrite(true);
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
        writer.writeRecord(local, 0);
      });
      traceReader.copyTraces(traces, writer.traces());
      writer.commit();
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
