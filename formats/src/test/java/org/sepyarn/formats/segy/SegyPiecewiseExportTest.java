package org.sepyarn.formats.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.sep3d.HeaderKey;
import org.sepyarn.formats.sep3d.HeaderKeys;
import org.sepyarn.formats.sep3d.Sep3dWriter;

/**
 * What a parallel export rests on: the file headers followed by the traces each task writes for its
 * range, in task order, are the serial export's file byte for byte, whatever the split; and the file
 * headers are the imported ones or new ones as documented.
 */
class SegyPiecewiseExportTest {
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

  /** The file as tasks would make it: headers, then each task's range, with small random buffers. */
  private byte[] piecewise(Path header, SampleFormat format, int tasks, Random random) throws IOException {
    SegyTraceWriter any = new SegyTraceWriter(header, conf);
    SegyTraceRanges ranges = any.ranges();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(any.fileHeader(format));
    int n = (int) Math.min(tasks, ranges.traceCount());
    for (int i = 0; i < n; i++) {
      long[] own = ranges.taskTraces(i, n);
      ByteArrayOutputStream piece = new ByteArrayOutputStream();
      new SegyTraceWriter(header, conf, 1 + random.nextInt(3000)).write(own[0], own[1], format, piece);
      long[] bytes = ranges.taskBytes(i, n);
      assertEquals(bytes[1] - bytes[0], piece.size(), "task " + i + "'s piece fills its byte range");
      assertEquals(bytes[0], file.size(), "task " + i + "'s piece starts at its range");
      file.write(piece.toByteArray());
    }
    assertEquals(ranges.fileBytes(), file.size());
    return file.toByteArray();
  }

  private byte[] serial(Path header, SampleFormat format, String name) throws IOException {
    new SegyExport(conf).export(header, path(name), format, false);
    return Files.readAllBytes(tmp.resolve(name));
  }

  @Test
  void anImportedFileWrittenByRangesIsTheSerialExportAndTheOriginalFile() throws IOException {
    Random random = new Random(21);
    for (int trial = 0; trial < 12; trial++) {
      int format = trial % 2 == 0 ? 1 : 5;
      SegyFiles file = new SegyFiles(random, format, 1 + random.nextInt(60), 1 + random.nextInt(40));
      Files.write(tmp.resolve("in" + trial + ".sgy"), file.bytes);
      Path sep = path("in" + trial + ".H");
      new SegyToSep3d().convert(fs, path("in" + trial + ".sgy"), sep);
      SampleFormat f = format == 1 ? SampleFormat.IBM_FLOAT : SampleFormat.IEEE_FLOAT;
      byte[] parallel = piecewise(sep, f, 1 + random.nextInt(9), random);
      assertArrayEquals(serial(sep, f, "back" + trial + ".sgy"), parallel, "trial " + trial);
      assertArrayEquals(file.bytes, parallel, "trial " + trial + ": the original file, headers and traces");
    }
  }

  @Test
  void aFileAnotherToolWroteComesBackByteForByteWrittenByRanges() throws IOException {
    byte[] fixture;
    try (java.io.InputStream in = getClass().getResourceAsStream("/segy/segyio-fixture.sgy")) {
      fixture = in.readAllBytes();
    }
    Files.write(tmp.resolve("segyio.sgy"), fixture);
    new SegyToSep3d().convert(fs, path("segyio.sgy"), path("segyio.H"));
    Random random = new Random(25);
    for (int tasks = 1; tasks <= 5; tasks++) {
      assertArrayEquals(fixture, piecewise(path("segyio.H"), SampleFormat.IBM_FLOAT, tasks, random), tasks + " tasks");
    }
  }

  @Test
  void aRegularCubeWrittenByRangesIsTheSerialExportWithNumberedTraceHeaders() throws IOException {
    Random random = new Random(22);
    Hypercube cube = Hypercube.of(new Axis(13, 0, 0.002), Axis.ofLength(7), Axis.ofLength(5));
    ByteBuffer data = ByteBuffer.allocate(13 * 35 * 4);
    for (int i = 0; i < 13 * 35; i++) {
      data.putInt(SegyFiles.randomIeee(random));
    }
    try (DatasetWriter w = DatasetWriter.to(fs, path("cube.H"), cube, ElementFormat.XDR_FLOAT).open()) {
      w.binary().write(data.array());
      w.commit();
    }
    for (SampleFormat f : SampleFormat.values()) {
      for (int tasks : new int[] {1, 2, 6, 35, 50}) {
        byte[] parallel = piecewise(path("cube.H"), f, tasks, random);
        assertArrayEquals(serial(path("cube.H"), f, "cube-" + f + tasks + ".sgy"), parallel, f + ", " + tasks
            + " tasks");
        for (int t = 0; t < 35; t++) {
          int at = 3600 + t * (240 + 13 * 4);
          assertEquals(t + 1, TraceHeader.get(parallel, at, TraceHeaderField.TRACL), "tracl of trace " + t);
          assertEquals(t + 1, TraceHeader.get(parallel, at, TraceHeaderField.TRACR), "tracr of trace " + t);
          assertEquals(13, TraceHeader.get(parallel, at, TraceHeaderField.NS));
          assertEquals(2000, TraceHeader.get(parallel, at, TraceHeaderField.DT));
          for (int s = 0; s < 13; s++) {
            int stored = BigEndian.get(parallel, at + 240 + 4 * s, 4, false);
            assertEquals(f.fromIeeeBits(data.getInt((t * 13 + s) * 4)), stored, "trace " + t + " sample " + s);
          }
        }
      }
    }
  }

  @Test
  void aSep3dDatasetWrittenByRangesFollowsItsHeaderRecordsAndNumbersThemWithoutTracl() throws IOException {
    Random random = new Random(23);
    int traces = 40;
    int samples = 6;
    HeaderKeys keys = HeaderKeys.of(HeaderKey.ofInt("data_record_number"), HeaderKey.ofFloat("sx"),
        HeaderKey.ofInt("cdp"), HeaderKey.ofInt("cmp_x"));
    int[] order = new int[traces];
    for (int i = 0; i < traces; i++) {
      order[i] = i;
    }
    for (int i = traces - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    byte[] data = new byte[traces * samples * 4];
    ByteBuffer b = ByteBuffer.wrap(data);
    for (int i = 0; i < traces * samples; i++) {
      b.putInt(SegyFiles.randomIeee(random));
    }
    try (Sep3dWriter w = Sep3dWriter.to(fs, path("s.H"), new Axis(samples, 0, 0.004), ElementFormat.XDR_FLOAT, keys,
        traces).open()) {
      w.traces().write(data);
      for (int r = 0; r < traces; r++) {
        w.writeRecord(new int[] {order[r] + 1, Float.floatToIntBits(r * 10.4f - 100), 1000 + r, 7}, 0);
      }
      w.commit();
    }
    for (int tasks : new int[] {1, 3, 7, 40}) {
      byte[] parallel = piecewise(path("s.H"), SampleFormat.IEEE_FLOAT, tasks, random);
      assertArrayEquals(serial(path("s.H"), SampleFormat.IEEE_FLOAT, "s" + tasks + ".sgy"), parallel);
      for (int r = 0; r < traces; r++) {
        int at = 3600 + r * (240 + samples * 4);
        assertEquals(r + 1, TraceHeader.get(parallel, at, TraceHeaderField.TRACL), "tracl numbers the records");
        assertEquals(Math.round(r * 10.4f - 100), TraceHeader.get(parallel, at, TraceHeaderField.SX));
        assertEquals(1000 + r, TraceHeader.get(parallel, at, TraceHeaderField.CDP));
        assertEquals(4000, TraceHeader.get(parallel, at, TraceHeaderField.DT));
        assertArrayEquals(Arrays.copyOfRange(data, order[r] * samples * 4, (order[r] + 1) * samples * 4),
            Arrays.copyOfRange(parallel, at + 240, at + 240 + samples * 4), "record " + r + " carries trace "
                + order[r]);
      }
    }
    SegyTraceWriter writer = new SegyTraceWriter(path("s.H"), conf);
    assertThrows(IllegalArgumentException.class, () -> writer.write(38, 3, SampleFormat.IBM_FLOAT,
        new ByteArrayOutputStream()), "a range past the last trace");
  }

  @Test
  void newFileHeadersDescribeTheDataAndImportedOnesAreKeptWithTheDatasSampling() throws IOException {
    try (DatasetWriter w = DatasetWriter.to(fs, path("plain.H"), Hypercube.of(new Axis(9, 0, 0.0005),
        Axis.ofLength(4)), ElementFormat.XDR_FLOAT).open()) {
      w.binary().write(new byte[9 * 4 * 4]);
      w.commit();
    }
    SegyTraceWriter plain = new SegyTraceWriter(path("plain.H"), conf);
    byte[] made = plain.fileHeader(SampleFormat.IEEE_FLOAT);
    assertEquals(3600, made.length);
    String text = TextualHeader.decode(Arrays.copyOf(made, 3200));
    assertTrue(text.startsWith("C 1 SEG-Y WRITTEN BY SEPYARN FROM " + path("plain.H").toUri().getPath()), text);
    assertTrue(text.contains("C 2 4 TRACES OF 9 SAMPLES, SAMPLE INTERVAL 500 US"), text);
    assertTrue(text.contains("C 3 SAMPLE FORMAT 5 (IEEE FLOAT)"), text);
    assertTrue(text.contains("C40 END TEXTUAL HEADER"), text);
    byte[] binary = Arrays.copyOfRange(made, 3200, 3600);
    assertEquals(500, BinaryHeaderField.HDT.get(binary));
    assertEquals(9, BinaryHeaderField.HNS.get(binary));
    assertEquals(5, BinaryHeaderField.FORMAT.get(binary));
    assertEquals(0x0100, BinaryHeaderField.REVISION.get(binary));
    assertEquals(1, BinaryHeaderField.FIXED_LENGTH.get(binary));
    assertEquals(0, BinaryHeaderField.EXTENDED_HEADERS.get(binary));
    assertEquals(0, BinaryHeaderField.JOBID.get(binary));

    SegyFiles file = new SegyFiles(new Random(24), 1, 3, 5);
    Files.write(tmp.resolve("kept.sgy"), file.bytes);
    new SegyToSep3d().convert(fs, path("kept.sgy"), path("kept.H"));
    byte[] kept = new SegyTraceWriter(path("kept.H"), conf).fileHeader(SampleFormat.IEEE_FLOAT);
    assertArrayEquals(Arrays.copyOf(file.bytes, 3200), Arrays.copyOf(kept, 3200), "the imported text, unchanged");
    byte[] keptBinary = Arrays.copyOfRange(kept, 3200, 3600);
    byte[] originalBinary = Arrays.copyOfRange(file.bytes, 3200, 3600);
    assertEquals(5, BinaryHeaderField.FORMAT.get(keptBinary), "the format is the one written");
    BinaryHeaderField.FORMAT.set(originalBinary, 5);
    assertArrayEquals(originalBinary, keptBinary, "every other field as imported");
  }

  @Test
  void samplesSegyCannotHoldAreRefusedNamingTheAxis() throws IOException {
    try (DatasetWriter w = DatasetWriter.to(fs, path("ints.H"), Hypercube.ofLengths(2, 2), ElementFormat.XDR_INT)
        .open()) {
      w.binary().write(new byte[16]);
      w.commit();
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SegyTraceWriter(path("ints.H"), conf));
    assertTrue(e.getMessage().contains("float samples only"), e.getMessage());
    try (DatasetWriter w = DatasetWriter.to(fs, path("long.H"), Hypercube.of(new Axis(70000, 0, 0.001)),
        ElementFormat.XDR_FLOAT).open()) {
      w.binary().write(new byte[70000 * 4]);
      w.commit();
    }
    e = assertThrows(IllegalArgumentException.class, () -> new SegyTraceWriter(path("long.H"), conf));
    assertTrue(e.getMessage().contains("n1=70000") && e.getMessage().contains("65535"), e.getMessage());
  }
}
