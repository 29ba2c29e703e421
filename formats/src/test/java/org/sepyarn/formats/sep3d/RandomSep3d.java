package org.sepyarn.formats.sep3d;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * A random irregular SEP3D dataset kept in memory and written with {@link Sep3dWriter}: traces of
 * random bytes, int and float keys, header records in an order other than the traces'
 * ({@code data_record_number}) and a grid with empty cells, when asked.
 */
final class RandomSep3d {
  final int n1;
  final int traces;
  final HeaderKeys keys;
  final int[][] records;
  final byte[][] traceBytes;
  final TraceGrid grid;

  RandomSep3d(Random random, boolean shuffled, boolean withGrid) {
    n1 = 1 + random.nextInt(30);
    traces = 1 + random.nextInt(200);
    List<HeaderKey> list = new ArrayList<>();
    list.add(HeaderKey.ofFloat("cmp_x"));
    list.add(HeaderKey.ofFloat("cmp_y"));
    list.add(HeaderKey.ofInt("offset"));
    if (shuffled) {
      list.add(random.nextInt(list.size() + 1), HeaderKey.ofInt(HeaderKey.DATA_RECORD_NUMBER));
    }
    keys = new HeaderKeys(list);
    List<Integer> order = new ArrayList<>();
    for (int t = 0; t < traces; t++) {
      order.add(t);
    }
    if (shuffled) {
      Collections.shuffle(order, random);
    }
    records = new int[traces][keys.size()];
    for (int r = 0; r < traces; r++) {
      for (int k = 0; k < keys.size(); k++) {
        HeaderKey key = keys.get(k);
        if (key.name().equals(HeaderKey.DATA_RECORD_NUMBER)) {
          records[r][k] = order.get(r) + 1;
        } else if (key.type() == KeyType.SCALAR_FLOAT) {
          records[r][k] = key.type().bits((float) (random.nextDouble() * 4000 - 500));
        } else {
          records[r][k] = random.nextInt(2000) - 1000;
        }
      }
    }
    traceBytes = new byte[traces][n1 * 4];
    for (byte[] t : traceBytes) {
      random.nextBytes(t);
    }
    if (withGrid) {
      int g1 = 1 + random.nextInt(12);
      int g2 = (traces + g1 - 1) / g1 + random.nextInt(3);
      int[] cells = new int[g1 * g2];
      List<Integer> slots = new ArrayList<>();
      for (int c = 0; c < cells.length; c++) {
        slots.add(c);
      }
      Collections.shuffle(slots, random);
      for (int c = 0; c < cells.length; c++) {
        cells[c] = -random.nextInt(2);
      }
      for (int r = 0; r < traces; r++) {
        cells[slots.get(r)] = r + 1;
      }
      grid = new TraceGrid(Hypercube.of(new Axis(g1, 100, 25, "cmp_x", ""), new Axis(g2, -50, 12.5, "cmp_y", "")),
          cells);
    } else {
      grid = null;
    }
  }

  /** The 0-based trace header record {@code r} describes. */
  int traceOf(int r) {
    return keys.indexOf(HeaderKey.DATA_RECORD_NUMBER).isPresent()
        ? records[r][keys.indexOf(HeaderKey.DATA_RECORD_NUMBER).getAsInt()] - 1 : r;
  }

  Path write(FileSystem fs, Path header) throws IOException {
    Sep3dWriter.Builder b = Sep3dWriter.to(fs, header, new Axis(n1, 0, 0.004, "time", "s"), ElementFormat.XDR_FLOAT,
        keys, traces);
    if (grid != null) {
      b.grid(grid);
    }
    try (Sep3dWriter w = b.open()) {
      for (byte[] t : traceBytes) {
        w.traces().write(t);
      }
      for (int[] rec : records) {
        w.writeRecord(rec, 0);
      }
      w.commit();
    }
    return header;
  }
}
