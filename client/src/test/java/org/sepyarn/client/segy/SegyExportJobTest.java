package org.sepyarn.client.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.FileTag;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.segy.SampleFormat;
import org.sepyarn.formats.segy.SegyTraceRanges;

class SegyExportJobTest {
  private static final Path DATASET = new Path("hdfs://nn:8020/data/line.H");
  private static final Path SEGY = new Path("hdfs://nn:8020/out/line.sgy");

  private static SegyExportJob job(long traces, int tasks) {
    return new SegyExportJob(DATASET, SEGY, "abc123", new SegyTraceRanges(3600, 240 + 4 * 50, traces),
        SampleFormat.IEEE_FLOAT, tasks, "1g");
  }

  private static Map<String, String> words(List<String> args) {
    Map<String, String> m = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      m.put(a.substring(0, eq), a.substring(eq + 1));
    }
    return m;
  }

  @Test
  void everyTraceIsWrittenByExactlyOneTaskInFileOrder() {
    for (long traces : new long[] {1, 2, 3, 7, 100, 101, 1_000_003, 5_000_000_000L}) {
      for (int tasks : new int[] {1, 2, 3, 4, 7, 64, 1000}) {
        SegyExportJob job = job(traces, tasks);
        List<List<String>> args = job.taskArgs();
        assertEquals(Math.min(tasks, traces), args.size(), traces + " traces, " + tasks + " tasks");
        long next = 0;
        for (int i = 0; i < args.size(); i++) {
          Map<String, String> w = words(args.get(i));
          long first = Long.parseLong(w.get(ExportPieceMain.FIRST));
          long count = Long.parseLong(w.get(ExportPieceMain.COUNT));
          assertEquals(next, first, "tasks' ranges follow each other without gap or overlap");
          assertTrue(count >= 1, "every task writes at least one trace");
          long[] bytes = job.ranges().taskBytes(i, args.size());
          assertEquals(3600 + first * 440, bytes[0], "task " + i + "'s bytes start after the file headers");
          assertEquals(count * 440, bytes[1] - bytes[0]);
          next = first + count;
        }
        assertEquals(traces, next, "the ranges cover every trace");
      }
    }
  }

  @Test
  void theJobWritesOneOutputSplitAlongTheTracesIntoAHiddenStagingDatasetBesideTheFile() {
    JobSpec spec = job(10, 3).job();
    assertEquals(3, spec.taskCount());
    List<FileSpec> files = spec.files();
    assertEquals(1, files.size());
    FileSpec out = files.get(0);
    assertEquals(FileTag.parameter(ExportPieceMain.TRACES), out.tag());
    assertEquals("hdfs://nn:8020/out/.line.sgy.export-abc123.H", out.path());
    assertTrue(!out.isInput());
    assertEquals("split", out.distribute().kind());
    assertEquals(List.of("first=0", "count=4"), spec.taskArgs(0));
    assertEquals(List.of("first=4", "count=3"), spec.taskArgs(1));
    assertEquals(List.of("first=7", "count=3"), spec.taskArgs(2));
    Map<String, String> shared = words(spec.program().args());
    assertEquals(DATASET.toString(), shared.get(ExportPieceMain.DATASET));
    assertEquals("5", shared.get(ExportPieceMain.FORMAT));
    assertEquals("10", shared.get(ExportPieceMain.TRACE_COUNT));
    assertEquals(ExportPieceMain.class.getName(), spec.program().command().get(spec.program().command().size() - 1));
    assertTrue(!spec.overwrite(), "the staging dataset is new");
    assertEquals(new Path("hdfs://nn:8020/out/.line.sgy.export-abc123.sgy"), job(10, 3).temporary());
  }

  @Test
  void refusesNoTracesNoTasksAndIdsThatWouldMakeOddNames() {
    assertThrows(IllegalArgumentException.class, () -> job(0, 1));
    assertThrows(IllegalArgumentException.class, () -> job(5, 0));
    assertThrows(IllegalArgumentException.class, () -> new SegyExportJob(DATASET, SEGY, "../x",
        new SegyTraceRanges(3600, 244, 3), SampleFormat.IBM_FLOAT, 1, "1g"));
  }
}
