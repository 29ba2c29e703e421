package org.sepyarn.formats.sep3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.dataset.InvalidDatasetException;
import org.sepyarn.formats.history.History;

class Sep3dDatasetTest {
  @TempDir
  java.nio.file.Path tmp;

  private final Configuration conf = new Configuration();
  private FileSystem fs;

  @BeforeEach
  void setUp() throws IOException {
    fs = FileSystem.getLocal(conf);
  }

  private Path path(String name) {
    return new Path(tmp.toUri().toString(), name);
  }

  @Test
  void randomDatasetsReadBackRecordForRecordAndTraceForTrace() throws IOException {
    Random random = new Random(3);
    for (int trial = 0; trial < 40; trial++) {
      RandomSep3d data = new RandomSep3d(random, random.nextBoolean(), random.nextBoolean());
      Path header = data.write(fs, path("d" + trial + ".H"));
      Sep3dDataset ds = Sep3dDataset.open(fs, header);
      assertEquals(data.keys, ds.keys());
      assertEquals(data.traces, ds.traceCount());
      assertEquals(data.traces, ds.recordCount());
      assertEquals(data.n1 * 4, ds.traceBytes());
      assertEquals(data.grid, ds.readGrid(conf).orElse(null));
      int buffer = 1 + random.nextInt(64);
      List<int[]> seen = new ArrayList<>();
      try (HeaderReader reader = new HeaderReader(ds, conf, buffer)) {
        reader.scan((r, words, off) -> {
          assertEquals(seen.size(), r);
          seen.add(java.util.Arrays.copyOfRange(words, off, off + data.keys.size()));
        });
        long[] some = random.longs(1 + random.nextInt(data.traces), 0, data.traces).sorted().distinct().toArray();
        int[] at = {0};
        reader.read(some, (r, words, off) -> {
          assertEquals(some[at[0]++], r);
          assertArrayEquals(data.records[(int) r], java.util.Arrays.copyOfRange(words, off, off + data.keys.size()));
          assertEquals(data.traceOf((int) r), reader.traceOf(r, words, off));
        });
        assertEquals(some.length, at[0]);
      }
      for (int r = 0; r < data.traces; r++) {
        assertArrayEquals(data.records[r], seen.get(r), "record " + r);
      }
      long[] wanted = random.longs(random.nextInt(3 * data.traces), 0, data.traces).toArray();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (TraceReader reader = new TraceReader(ds, conf, 1 + random.nextInt(100))) {
        assertEquals((long) wanted.length * data.n1 * 4, reader.copyTraces(wanted, out));
      }
      ByteBuffer got = ByteBuffer.wrap(out.toByteArray());
      for (long t : wanted) {
        byte[] trace = new byte[data.n1 * 4];
        got.get(trace);
        assertArrayEquals(data.traceBytes[(int) t], trace, "trace " + t);
      }
    }
  }

  @Test
  void theWriterNamesItsFilesAndTheTraceHistorySaysWhereTheyAre() throws IOException {
    RandomSep3d data = new RandomSep3d(new Random(5), true, true);
    Path header = data.write(fs, path("out.H"));
    History h = Sep3dDataset.open(fs, header).traces().history();
    assertEquals(tmp.resolve("out.H@@").toString(), h.requireString("hff"));
    assertEquals(tmp.resolve("out.H@@@@").toString(), h.requireString("gff"));
    assertEquals("0", h.requireString("same_record_number"));
    try (Stream<java.nio.file.Path> files = Files.list(tmp)) {
      assertEquals(List.of("out.H", "out.H@", "out.H@@", "out.H@@@", "out.H@@@@", "out.H@@@@@"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void anAbortedWriterLeavesNothing() throws IOException {
    RandomSep3d data = new RandomSep3d(new Random(6), false, true);
    try (Sep3dWriter w = Sep3dWriter.to(fs, path("x.H"), new org.sepyarn.formats.geometry.Axis(data.n1, 0, 1),
        org.sepyarn.formats.element.ElementFormat.XDR_FLOAT,
        data.keys, data.traces).grid(data.grid).open()) {
      w.traces().write(data.traceBytes[0]);
      assertThrows(InvalidDatasetException.class, w::commit);
    }
    try (Stream<java.nio.file.Path> files = Files.list(tmp)) {
      assertEquals(0, files.count());
    }
  }

  /** A SEP3D dataset as SEPlib would leave it: text headers, a relative hff, keys with only hdrfmt. */
  private Path handWritten(String headerKeys, int records, int[] words, String traceExtra) throws IOException {
    Files.writeString(tmp.resolve("t.H"), "\nsep3d:   me@here   today\n n1=2 n2=3 esize=4 data_format=xdr_float"
        + " in=\"" + tmp.resolve("t.H@") + "\" hff=t.H@@ " + traceExtra + "\n");
    Files.write(tmp.resolve("t.H@"), new byte[24]);
    Files.writeString(tmp.resolve("t.H@@"), "\nhdr:   me@here   today\n n2=" + records + " esize=4 data_format=xdr_int"
        + " in=t.H@@@ " + headerKeys + "\n");
    ByteBuffer b = ByteBuffer.allocate(words.length * 4);
    for (int w : words) {
      b.putInt(w);
    }
    Files.write(tmp.resolve("t.H@@@"), b.array());
    return path("t.H");
  }

  @Test
  void aSeplibStyleDatasetOpensWithRelativeNamesAndFormatOnlyKeys() throws IOException {
    Path header = handWritten("n1=2 hdrkey1=\"s_x\" hdrfmt1=xdr_float hdrkey2=data_record_number hdrtype2=scalar_int",
        3, new int[] {Float.floatToIntBits(1.5f), 3, Float.floatToIntBits(-2f), 1, Float.floatToIntBits(9f), 2}, "");
    Sep3dDataset ds = Sep3dDataset.open(fs, header);
    assertEquals(List.of("s_x", "data_record_number"), ds.keys().names());
    assertEquals(KeyType.SCALAR_FLOAT, ds.keys().get(0).type());
    assertFalse(ds.hasGrid());
    List<KeyRange> ranges = KeyRange.scan(ds, conf);
    assertEquals(-2.0, ranges.get(0).min());
    assertEquals(9.0, ranges.get(0).max());
    assertEquals(1.0, ranges.get(1).min());
    assertEquals(3.0, ranges.get(1).max());
    assertArrayEquals(new double[] {1.5, -2, 9}, KeyColumns.read(ds, conf, List.of("s_x")).values()[0]);
  }

  @Test
  void brokenDatasetsAreRefusedSayingWhatIsWrong() throws IOException {
    assertMessage("has n1=2 keys but no hdrkey2", handWritten("n1=2 hdrkey1=a hdrtype1=scalar_int", 3, new int[6], ""));
    assertMessage("names hdrkey2 but has n1=1",
        handWritten("n1=1 hdrkey1=a hdrtype1=scalar_int hdrkey2=b hdrtype2=scalar_int", 6, new int[6], ""));
    assertMessage("holds 3 traces but its header dataset",
        handWritten("n1=1 hdrkey1=a hdrtype1=scalar_int", 6, new int[6], ""));
    assertMessage("hdrtype1=scalar_int but hdrfmt1=xdr_float",
        handWritten("n1=1 hdrkey1=a hdrtype1=scalar_int hdrfmt1=xdr_float", 3, new int[3], ""));
    assertMessage("hdrtype1=\"vector\" in",
        handWritten("n1=1 hdrkey1=a hdrtype1=vector", 3, new int[3], ""));
    assertMessage("is not a SEP3D dataset", handWritten("n1=1 hdrkey1=a hdrtype1=scalar_int", 3, new int[3], "hff=-1"));
    Path drn = handWritten("n1=1 hdrkey1=data_record_number hdrtype1=scalar_int", 3, new int[] {1, 4, 2}, "");
    Sep3dDataset ds = Sep3dDataset.open(fs, drn);
    try (HeaderReader reader = new HeaderReader(ds, conf)) {
      InvalidDatasetException e = assertThrows(InvalidDatasetException.class,
          () -> reader.scan((r, w, o) -> reader.traceOf(r, w, o)));
      assertTrue(e.getMessage().contains("header record 2 of " + path("t.H@@") + " has data_record_number=4 but the "
          + "dataset holds traces 1..3"), e.getMessage());
    }
  }

  @Test
  void aGridCellNamingAMissingRecordIsRefused() throws IOException {
    Path header = handWritten("n1=1 hdrkey1=a hdrtype1=scalar_int", 3, new int[3], "gff=g.H");
    Files.writeString(tmp.resolve("g.H"), "\ng:   me@here   today\n n1=2 n2=2 n1_grid=2 n2_grid=2 o2_grid=5"
        + " esize=4 data_format=xdr_int in=g.H@\n");
    Files.write(tmp.resolve("g.H@"), ByteBuffer.allocate(16).putInt(1).putInt(0).putInt(4).putInt(-1).array());
    Sep3dDataset ds = Sep3dDataset.open(fs, header);
    assertEquals(5.0, ds.gridAxes().orElseThrow().axis(2).o());
    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> ds.readGrid(conf));
    assertTrue(e.getMessage().contains("cell 2 (storage order) holds header record 4 but the header dataset has only 3"),
        e.getMessage());
  }

  private void assertMessage(String part, Path header) {
    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> Sep3dDataset.open(fs, header));
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }

  @Test
  void keysWithTheSameNameAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HeaderKeys.of(HeaderKey.ofInt("sx"), HeaderKey.ofFloat("sx")));
    assertTrue(e.getMessage().contains("\"sx\" is given twice"), e.getMessage());
  }
}
