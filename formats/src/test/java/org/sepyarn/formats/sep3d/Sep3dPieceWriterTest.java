package org.sepyarn.formats.sep3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.irregular.IrregularBlock;
import org.sepyarn.formats.irregular.IrregularPlan;
import org.sepyarn.formats.irregular.IrregularPlanner;

class Sep3dPieceWriterTest {
  @TempDir
  java.nio.file.Path tmp;

  private final Configuration conf = new Configuration();

  @Test
  void eachBlockBecomesALocalDatasetRenumberedWithItsTracesAndGridWindow() throws IOException {
    FileSystem fs = FileSystem.getLocal(conf);
    Random random = new Random(21);
    for (int trial = 0; trial < 12; trial++) {
      RandomSep3d data = new RandomSep3d(random, random.nextBoolean(), random.nextBoolean());
      Sep3dDataset source = Sep3dDataset.open(fs, data.write(fs, new Path(tmp.toUri().toString(), "s" + trial + ".H")));
      KeyColumns columns = KeyColumns.read(source, conf, List.of("cmp_x", "offset"));
      IrregularPlan plan = IrregularPlanner.plan(columns.names(), columns.values(),
          new int[] {1 + random.nextInt(3), 1 + random.nextInt(3)}, new double[] {random.nextInt(300), 50});
      for (IrregularBlock block : plan.blocks()) {
        if (block.isEmpty()) {
          continue;
        }
        Path out = new Path(tmp.toUri().toString(), "p" + trial + "-" + block.index() + ".H");
        new Sep3dPieceWriter(conf).write(source, block.records(), Optional.empty(), fs, out);
        checkPiece(data, block.records(), Sep3dDataset.open(fs, out));
      }
    }
  }

  private void checkPiece(RandomSep3d data, long[] records, Sep3dDataset piece) throws IOException {
    assertEquals(records.length, piece.traceCount());
    int drn = piece.keys().indexOf(HeaderKey.DATA_RECORD_NUMBER).getAsInt();
    List<int[]> got = new ArrayList<>();
    try (HeaderReader reader = new HeaderReader(piece, conf, 40)) {
      reader.scan((r, w, o) -> got.add(java.util.Arrays.copyOfRange(w, o, o + piece.keys().size())));
    }
    long[] localTraces = new long[records.length];
    for (int j = 0; j < records.length; j++) {
      int[] source = data.records[(int) records[j]];
      assertEquals(j + 1, got.get(j)[drn], "data_record_number of local record " + j);
      for (int k = 0; k < data.keys.size(); k++) {
        String name = data.keys.get(k).name();
        if (!name.equals(HeaderKey.DATA_RECORD_NUMBER)) {
          assertEquals(source[k], got.get(j)[piece.keys().indexOf(name).getAsInt()], name + " of local record " + j);
        }
      }
      localTraces[j] = j;
    }
    ByteArrayOutputStream traces = new ByteArrayOutputStream();
    try (TraceReader reader = new TraceReader(piece, conf, 33)) {
      reader.copyTraces(localTraces, traces);
    }
    byte[] all = traces.toByteArray();
    for (int j = 0; j < records.length; j++) {
      assertArrayEquals(data.traceBytes[data.traceOf((int) records[j])],
          java.util.Arrays.copyOfRange(all, j * data.n1 * 4, (j + 1) * data.n1 * 4), "local trace " + j);
    }
    if (data.grid != null) {
      TraceGrid grid = piece.readGrid(conf).orElseThrow();
      assertEquals(records.length, grid.filledCount(), "every local record has its cell");
      for (int c = 0; c < grid.cellCount(); c++) {
        if (grid.cell(c) > 0) {
          int local = grid.cell(c) - 1;
          int g1 = grid.axes().n(1);
          double x = grid.axes().axis(1).coordinate(c % g1);
          double y = grid.axes().axis(2).coordinate(c / g1);
          int sourceCell = findCell(data.grid, (int) records[local] + 1);
          assertEquals(data.grid.axes().axis(1).coordinate(sourceCell % data.grid.axes().n(1)), x);
          assertEquals(data.grid.axes().axis(2).coordinate(sourceCell / data.grid.axes().n(1)), y);
        }
      }
    } else {
      assertTrue(piece.readGrid(conf).isEmpty());
    }
  }

  private static int findCell(TraceGrid grid, int record) {
    for (int c = 0; c < grid.cellCount(); c++) {
      if (grid.cell(c) == record) {
        return c;
      }
    }
    throw new AssertionError("record " + record + " has no cell");
  }

  @Test
  void aGivenGridWindowIsKeptWhole() throws IOException {
    FileSystem fs = FileSystem.getLocal(conf);
    RandomSep3d data = new RandomSep3d(new Random(8), false, true);
    Sep3dDataset source = Sep3dDataset.open(fs, data.write(fs, new Path(tmp.toUri().toString(), "g.H")));
    int g1 = data.grid.axes().n(1);
    int g2 = data.grid.axes().n(2);
    Window window = new Window(new int[] {0, g2 / 2}, new int[] {g1, g2 - g2 / 2});
    List<Long> inWindow = new ArrayList<>();
    for (int c = g1 * (g2 / 2); c < g1 * g2; c++) {
      if (data.grid.cell(c) > 0) {
        inWindow.add(data.grid.cell(c) - 1L);
      }
    }
    long[] records = inWindow.stream().mapToLong(Long::longValue).sorted().toArray();
    Path out = new Path(tmp.toUri().toString(), "w.H");
    new Sep3dPieceWriter(conf).write(source, records, Optional.of(window), fs, out);
    Sep3dDataset piece = Sep3dDataset.open(fs, out);
    TraceGrid grid = piece.readGrid(conf).orElseThrow();
    assertEquals(data.grid.axes().window(window), grid.axes());
    checkPiece(data, records, piece);
  }
}
