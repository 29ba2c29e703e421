package org.sepyarn.client.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.segy.SampleFormat;
import org.sepyarn.formats.segy.SegyToSep3d;
import org.sepyarn.formats.segy.SegyTraceRanges;

class ExportRequestTest {
  @TempDir
  Path dir;

  private final Configuration conf = new Configuration();
  private final ExportRequest request = new ExportRequest(conf);

  private String imported() throws Exception {
    Path segy = dir.resolve("line.sgy");
    SmallSegy.write(segy, 9, 8, 1);
    org.apache.hadoop.fs.Path header = new org.apache.hadoop.fs.Path(dir.resolve("line.H").toUri());
    new SegyToSep3d().convert(FileSystem.getLocal(conf), new org.apache.hadoop.fs.Path(segy.toUri()), header);
    return header.toString();
  }

  private String cube(String name, Hypercube cube, ElementFormat format) throws Exception {
    org.apache.hadoop.fs.Path header = new org.apache.hadoop.fs.Path(dir.resolve(name).toUri());
    try (DatasetWriter w = DatasetWriter.to(FileSystem.getLocal(conf), header, cube, format).open()) {
      w.binary().write(new byte[(int) cube.elementCount() * format.esize()]);
      w.commit();
    }
    return header.toString();
  }

  private String out(String name) {
    return dir.resolve(name).toUri().toString();
  }

  @Test
  void makesTheJobFromTheDatasetsHeaders() throws Exception {
    SegyExportJob job = request.job(imported(), out("back.sgy"), null, false, 4);
    assertEquals(new SegyTraceRanges(3600, 240 + 32, 9), job.ranges());
    assertEquals(SampleFormat.IEEE_FLOAT, job.format(), "the format the import recorded");
    assertEquals(4, job.taskCount());
    assertEquals(SampleFormat.IBM_FLOAT, request.job(imported(), out("b.sgy"), "IBM", false, 0).format());
    assertEquals(1, request.job(imported(), out("b.sgy"), "ieee", false, 0).taskCount(), "one task for a small file");
    SegyExportJob regular = request.job(cube("cube.H", Hypercube.of(new Axis(10, 0, 0.004), Axis.ofLength(3),
        Axis.ofLength(2)), ElementFormat.XDR_FLOAT), out("cube.sgy"), null, false, 100);
    assertEquals(6, regular.ranges().traceCount());
    assertEquals(SampleFormat.IBM_FLOAT, regular.format(), "IBM floats when nothing was recorded");
    assertEquals(6, regular.taskCount(), "no more tasks than traces");
    assertEquals(1000, ExportRequest.defaultTasks(new SegyTraceRanges(3600, 4240, 1L << 32)));
    assertEquals(2, ExportRequest.defaultTasks(new SegyTraceRanges(3600, 1 << 20, 257)));
  }

  @Test
  void refusesWhatCannotBeExportedNamingTheArgument() throws Exception {
    String dataset = imported();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> request.job(out("none.H"), out("x.sgy"), null, false, 0));
    assertTrue(e.getMessage().contains("none.H") && e.getMessage().contains("existing dataset"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> request.job(dataset, out("x.sgy"), "ibm64", false, 0));
    assertTrue(e.getMessage().startsWith("--format ibm64: give ibm"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> request.job(dataset, out("x.sgy"), null, false, -1));
    assertTrue(e.getMessage().startsWith("--tasks -1"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> request.job(cube("ints.H", Hypercube.ofLengths(3, 2),
        ElementFormat.XDR_INT), out("x.sgy"), null, false, 0));
    assertTrue(e.getMessage().contains("ints.H") && e.getMessage().contains("float samples only"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> request.job(cube("d1.H", Hypercube.of(new Axis(3, 0, 2.5),
        Axis.ofLength(2)), ElementFormat.XDR_FLOAT), out("x.sgy"), null, false, 0));
    assertTrue(e.getMessage().contains("d1=2.5") && e.getMessage().contains("d1=0.004"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> request.job(dataset, out("no/such/x.sgy"), null, false, 0));
    assertTrue(e.getMessage().contains("does not exist; create it first"), e.getMessage());
    Files.createDirectory(dir.resolve("folder.sgy"));
    e = assertThrows(InvalidInputException.class, () -> request.job(dataset, out("folder.sgy"), null, true, 0));
    assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
  }

  @Test
  void anExistingFileIsReplacedOnlyWithOverwrite() throws Exception {
    String dataset = imported();
    Files.write(dir.resolve("old.sgy"), new byte[] {1, 2, 3});
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> request.job(dataset, out("old.sgy"), null, false, 0));
    assertTrue(e.getMessage().contains("exists already; give --overwrite"), e.getMessage());
    assertEquals(3, Files.size(dir.resolve("old.sgy")));
    assertEquals(9, request.job(dataset, out("old.sgy"), null, true, 0).ranges().traceCount());
  }
}
