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
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
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
import org.sepyarn.formats.sep3d.HeaderReader;
import org.sepyarn.formats.sep3d.Sep3dDataset;
import org.sepyarn.formats.sep3d.TraceReader;

class SegyConversionTest {
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

  private Path write(String name, byte[] bytes) throws IOException {
    Files.write(tmp.resolve(name), bytes);
    return path(name);
  }

  private byte[] traces(Sep3dDataset ds) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TraceReader reader = new TraceReader(ds, conf, 100)) {
      reader.copyTraces(LongStream.range(0, ds.traceCount()).toArray(), out);
    }
    return out.toByteArray();
  }

  @Test
  void importedTracesAndKeysMatchTheFileAndExportGivesTheSameFileBack() throws IOException {
    Random random = new Random(7);
    for (int trial = 0; trial < 16; trial++) {
      int format = trial % 2 == 0 ? 1 : 5;
      SegyFiles file = new SegyFiles(random, format, 1 + random.nextInt(40), 1 + random.nextInt(50));
      Path segy = write("in" + trial + ".sgy", file.bytes);
      Path sep = path("in" + trial + ".H");
      new SegyToSep3d(1 + random.nextInt(2000)).convert(fs, segy, sep);
      Sep3dDataset ds = Sep3dDataset.open(fs, sep);
      assertEquals(file.traces, ds.traceCount());
      assertEquals(file.samples, ds.traceAxis().n());
      assertEquals(0.002, ds.traceAxis().d());
      assertEquals(TraceHeaderField.values().length, ds.keys().size());
      ByteBuffer data = ByteBuffer.wrap(traces(ds));
      for (int t = 0; t < file.traces; t++) {
        ByteBuffer original = ByteBuffer.wrap(file.traceSamples(t));
        for (int s = 0; s < file.samples; s++) {
          int stored = original.getInt();
          float expected = format == 1 ? IbmFloat.toIeee(stored) : Float.intBitsToFloat(stored);
          assertEquals(Float.floatToRawIntBits(expected), data.getInt(), "trace " + t + " sample " + s);
        }
      }
      try (HeaderReader reader = new HeaderReader(ds, conf)) {
        reader.scan((r, words, off) -> {
          byte[] header = file.traceHeader((int) r);
          for (TraceHeaderField f : TraceHeaderField.values()) {
            assertEquals(TraceHeader.get(header, 0, f), words[off + ds.keys().indexOf(f.key()).getAsInt()], f.key());
          }
        });
      }
      assertTrue(ds.traces().history().requireString(SegyHistory.TEXT).startsWith("c340f1"));
      Path back = path("back" + trial + ".sgy");
      new SegyExport(conf, 1 + random.nextInt(3000)).export(sep, back, format == 1 ? SampleFormat.IBM_FLOAT
          : SampleFormat.IEEE_FLOAT, false);
      assertArrayEquals(file.bytes, Files.readAllBytes(tmp.resolve("back" + trial + ".sgy")), "trial " + trial);
    }
  }

  @Test
  void tasksConvertingTheirByteRangesGiveTheSerialConversionsTraces() throws IOException {
    SegyFiles file = new SegyFiles(new Random(9), 1, 23, 17);
    Path segy = write("line.sgy", file.bytes);
    new SegyToSep3d().convert(fs, segy, path("serial.H"));
    Sep3dDataset serial = Sep3dDataset.open(fs, path("serial.H"));
    byte[] all = traces(serial);
    SegyLayout layout = SegyLayout.read(fs, segy);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    int tasks = 5;
    for (int i = 0; i < tasks; i++) {
      long[] range = layout.taskTraces(i, tasks);
      Path piece = path("piece" + i + ".H");
      new SegyToSep3d(500).convert(fs, segy, layout, range[0], range[1], List.of(TraceHeaderField.values()), piece);
      Sep3dDataset ds = Sep3dDataset.open(fs, piece);
      assertEquals(range[0] + 1, ds.traces().cube().axis(2).o());
      joined.write(traces(ds));
    }
    assertArrayEquals(all, joined.toByteArray());
  }

  @Test
  void aRegularDatasetExportsAndImportsBackBitForBit() throws IOException {
    Random random = new Random(11);
    Hypercube cube = Hypercube.of(new Axis(25, 0, 0.004), Axis.ofLength(6), Axis.ofLength(3));
    byte[] data = new byte[25 * 18 * 4];
    ByteBuffer b = ByteBuffer.wrap(data);
    for (int i = 0; i < 25 * 18; i++) {
      b.putInt(SegyFiles.randomIeee(random));
    }
    try (DatasetWriter w = DatasetWriter.to(fs, path("reg.H"), cube, ElementFormat.XDR_FLOAT).open()) {
      w.binary().write(data);
      w.commit();
    }
    new SegyExport(conf).export(path("reg.H"), path("reg.sgy"), SampleFormat.IEEE_FLOAT, false);
    byte[] segy = Files.readAllBytes(tmp.resolve("reg.sgy"));
    assertEquals(3600 + 18 * (240 + 100), segy.length);
    assertTrue(TextualHeader.decode(Arrays.copyOf(segy, 3200)).startsWith("C 1 SEG-Y WRITTEN BY SEPYARN FROM "));
    new SegyToSep3d().convert(fs, path("reg.sgy"), path("again.H"));
    Sep3dDataset again = Sep3dDataset.open(fs, path("again.H"));
    assertArrayEquals(data, traces(again));
    assertEquals(0.004, again.traceAxis().d());
    try (HeaderReader reader = new HeaderReader(again, conf)) {
      reader.scan((r, words, off) -> assertEquals(r + 1, words[off + again.keys().indexOf("tracl").getAsInt()]));
    }
  }

  @Test
  void aSep3dDatasetExportsItsTracesInHeaderOrderWithItsKeys() throws IOException {
    org.sepyarn.formats.sep3d.HeaderKeys keys = org.sepyarn.formats.sep3d.HeaderKeys.of(
        org.sepyarn.formats.sep3d.HeaderKey.ofInt("data_record_number"), org.sepyarn.formats.sep3d.HeaderKey.ofFloat("sx"),
        org.sepyarn.formats.sep3d.HeaderKey.ofInt("cmp_x"));
    byte[][] traces = new byte[3][8];
    Random random = new Random(5);
    for (byte[] t : traces) {
      ByteBuffer.wrap(t).putInt(SegyFiles.randomIeee(random)).putInt(SegyFiles.randomIeee(random));
    }
    try (org.sepyarn.formats.sep3d.Sep3dWriter w = org.sepyarn.formats.sep3d.Sep3dWriter.to(fs, path("s.H"),
        new Axis(2, 0, 0.001), ElementFormat.XDR_FLOAT, keys, 3).open()) {
      for (byte[] t : traces) {
        w.traces().write(t);
      }
      w.writeRecord(new int[] {3, Float.floatToIntBits(10.4f), 7}, 0);
      w.writeRecord(new int[] {1, Float.floatToIntBits(-20f), 8}, 0);
      w.writeRecord(new int[] {2, Float.floatToIntBits(30f), 9}, 0);
      w.commit();
    }
    new SegyExport(conf).export(path("s.H"), path("s.sgy"), SampleFormat.IEEE_FLOAT, false);
    byte[] segy = Files.readAllBytes(tmp.resolve("s.sgy"));
    int[] order = {2, 0, 1};
    int[] sx = {10, -20, 30};
    for (int i = 0; i < 3; i++) {
      int at = 3600 + i * 248;
      assertEquals(sx[i], TraceHeader.get(segy, at, TraceHeaderField.SX));
      assertEquals(i + 1, TraceHeader.get(segy, at, TraceHeaderField.TRACL));
      assertEquals(1000, TraceHeader.get(segy, at, TraceHeaderField.DT));
      assertArrayEquals(traces[order[i]], Arrays.copyOfRange(segy, at + 240, at + 248));
    }
  }

  @Test
  void nanCannotBeWrittenAsIbmAndAnExistingFileIsKept() throws IOException {
    try (DatasetWriter w = DatasetWriter.to(fs, path("nan.H"), Hypercube.of(new Axis(2, 0, 0.004), Axis.ofLength(2)), ElementFormat.XDR_FLOAT)
        .open()) {
      w.binary().write(ByteBuffer.allocate(16).putFloat(1).putFloat(2).putFloat(3).putFloat(Float.NaN).array());
      w.commit();
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SegyExport(conf).export(path("nan.H"), path("nan.sgy"), SampleFormat.IBM_FLOAT, false));
    assertTrue(e.getMessage().contains("trace 2, sample 2 of " + path("nan.H") + " is NaN"), e.getMessage());
    try (var files = Files.list(tmp)) {
      assertEquals(List.of("nan.H", "nan.H@"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    Files.write(tmp.resolve("old.sgy"), new byte[] {1});
    assertThrows(org.apache.hadoop.fs.FileAlreadyExistsException.class,
        () -> new SegyExport(conf).export(path("nan.H"), path("old.sgy"), SampleFormat.IEEE_FLOAT, false));
    assertEquals(1, Files.size(tmp.resolve("old.sgy")));
  }

  @Test
  void aTraceWithAnotherLengthIsRefusedNamingIt() throws IOException {
    SegyFiles file = new SegyFiles(new Random(1), 5, 4, 6);
    int at = 3600 + 2 * (240 + 24) + 114;
    file.bytes[at] = 0;
    file.bytes[at + 1] = 9;
    Path segy = write("bad.sgy", file.bytes);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SegyToSep3d().convert(fs, segy, path("bad.H")));
    assertTrue(e.getMessage().contains("trace 3 of SEG-Y file " + segy + " says 9 samples"), e.getMessage());
    assertTrue(Files.notExists(tmp.resolve("bad.H")));
  }

  @Test
  void aSampleIntervalSegyCannotHoldIsRefusedSayingHowToFixIt() throws IOException {
    try (DatasetWriter w = DatasetWriter.to(fs, path("d1.H"), Hypercube.ofLengths(2, 2), ElementFormat.XDR_FLOAT)
        .open()) {
      w.binary().write(new byte[16]);
      w.commit();
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SegyExport(conf).export(path("d1.H"), path("d1.sgy"), SampleFormat.IEEE_FLOAT, false));
    assertTrue(e.getMessage().contains("has d1=1.0 s") && e.getMessage().contains("d1=0.004"), e.getMessage());
  }
}
