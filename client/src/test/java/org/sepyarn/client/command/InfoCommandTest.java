package org.sepyarn.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.Run;
import org.sepyarn.client.TestDatasets;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.sep3d.HeaderKey;
import org.sepyarn.formats.sep3d.HeaderKeys;
import org.sepyarn.formats.sep3d.Sep3dWriter;
import org.sepyarn.formats.sep3d.TraceGrid;

class InfoCommandTest {
  @TempDir
  Path dir;

  @Test
  void itPrintsAxesFormatSizeBinaryAndHistory() {
    Path header = new TestDatasets(dir).ramp("in.H", 100, 20, 3);
    Run run = Run.local("info", header.toString());
    assertEquals(0, run.exitCode(), run.toString());
    String[] lines = run.out().split("\n");
    assertEquals("dataset file:" + header, lines[0]);
    assertTrue(lines[1].matches("\\s+axis\\s+n\\s+o\\s+d\\s+label\\s+unit"), lines[1]);
    assertTrue(lines[2].matches("\\s+1\\s+100\\s+0\\s+1\\s+-\\s+-"), lines[2]);
    assertTrue(lines[3].matches("\\s+2\\s+20\\s+0\\s+1\\s+-\\s+-"), lines[3]);
    assertTrue(lines[4].matches("\\s+3\\s+3\\s+0\\s+1\\s+-\\s+-"), lines[4]);
    assertEquals("  data_format xdr_float, esize 4", lines[5]);
    assertEquals("  6000 elements, 24000 bytes (23.4 KiB)", lines[6]);
    assertEquals("  binary: file:" + header + "@", lines[7]);
    assertEquals("  history: 1 program, oldest first", lines[8]);
    assertEquals("    spike:   tester@testhost   Mon Jan  1 00:00:00 2024", lines[9]);
  }

  @Test
  void labelsUnitsAndFractionsAreShown() {
    Path header = dir.resolve("t.H");
    TestDatasets.write(dir.resolve("t.H@"), new byte[8]);
    TestDatasets.write(header, "\nmake:   me@here   today\n n1=2 o1=0.5 d1=0.004 label1=\"time\" unit1=s"
        + " data_format=xdr_float esize=4 in=\"" + dir.resolve("t.H@") + "\"\n");
    Run run = Run.local("info", header.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+1\\s+2\\s+0\\.5\\s+0\\.004\\s+time\\s+s")), run.out());
  }

  @Test
  void aBrokenDatasetExitsWithInvalidInputAndSaysWhatIsWrong() {
    Path header = new TestDatasets(dir).withBinary("short.H", new byte[10], 4, 4);
    Run run = Run.local("info", header.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("holds 10 bytes but n1=4 n2=4 esize=4 need 64 bytes"), run.toString());
  }

  @Test
  void aMissingDatasetExitsWithInvalidInput() {
    Run run = Run.local("info", dir.resolve("none.H").toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("dataset file:" + dir.resolve("none.H") + " does not exist"), run.toString());
  }

  @Test
  void aHeaderWithoutAxesExitsWithInvalidInput() {
    Path header = dir.resolve("bad.H");
    TestDatasets.write(header, "\nmake:   me@here   today\n esize=4\n");
    Run run = Run.local("info", header.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("bad.H"), run.toString());
  }

  @Test
  void aSep3dDatasetShowsItsKeysWithRangesTracesAndGrid() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    org.apache.hadoop.fs.Path header = new org.apache.hadoop.fs.Path(dir.toUri().toString(), "irr.H");
    HeaderKeys keys = HeaderKeys.of(HeaderKey.ofFloat("cmp_x"), HeaderKey.ofInt("offset"));
    TraceGrid grid = new TraceGrid(Hypercube.of(new Axis(2, 10, 5, "cmp_x", ""), Axis.ofLength(2)), new int[] {1, 0, 3, 2});
    try (Sep3dWriter w = Sep3dWriter.to(fs, header, new Axis(4, 0, 0.004), ElementFormat.XDR_FLOAT, keys, 3)
        .grid(grid).open()) {
      w.traces().write(new byte[48]);
      w.writeRecord(new int[] {Float.floatToIntBits(12.5f), -200}, 0);
      w.writeRecord(new int[] {Float.floatToIntBits(-3f), 50}, 0);
      w.writeRecord(new int[] {Float.floatToIntBits(7.25f), 1000}, 0);
      w.commit();
    }
    Run run = Run.local("info", dir.resolve("irr.H").toString());
    assertEquals(0, run.exitCode(), run.toString());
    List<String> lines = run.out().lines().toList();
    int at = lines.indexOf("SEP3D: 3 traces of 4 samples, 3 header records in file:" + dir.resolve("irr.H@@"));
    assertTrue(at > 0, run.out());
    assertTrue(lines.get(at + 1).matches("\\s+key\\s+name\\s+type\\s+min\\s+max"), lines.get(at + 1));
    assertTrue(lines.get(at + 2).matches("\\s+1\\s+cmp_x\\s+scalar_float\\s+-3\\s+12\\.5"), lines.get(at + 2));
    assertTrue(lines.get(at + 3).matches("\\s+2\\s+offset\\s+scalar_int\\s+-200\\s+1000"), lines.get(at + 3));
    assertEquals("  grid: file:" + dir.resolve("irr.H@@@@") + ", 4 cells, 3 filled", lines.get(at + 4));
    assertTrue(lines.get(at + 6).matches("\\s+1\\s+2\\s+10\\s+5\\s+cmp_x"), lines.get(at + 6));
  }

  @Test
  void aSep3dDatasetWithBrokenHeadersExitsWithInvalidInput() {
    TestDatasets.write(dir.resolve("t.H@"), new byte[8]);
    TestDatasets.write(dir.resolve("t.H"), "\nmake:   me@here   today\n n1=2 esize=4 data_format=xdr_float in=\""
        + dir.resolve("t.H@") + "\" hff=missing.H\n");
    Run run = Run.local("info", dir.resolve("t.H").toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("missing.H"), run.toString());
  }

  @Test
  void infoTakesExactlyOneDataset() {
    Run run = Run.local("info");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("expected one dataset"), run.toString());
  }
}
