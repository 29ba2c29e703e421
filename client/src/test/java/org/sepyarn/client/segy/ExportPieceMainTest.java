package org.sepyarn.client.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.segy.SampleFormat;
import org.sepyarn.formats.segy.SegyExport;
import org.sepyarn.formats.segy.SegyToSep3d;

class ExportPieceMainTest {
  @TempDir
  Path dir;

  private final Configuration conf = new Configuration();

  private org.apache.hadoop.fs.Path imported(int traces, int samples) throws Exception {
    Path segy = dir.resolve("line.sgy");
    SmallSegy.write(segy, traces, samples, 3);
    org.apache.hadoop.fs.Path header = new org.apache.hadoop.fs.Path(dir.resolve("line.H").toUri());
    new SegyToSep3d().convert(FileSystem.getLocal(conf), new org.apache.hadoop.fs.Path(segy.toUri()), header);
    return header;
  }

  private static int run(PrintStream err, String... args) {
    return ExportPieceMain.run(args, new Configuration(), err);
  }

  @Test
  void writesTheTaskTracesAsTheBytesOfTheSerialExportsRange() throws Exception {
    org.apache.hadoop.fs.Path dataset = imported(9, 6);
    Path piece = dir.resolve("f0-piece.H");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = run(new PrintStream(err, true, StandardCharsets.UTF_8), "dataset=" + dataset, "format=5",
        "segy_traces=9", "first=3", "count=4", "traces=" + piece);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    Dataset d = Dataset.open(FileSystem.getLocal(conf), new org.apache.hadoop.fs.Path(piece.toString()));
    assertEquals(ElementFormat.XDR_BYTE, d.format());
    assertEquals(240 + 6 * 4, d.cube().n(1), "n1: the bytes of one SEG-Y trace");
    assertEquals(4, d.cube().n(2));
    assertEquals(4.0, d.cube().axis(2).o(), "o2: the first trace's number in the file");

    org.apache.hadoop.fs.Path serial = new org.apache.hadoop.fs.Path(dir.resolve("serial.sgy").toUri());
    new SegyExport(conf).export(dataset, serial, SampleFormat.IEEE_FLOAT, false);
    byte[] whole = Files.readAllBytes(dir.resolve("serial.sgy"));
    int traceBytes = 240 + 24;
    assertArrayEquals(Arrays.copyOfRange(whole, 3600 + 3 * traceBytes, 3600 + 7 * traceBytes),
        Files.readAllBytes(dir.resolve("f0-piece.H@")));
    assertArrayEquals(Arrays.copyOfRange(Files.readAllBytes(dir.resolve("line.sgy")), 3600 + 3 * traceBytes,
        3600 + 7 * traceBytes), Files.readAllBytes(dir.resolve("f0-piece.H@")), "the original file's bytes");
  }

  @Test
  void badArgumentsExitTwoAndAChangedDatasetOrANanInIbmOne() throws Exception {
    org.apache.hadoop.fs.Path dataset = imported(4, 3);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(2, run(p, "dataset=" + dataset, "format=5"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing"), err.toString(StandardCharsets.UTF_8));
    assertEquals(2, run(p, "dataset=" + dataset, "format=3", "segy_traces=4", "first=0", "count=1",
        "traces=" + dir.resolve("t")));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("code 3"), err.toString(StandardCharsets.UTF_8));
    assertEquals(2, run(p, "dataset=" + dataset, "format=1", "segy_traces=4", "first=0", "count=0",
        "traces=" + dir.resolve("t")));
    assertEquals(1, run(p, "dataset=" + dataset, "format=1", "segy_traces=5", "first=0", "count=1",
        "traces=" + dir.resolve("t")));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("the dataset changed"),
        err.toString(StandardCharsets.UTF_8));
    assertEquals(1, run(p, "dataset=" + dataset, "format=1", "segy_traces=4", "first=3", "count=2",
        "traces=" + dir.resolve("t")));
    assertTrue(Files.notExists(dir.resolve("t")) && Files.notExists(dir.resolve("t@")), "no piece left");
  }
}
