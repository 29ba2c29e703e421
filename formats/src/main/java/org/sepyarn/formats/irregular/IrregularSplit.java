package org.sepyarn.formats.irregular;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.history.HistoryValues;
import org.sepyarn.formats.job.Irregular;
import org.sepyarn.formats.sep3d.KeyColumns;
import org.sepyarn.formats.sep3d.Sep3dDataset;
import org.sepyarn.formats.sep3d.TraceGrid;

/**
 * Plans the pieces of an irregular input for a job, one per block: by header keys from one pass
 * over the header dataset ({@link KeyColumns}, {@link IrregularPlanner}), or over the grid's axes
 * from the grid alone ({@link GridPlanner}). Nothing is sorted.
 */
public final class IrregularSplit {
  private IrregularSplit() {
  }

  /** Every block's piece, in block order. */
  public static List<IrregularPiece> plan(Sep3dDataset dataset, Irregular cut, Configuration conf) throws IOException {
    return cut.overGrid() ? overGrid(dataset, cut, conf) : byKeys(dataset, cut, conf);
  }

  private static List<IrregularPiece> byKeys(Sep3dDataset dataset, Irregular cut, Configuration conf)
      throws IOException {
    KeyColumns columns = KeyColumns.read(dataset, conf, cut.keys());
    int[] blocks = cut.blocks().stream().mapToInt(Integer::intValue).toArray();
    double[] overlap = cut.overlap().stream().mapToDouble(Double::doubleValue).toArray();
    IrregularPlan plan = IrregularPlanner.plan(columns.names(), columns.values(), blocks, overlap);
    List<IrregularPiece> pieces = new ArrayList<>();
    double[] values = new double[cut.keys().size()];
    for (IrregularBlock block : plan.blocks()) {
      long[] core = RecordRuns.filter(block.records(), r -> {
        for (int k = 0; k < values.length; k++) {
          values[k] = columns.values()[k][(int) r];
        }
        return inBlockProper(block, values);
      });
      Map<String, String> params = new LinkedHashMap<>();
      params.put("sepyarn_block", Integer.toString(block.index()));
      for (int k = 0; k < cut.keys().size(); k++) {
        params.put("sepyarn_key" + (k + 1), cut.keys().get(k));
        params.put("sepyarn_start" + (k + 1), HistoryValues.number(block.start(k)));
        params.put("sepyarn_end" + (k + 1), HistoryValues.number(block.end(k)));
        params.put("sepyarn_overlap" + (k + 1), HistoryValues.number(cut.overlap().get(k)));
        params.put("sepyarn_position" + (k + 1), Integer.toString(block.position()[k]));
        params.put("sepyarn_blocks" + (k + 1), Integer.toString(cut.blocks().get(k)));
      }
      pieces.add(new IrregularPiece(block.index(), block.records(), core, Optional.empty(), params));
    }
    return pieces;
  }

  /** Whether values fall in the block without its overlap: {@code [start, end)}, the last block its end too. */
  static boolean inBlockProper(IrregularBlock block, double[] values) {
    for (int k = 0; k < values.length; k++) {
      KeyBlocks kb = block.keys().get(k);
      int j = block.position()[k];
      double v = values[k];
      if (v < kb.start(j) || v > kb.end(j) || v == kb.end(j) && j != kb.count() - 1) {
        return false;
      }
    }
    return true;
  }

  private static List<IrregularPiece> overGrid(Sep3dDataset dataset, Irregular cut, Configuration conf)
      throws IOException {
    TraceGrid grid = dataset.readGrid(conf).orElseThrow(() -> new IllegalArgumentException("dataset "
        + dataset.header() + " has no grid (gff=), so its grid axes cannot be cut: name the header keys to cut by"));
    int[] blocks = cut.blocks().stream().mapToInt(Integer::intValue).toArray();
    List<IrregularPiece> pieces = new ArrayList<>();
    for (GridBlock block : GridPlanner.plan(grid, blocks, cut.gridOverlap())) {
      long[] core = cellsOf(grid, block.core());
      Map<String, String> params = new LinkedHashMap<>();
      params.put("sepyarn_block", Integer.toString(block.index()));
      params.put("sepyarn_grid_window", block.window().toString());
      params.put("sepyarn_grid_core", block.core().toString());
      pieces.add(new IrregularPiece(block.index(), block.records(), core, Optional.of(block.window()), params));
    }
    return pieces;
  }

  /** The 0-based records of the filled cells of {@code window}, increasing. */
  private static long[] cellsOf(TraceGrid grid, Window window) {
    List<Long> found = new ArrayList<>();
    int rank = window.rank();
    int[] idx = new int[rank];
    for (long c = 0; c < window.elementCount(); c++) {
      long cell = 0;
      long stride = 1;
      for (int k = 0; k < rank; k++) {
        cell += (window.start(k) + (long) idx[k]) * stride;
        stride *= grid.axes().n(k + 1);
      }
      int record = grid.cell((int) cell);
      if (record > 0) {
        found.add(record - 1L);
      }
      for (int k = 0; k < rank && ++idx[k] == window.count(k); k++) {
        idx[k] = 0;
      }
    }
    long[] records = found.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(records);
    return Arrays.stream(records).distinct().toArray();
  }
}
