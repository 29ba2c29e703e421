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
import org.sepyarn.formats.segy.SegyLayout;
import org.sepyarn.formats.segy.TraceHeaderField;

class SegyImportJobTest {
  private static final Path SEGY = new Path("hdfs://nn:8020/raw/line.sgy");
  private static final Path DATASET = new Path("hdfs://nn:8020/data/line.H");

  /** A file's layout as its headers would say it: no file behind it. */
  private static SegyLayout layout(long traces, int samples) {
    return new SegyLayout(new byte[3200], new byte[400], SampleFormat.IBM_FLOAT, samples, 3600, traces);
  }

  private static SegyImportJob job(long traces, int tasks) {
    return new SegyImportJob(SEGY, DATASET, layout(traces, 50), List.of(TraceHeaderField.values()), tasks, "1g");
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
  void everyTraceGoesToExactlyOneTaskInFileOrder() {
    for (long traces : new long[] {1, 2, 3, 7, 100, 101, 1_000_003, 5_000_000_000L}) {
      for (int tasks : new int[] {1, 2, 3, 4, 7, 64, 1000}) {
        SegyImportJob job = job(traces, tasks);
        List<List<String>> args = job.taskArgs();
        assertEquals(Math.min(tasks, traces), args.size(), traces + " traces, " + tasks + " tasks");
        long next = 0;
        long smallest = Long.MAX_VALUE;
        long largest = 0;
        for (List<String> own : args) {
          Map<String, String> w = words(own);
          long first = Long.parseLong(w.get(SegyPieceMain.FIRST));
          long count = Long.parseLong(w.get(SegyPieceMain.COUNT));
          assertEquals(next, first, "tasks' ranges follow each other without gap or overlap");
          assertTrue(count >= 1, "every task converts at least one trace");
          next = first + count;
          smallest = Math.min(smallest, count);
          largest = Math.max(largest, count);
        }
        assertEquals(traces, next, "the ranges cover every trace");
        assertTrue(largest - smallest <= 1, "SEP's split rule: counts differ by at most one");
      }
    }
  }

  @Test
  void theJobWritesHeaderRecordsThenTracesBothSplitAlongAxisTwo() {
    SegyImportJob job = job(10, 3);
    JobSpec spec = job.job();
    assertEquals(3, spec.taskCount());
    List<FileSpec> files = spec.files();
    assertEquals(2, files.size());
    assertEquals(FileTag.parameter(SegyPieceMain.HEADERS), files.get(0).tag());
    assertEquals("hdfs://nn:8020/data/line.H@@", files.get(0).path());
    assertEquals(FileTag.parameter(SegyPieceMain.TRACES), files.get(1).tag());
    assertEquals("hdfs://nn:8020/data/line.H", files.get(1).path());
    for (FileSpec f : files) {
      assertTrue(!f.isInput(), f.path() + " is an output");
      assertEquals("split", f.distribute().kind());
    }
    assertEquals(List.of("first=0", "count=4"), spec.taskArgs(0));
    assertEquals(List.of("first=4", "count=3"), spec.taskArgs(1));
    assertEquals(List.of("first=7", "count=3"), spec.taskArgs(2));
    Map<String, String> shared = words(spec.program().args());
    assertEquals(SEGY.toString(), shared.get(SegyPieceMain.SEGY));
    assertEquals("10", shared.get(SegyPieceMain.TRACE_COUNT));
    assertEquals("/data/line.H@@", shared.get(SegyPieceMain.HFF), "hff= names the joined header records on the "
        + "dataset's own file system");
    assertEquals(TraceHeaderField.values().length, shared.get(SegyPieceMain.KEYS).split(",").length);
    assertEquals(SegyPieceMain.class.getName(), spec.program().command().get(spec.program().command().size() - 1));
    assertTrue(!spec.overwrite(), "an import never replaces a dataset");
  }

  @Test
  void chosenKeysKeepTheirOrder() {
    SegyImportJob job = new SegyImportJob(SEGY, DATASET, layout(5, 10),
        List.of(TraceHeaderField.byKey("cdp").orElseThrow(), TraceHeaderField.byKey("offset").orElseThrow()), 2, "1g");
    assertEquals("cdp,offset", words(job.sharedArgs()).get(SegyPieceMain.KEYS));
  }

  @Test
  void refusesNoKeysAndNoTasks() {
    assertThrows(IllegalArgumentException.class, () -> new SegyImportJob(SEGY, DATASET, layout(5, 10), List.of(), 1,
        "1g"));
    assertThrows(IllegalArgumentException.class, () -> job(5, 0));
  }
}
