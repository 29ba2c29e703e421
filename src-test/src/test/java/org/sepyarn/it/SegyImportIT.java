package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.sep3d.HeaderReader;
import org.sepyarn.formats.sep3d.Sep3dDataset;
import org.sepyarn.formats.segy.IbmFloat;
import org.sepyarn.formats.segy.SampleFormat;
import org.sepyarn.formats.segy.SegyExport;
import org.sepyarn.formats.segy.SegyToSep3d;

/**
 * {@code sepyarn import segy} and {@code export segy} on the mini clusters: a SEG-Y file of IBM
 * floats imported by a parallel job equals the serial conversion of the whole file trace for trace
 * and key for key, its pieces joined without a byte copied, and a parallel export of it gives back
 * the original file byte for byte, as the serial export does; invalid input exits 2 with nothing
 * written and no job submitted.
 */
class SegyImportIT extends ClusterTestBase {
  private static final int TRACES = 301;
  private static final int SAMPLES = 250;
  private static final Path SEGY = new Path("/raw/line.sgy");

  private static byte[] original;

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(SegyImportIT.class, 2);
    fs.mkdirs(new Path("/data"));
    fs.mkdirs(new Path("/serial"));
    original = segyFile(new Random(14), TRACES, SAMPLES);
    try (FSDataOutputStream out = fs.create(SEGY)) {
      out.write(original);
    }
  }

  /** A SEG-Y rev1 file of IBM floats built byte by byte: EBCDIC text, binary header, random trace headers. */
  private static byte[] segyFile(Random random, int traces, int samples) {
    ByteBuffer b = ByteBuffer.allocate(3600 + traces * (240 + 4 * samples));
    StringBuilder text = new StringBuilder();
    for (int line = 1; line <= 40; line++) {
      String l = String.format("C%2d SEGYIMPORTIT LINE %d", line, line);
      text.append(l).append(" ".repeat(80 - l.length()));
    }
    b.put(text.toString().getBytes(Charset.forName("IBM037")));
    b.putInt(1).putInt(7).putInt(1).putShort((short) 24).putShort((short) 0);
    b.putShort((short) 2000).putShort((short) 0).putShort((short) samples).putShort((short) 0);
    b.putShort((short) 1);
    b.position(3500);
    b.putShort((short) 0x0100).putShort((short) 1).putShort((short) 0);
    b.position(3600);
    for (int t = 0; t < traces; t++) {
      byte[] header = new byte[240];
      random.nextBytes(header);
      header[114] = (byte) (samples >>> 8);
      header[115] = (byte) samples;
      header[116] = (byte) (2000 >>> 8);
      header[117] = (byte) 2000;
      b.put(header);
      for (int s = 0; s < samples; s++) {
        b.putInt(IbmFloat.fromIeee((float) (random.nextGaussian() * Math.pow(10, random.nextInt(9) - 4))));
      }
    }
    return b.array();
  }

  private static CliRun sepyarn(String... args) {
    return CliRun.of(conf, args);
  }

  private static byte[] read(Path p) throws Exception {
    try (InputStream in = fs.open(p)) {
      return in.readAllBytes();
    }
  }

  private static List<int[]> records(Sep3dDataset d) throws Exception {
    List<int[]> all = new ArrayList<>();
    try (HeaderReader r = new HeaderReader(d, conf)) {
      r.scan((record, words, offset) -> all.add(Arrays.copyOfRange(words, offset, offset + d.keys().size())));
    }
    return all;
  }

  @Test
  void aParallelImportEqualsTheSerialConversionAndExportsBackToTheSameBytes() throws Exception {
    String segy = fs.makeQualified(SEGY).toString();
    CliRun run = sepyarn("import", "segy", segy, "/data/line.H", "--tasks", "3");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.err().contains("301 traces of 250 samples") && run.err().contains("in 3 tasks"), run.toString());

    Path serialHeader = new Path("/serial/line.H");
    new SegyToSep3d().convert(fs, fs.makeQualified(SEGY), serialHeader);
    Sep3dDataset parallel = Sep3dDataset.open(fs, new Path("/data/line.H"));
    Sep3dDataset serial = Sep3dDataset.open(fs, serialHeader);
    assertEquals(serial.traces().cube(), parallel.traces().cube(), "the same axes: n1 samples, n2 traces from o2=1");
    assertEquals(serial.traces().format(), parallel.traces().format());
    assertEquals(serial.keys().list(), parallel.keys().list(), "the same keys in the same order");
    assertEquals(TRACES, parallel.recordCount());
    List<int[]> expected = records(serial);
    List<int[]> actual = records(parallel);
    for (int r = 0; r < TRACES; r++) {
      assertArrayEquals(expected.get(r), actual.get(r), "header record " + r);
    }
    byte[] serialTraces = read(serial.traces().parts().get(0).path());
    byte[] parallelTraces = read(parallel.traces().parts().get(0).path());
    int traceBytes = SAMPLES * 4;
    for (int t = 0; t < TRACES; t++) {
      assertArrayEquals(Arrays.copyOfRange(serialTraces, t * traceBytes, (t + 1) * traceBytes),
          Arrays.copyOfRange(parallelTraces, t * traceBytes, (t + 1) * traceBytes), "trace " + t);
    }
    assertEquals(serialTraces.length, parallelTraces.length);

    // Both parts were joined in place from the tasks' pieces: no byte copied, and no piece left behind.
    assertEquals("0", parallel.traces().history().getString("sepyarn_merge_copied", null));
    assertEquals("0", parallel.headers().history().getString("sepyarn_merge_copied", null));
    assertEquals("/data/line.H@@", parallel.traces().history().getString("hff", null));
    List<String> names = new ArrayList<>();
    for (FileStatus f : fs.listStatus(new Path("/data"))) {
      names.add(f.getPath().getName());
    }
    assertEquals(List.of("line.H", "line.H@", "line.H@@", "line.H@@@"), names.stream().sorted().toList());
    // The file headers are kept in the history, as the serial conversion keeps them.
    for (String key : List.of("segy_text_header", "segy_binary_header", "segy_format")) {
      assertEquals(serial.traces().history().getString(key, null), parallel.traces().history().getString(key, null),
          key);
    }

    // Exported in parallel: each task writes the SEG-Y bytes of its traces, the pieces and the file
    // headers joined in place, replacing a file there (one atomic rename). The whole file comes back
    // byte for byte, as the serial export writes it. (A regular cube's export is checked against the
    // serial one by SegyPiecewiseExportTest, without a cluster.)
    try (FSDataOutputStream out = fs.create(new Path("/raw/back.sgy"))) {
      out.write(new byte[] {1, 2, 3});
    }
    CliRun export = sepyarn("export", "segy", "/data/line.H", "/raw/back.sgy", "--tasks", "3", "--overwrite");
    assertEquals(0, export.exitCode(), export.toString());
    assertTrue(export.err().contains("exporting 301 traces of 1240 bytes (IBM_FLOAT)")
        && export.err().contains("in 3 tasks"), export.toString());
    assertTrue(export.out().contains("bytes copied joining it: 0 (the tasks' pieces), 0 (the file headers)"),
        export.toString());
    byte[] back = read(new Path("/raw/back.sgy"));
    assertArrayEquals(original, back, "the original file, file headers, trace headers and samples, byte for byte");
    new SegyExport(conf).export(fs.makeQualified(new Path("/data/line.H")), fs.makeQualified(
        new Path("/serial/back.sgy")), SampleFormat.IBM_FLOAT, false);
    assertArrayEquals(read(new Path("/serial/back.sgy")), back, "the serial export's bytes");
    assertEquals(List.of(), hidden(new Path("/raw")), "no staging dataset or temporary file left");
  }

  private static List<String> hidden(Path folder) throws Exception {
    List<String> names = new ArrayList<>();
    for (FileStatus f : fs.listStatus(folder)) {
      if (f.getPath().getName().startsWith(".")) {
        names.add(f.getPath().getName());
      }
    }
    return names;
  }

  @Test
  void invalidInputExitsTwoWithNothingWrittenAndNoJob() throws Exception {
    Path notSegy = new Path("/raw/notes.txt");
    try (FSDataOutputStream out = fs.create(notSegy)) {
      out.write("these are notes, not seismic traces\n".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    fs.mkdirs(new Path("/bad"));
    int applications = jobs.yarn().getApplications().size();

    CliRun notSegyRun = sepyarn("import", "segy", fs.makeQualified(notSegy).toString(), "/bad/notes.H");
    assertEquals(2, notSegyRun.exitCode(), notSegyRun.toString());
    assertTrue(notSegyRun.err().contains(notSegy.getName()), notSegyRun.toString());

    Path existing = new Path("/bad/taken.H");
    try (FSDataOutputStream out = fs.create(existing)) {
      out.write("n1=1 esize=4\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    byte[] before = read(existing);
    CliRun exists = sepyarn("import", "segy", fs.makeQualified(SEGY).toString(), "/bad/taken.H");
    assertEquals(2, exists.exitCode(), exists.toString());
    assertTrue(exists.err().contains("exists already"), exists.toString());
    assertArrayEquals(before, read(existing), "the existing dataset is untouched");

    CliRun badKey = sepyarn("import", "segy", fs.makeQualified(SEGY).toString(), "/bad/keys.H", "--keys", "cdp,cmp");
    assertEquals(2, badKey.exitCode(), badKey.toString());
    assertTrue(badKey.err().contains("\"cmp\" is not"), badKey.toString());

    // An export onto an existing file without --overwrite, or in a format SEG-Y has not.
    try (FSDataOutputStream out = fs.create(new Path("/bad/small.H"))) {
      out.write(("n1=4 n2=2 d1=0.004 esize=4 data_format=xdr_float in=" + fs.makeQualified(new Path("/bad/small.H@"))
          .toUri().getPath() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    try (FSDataOutputStream out = fs.create(new Path("/bad/small.H@"))) {
      out.write(new byte[32]);
    }
    try (FSDataOutputStream out = fs.create(new Path("/bad/old.sgy"))) {
      out.write(new byte[] {7});
    }
    CliRun existingFile = sepyarn("export", "segy", "/bad/small.H", "/bad/old.sgy");
    assertEquals(2, existingFile.exitCode(), existingFile.toString());
    assertTrue(existingFile.err().contains("exists already; give --overwrite"), existingFile.toString());
    assertArrayEquals(new byte[] {7}, read(new Path("/bad/old.sgy")), "the existing file is untouched");
    CliRun badFormat = sepyarn("export", "segy", "/bad/small.H", "/bad/new.sgy", "--format", "ibm360");
    assertEquals(2, badFormat.exitCode(), badFormat.toString());
    assertTrue(badFormat.err().contains("--format ibm360: give ibm"), badFormat.toString());

    List<String> left = new ArrayList<>();
    for (FileStatus f : fs.listStatus(new Path("/bad"))) {
      left.add(f.getPath().getName());
    }
    assertEquals(List.of("old.sgy", "small.H", "small.H@", "taken.H"), left.stream().sorted().toList(),
        "nothing written beside the inputs");
    assertEquals(applications, jobs.yarn().getApplications().size(), "no job submitted");
  }
}
