package org.sepyarn.client.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.segy.SegyToSep3d;

class SegyPieceMainTest {
  @TempDir
  Path dir;

  @Test
  void writesTheTaskTracesAndHeaderRecordsNamingTheJoinedHeaders() throws Exception {
    Path segy = dir.resolve("line.sgy");
    SmallSegy.write(segy, 7, 5, 3);
    Path traces = dir.resolve("f1-line.H");
    Path headers = dir.resolve("f0-line.H@@");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SegyPieceMain.run(new String[] {"segy=" + segy.toUri(), "segy_traces=7", "keys=cdp,offset,ns",
        "hff=/data/line.H@@", "first=2", "count=3", "headers=" + headers, "traces=" + traces}, new Configuration(),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    Configuration conf = new Configuration();
    FileSystem local = FileSystem.getLocal(conf);
    Dataset t = Dataset.open(local, new org.apache.hadoop.fs.Path(traces.toString()));
    assertEquals(5, t.cube().n(1));
    assertEquals(3, t.cube().n(2));
    assertEquals(3.0, t.cube().axis(2).o(), "o2 is the first trace's number in the file");
    assertEquals("/data/line.H@@", t.history().getString("hff", null));
    Dataset h = Dataset.open(local, new org.apache.hadoop.fs.Path(headers.toString()));
    assertEquals(3, h.cube().n(1));
    assertEquals(3, h.cube().n(2));

    // The same traces converted serially, as one piece, hold the same bytes.
    Path serial = dir.resolve("serial.H");
    org.apache.hadoop.fs.Path segyPath = new org.apache.hadoop.fs.Path(segy.toUri());
    new SegyToSep3d().convert(local, segyPath, org.sepyarn.formats.segy.SegyLayout.read(local, segyPath), 2, 3,
        java.util.List.of(org.sepyarn.formats.segy.TraceHeaderField.byKey("cdp").orElseThrow(),
            org.sepyarn.formats.segy.TraceHeaderField.byKey("offset").orElseThrow(),
            org.sepyarn.formats.segy.TraceHeaderField.byKey("ns").orElseThrow()),
        new org.apache.hadoop.fs.Path(serial.toString()));
    assertArrayEquals(Files.readAllBytes(dir.resolve("serial.H@")), Files.readAllBytes(dir.resolve("f1-line.H@")));
    assertArrayEquals(Files.readAllBytes(dir.resolve("serial.H@@@")), Files.readAllBytes(dir.resolve("f0-line.H@@@")));
  }

  @Test
  void badArgumentsExitTwoAndAChangedFileOne() throws Exception {
    Path segy = dir.resolve("line.sgy");
    SmallSegy.write(segy, 4, 5, 3);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(2, SegyPieceMain.run(new String[] {"segy=" + segy.toUri(), "keys=cdp"}, new Configuration(), p));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing"), err.toString(StandardCharsets.UTF_8));
    assertEquals(2, SegyPieceMain.run(new String[] {"segy=" + segy.toUri(), "segy_traces=4", "keys=cmp", "hff=/x",
        "first=0", "count=1", "headers=" + dir.resolve("h"), "traces=" + dir.resolve("t")}, new Configuration(), p));
    assertEquals(1, SegyPieceMain.run(new String[] {"segy=" + segy.toUri(), "segy_traces=5", "keys=cdp", "hff=/x",
        "first=0", "count=1", "headers=" + dir.resolve("h"), "traces=" + dir.resolve("t")}, new Configuration(), p));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("the file changed"), err.toString(StandardCharsets.UTF_8));
  }
}
