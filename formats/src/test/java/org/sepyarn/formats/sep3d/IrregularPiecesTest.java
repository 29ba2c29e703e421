package org.sepyarn.formats.sep3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.irregular.IrregularPiece;
import org.sepyarn.formats.irregular.IrregularSplit;
import org.sepyarn.formats.job.Irregular;

/**
 * The pieces of a job's irregular input, planned ({@link IrregularSplit}) and written
 * ({@link Sep3dPieceWriter}) over random irregular datasets: each record's trace is in the block
 * itself ({@code block_core=1}) of exactly one piece, by the rule [start, end) (the last block its
 * end too) written here again, and in the others only through their overlap; empty blocks become
 * datasets of no traces.
 */
class IrregularPiecesTest {
  @TempDir
  java.nio.file.Path tmp;

  private final Configuration conf = new Configuration();

  @Test
  void everyTraceIsInTheBlockItselfOfExactlyOnePieceByKeys() throws IOException {
    FileSystem fs = FileSystem.getLocal(conf);
    Random random = new Random(33);
    for (int trial = 0; trial < 15; trial++) {
      RandomSep3d data = new RandomSep3d(random, random.nextBoolean(), random.nextBoolean());
      Sep3dDataset source = Sep3dDataset.open(fs, data.write(fs, new Path(tmp.toUri().toString(), "s" + trial + ".H")));
      Irregular cut = new Irregular(List.of("cmp_x", "offset"), List.of(1 + random.nextInt(4), 1 + random.nextInt(3)),
          List.of((double) random.nextInt(400), random.nextInt(2) * 100.0), Irregular.EmptyBlocks.RUN);
      List<IrregularPiece> pieces = IrregularSplit.plan(source, cut, conf);
      assertEquals(cut.blockCount(), pieces.size());
      int[] coreCount = new int[data.traces];
      double[] min = {Double.MAX_VALUE, Double.MAX_VALUE};
      double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE};
      for (int r = 0; r < data.traces; r++) {
        for (int k = 0; k < 2; k++) {
          min[k] = Math.min(min[k], value(data, r, cut.keys().get(k)));
          max[k] = Math.max(max[k], value(data, r, cut.keys().get(k)));
        }
      }
      for (IrregularPiece piece : pieces) {
        Path out = new Path(tmp.toUri().toString(), "p" + trial + "-" + piece.block() + ".H");
        new Sep3dPieceWriter(conf).write(source, piece.records(), piece.core(), piece.gridWindow(), piece.parameters(),
            fs, out);
        if (piece.isEmpty()) {
          assertTrue(EmptySep3d.holdsNoTraces(fs, out));
          continue;
        }
        assertFalse(EmptySep3d.holdsNoTraces(fs, out));
        Sep3dDataset local = Sep3dDataset.open(fs, out);
        assertEquals(Integer.toString(piece.block()), local.traces().history().getString("sepyarn_block", null));
        int coreAt = local.keys().indexOf(Sep3dPieceWriter.CORE_KEY).getAsInt();
        List<Integer> flags = new ArrayList<>();
        try (HeaderReader reader = new HeaderReader(local, conf)) {
          reader.scan((r, w, o) -> flags.add(w[o + coreAt]));
        }
        int[] position = {piece.block() % cut.blocks().get(0), piece.block() / cut.blocks().get(0)};
        for (int j = 0; j < piece.records().length; j++) {
          int r = (int) piece.records()[j];
          boolean inside = true;
          for (int k = 0; k < 2; k++) {
            inside &= inBlock(value(data, r, cut.keys().get(k)), min[k], max[k], cut.blocks().get(k), position[k]);
          }
          assertEquals(inside ? 1 : 0, flags.get(j), "block_core of record " + r + " in block " + piece.block());
          coreCount[r] += flags.get(j);
        }
      }
      for (int r = 0; r < data.traces; r++) {
        assertEquals(1, coreCount[r], "record " + r + " is in the block itself of one piece");
      }
    }
  }

  @Test
  void overTheGridTheCoresOfTheBlocksHoldEveryFilledCellOnce() throws IOException {
    FileSystem fs = FileSystem.getLocal(conf);
    Random random = new Random(8);
    for (int trial = 0; trial < 10; trial++) {
      RandomSep3d data = new RandomSep3d(random, random.nextBoolean(), true);
      Sep3dDataset source = Sep3dDataset.open(fs, data.write(fs, new Path(tmp.toUri().toString(), "g" + trial + ".H")));
      int b1 = 1 + random.nextInt(data.grid.axes().n(1));
      Irregular cut = new Irregular(List.of(), List.of(b1), List.of((double) (data.grid.axes().n(1) / b1)),
          Irregular.EmptyBlocks.RUN);
      int[] coreCount = new int[data.traces];
      for (IrregularPiece piece : IrregularSplit.plan(source, cut, conf)) {
        assertTrue(piece.gridWindow().isPresent());
        for (long r : piece.core()) {
          coreCount[(int) r]++;
        }
        Path out = new Path(tmp.toUri().toString(), "gp" + trial + "-" + piece.block() + ".H");
        new Sep3dPieceWriter(conf).write(source, piece.records(), piece.core(), piece.gridWindow(), piece.parameters(),
            fs, out);
        if (!piece.isEmpty()) {
          assertEquals(piece.gridWindow().get().elementCount(),
              Sep3dDataset.open(fs, out).gridAxes().orElseThrow().elementCount());
        }
      }
      for (int r = 0; r < data.traces; r++) {
        assertEquals(1, coreCount[r], "record " + r + " is in the core of one grid block");
      }
    }
  }

  @Test
  void anEmptyPieceSaysN2IsZeroAndIsNotOpenedAsADatasetOfTraces() throws IOException {
    FileSystem fs = FileSystem.getLocal(conf);
    RandomSep3d data = new RandomSep3d(new Random(2), true, true);
    Sep3dDataset source = Sep3dDataset.open(fs, data.write(fs, new Path(tmp.toUri().toString(), "e.H")));
    Path out = new Path(tmp.toUri().toString(), "empty.H");
    new Sep3dPieceWriter(conf).write(source, new long[0], new long[0], Optional.empty(),
        java.util.Map.of("sepyarn_block", "7"), fs, out);
    assertTrue(EmptySep3d.holdsNoTraces(fs, out));
    assertEquals(0, fs.getFileStatus(new Path(out.toString() + "@")).getLen());
    assertThrows(IOException.class, () -> Sep3dDataset.open(fs, out));
    assertFalse(EmptySep3d.holdsNoTraces(fs, source.header()));
    org.sepyarn.formats.dataset.Dataset grid = org.sepyarn.formats.dataset.Dataset.open(fs,
        new Path(out.toString() + "@@@@"));
    byte[] cells = new byte[(int) grid.byteCount()];
    try (java.io.InputStream in = fs.open(new Path(out.toString() + "@@@@@"))) {
      assertEquals(cells.length, in.readNBytes(cells, 0, cells.length));
    }
    assertArrayEquals(new byte[cells.length], cells, "no filled cell");
  }

  private static double value(RandomSep3d data, int record, String key) {
    int k = data.keys.indexOf(key).getAsInt();
    return data.keys.get(k).type().value(data.records[record][k]);
  }

  /** [start, end) of block j of [min, max] cut into n, the last block its end too. */
  private static boolean inBlock(double v, double min, double max, int n, int j) {
    double start = j == 0 ? min : min + (max - min) * j / n;
    double end = j == n - 1 ? max : min + (max - min) * (j + 1) / n;
    return v >= start && (v < end || j == n - 1 && v <= end);
  }
}
