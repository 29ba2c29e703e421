package org.sepyarn.client.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.segy.SegyToSep3d;
import org.sepyarn.formats.segy.SegyTraceWriter;

/** The finish off HDFS (streamed): the file headers, then the joined traces, renamed into place. */
class SegyExportFinishTest {
  @TempDir
  Path dir;

  private final Configuration conf = new Configuration();

  private SegyExportJob job(String target, boolean overwrite) throws Exception {
    Path segy = dir.resolve("line.sgy");
    SmallSegy.write(segy, 7, 5, 9);
    org.apache.hadoop.fs.Path header = new org.apache.hadoop.fs.Path(dir.resolve("line.H").toUri());
    new SegyToSep3d().convert(FileSystem.getLocal(conf), new org.apache.hadoop.fs.Path(segy.toUri()), header);
    return new ExportRequest(conf).job(header.toString(), dir.resolve(target).toUri().toString(), null, overwrite, 3);
  }

  /** What the engine leaves when the job succeeded: the pieces' bytes joined in the staging dataset. */
  private void joined(SegyExportJob job) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SegyTraceWriter writer = new SegyTraceWriter(job.dataset(), conf);
    for (List<String> own : job.taskArgs()) {
      long first = Long.parseLong(own.get(0).substring(own.get(0).indexOf('=') + 1));
      long count = Long.parseLong(own.get(1).substring(own.get(1).indexOf('=') + 1));
      writer.write(first, count, job.format(), bytes);
    }
    Hypercube cube = Hypercube.of(Axis.ofLength((int) job.ranges().traceBytes()),
        Axis.ofLength((int) job.ranges().traceCount()));
    try (DatasetWriter w = DatasetWriter.to(FileSystem.getLocal(conf), job.staging(), cube, ElementFormat.XDR_BYTE)
        .parameters(Map.of("sepyarn_merge_copied", Integer.toString(bytes.size()))).open()) {
      w.binary().write(bytes.toByteArray());
      w.commit();
    }
  }

  private List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void putsTheFileHeadersInFrontOfTheJoinedTracesAndLeavesNothingElse() throws Exception {
    SegyExportJob job = job("back.sgy", false);
    joined(job);
    SegyExportFinish.Finished done = new SegyExportFinish(conf).finish(job, false);
    byte[] original = Files.readAllBytes(dir.resolve("line.sgy"));
    assertArrayEquals(original, Files.readAllBytes(dir.resolve("back.sgy")), "the imported file, byte for byte");
    assertEquals(original.length, done.bytes());
    assertEquals(original.length - 3600, done.mergeCopied());
    assertEquals(original.length - 3600, done.finishCopied(), "off HDFS the traces are streamed after the headers");
    assertEquals(List.of("back.sgy", "line.H", "line.H@", "line.H@@", "line.H@@@", "line.sgy"), names());
  }

  @Test
  void aFileThatAppearedMeanwhileIsKeptUnlessOverwriteAndNothingIsLeftBeside() throws Exception {
    SegyExportJob job = job("taken.sgy", false);
    joined(job);
    Files.write(dir.resolve("taken.sgy"), new byte[] {4, 2});
    assertThrows(FileAlreadyExistsException.class, () -> new SegyExportFinish(conf).finish(job, false));
    assertArrayEquals(new byte[] {4, 2}, Files.readAllBytes(dir.resolve("taken.sgy")));
    assertEquals(List.of("line.H", "line.H@", "line.H@@", "line.H@@@", "line.sgy", "taken.sgy"), names());

    SegyExportJob again = job("taken.sgy", true);
    joined(again);
    new SegyExportFinish(conf).finish(again, true);
    assertArrayEquals(Files.readAllBytes(dir.resolve("line.sgy")), Files.readAllBytes(dir.resolve("taken.sgy")));
    assertEquals(List.of("line.H", "line.H@", "line.H@@", "line.H@@@", "line.sgy", "taken.sgy"), names());
  }
}
