package org.sepyarn.am.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.am.journal.SampleEntries.assigned;
import static org.sepyarn.am.journal.SampleEntries.ended;
import static org.sepyarn.am.journal.SampleEntries.running;
import static org.sepyarn.am.journal.SampleEntries.started;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.journal.JournalEntry.TaskMoved;
import org.sepyarn.am.journal.proto.JournalRecord;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;

/**
 * The journal on a real (in-process) HDFS of three DataNodes, so that every {@code hflush()} goes
 * through a full write pipeline: what a dead AM flushed is what the next attempt reads, while the
 * dead AM's file is still open. One cluster for the whole class.
 */
class JournalOnHdfsTest {
  private static MiniDFSCluster cluster;
  private static Configuration conf;

  @BeforeAll
  static void startHdfs() throws IOException {
    File base = new File("target/minidfs-" + JournalOnHdfsTest.class.getSimpleName()).getAbsoluteFile();
    FileUtil.fullyDelete(base);
    conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.getPath());
    conf.setInt("dfs.replication", 3);
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(3).format(true).build();
    cluster.waitActive();
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  /** Another client of the cluster, as the next AM attempt in another container would be. */
  private static FileSystem newAttemptsClient() throws IOException {
    return FileSystem.newInstance(cluster.getURI(), conf);
  }

  private static List<TaskTransition> transitionsOf(List<JournalEntry> entries) {
    return entries.stream().filter(TaskMoved.class::isInstance).map(e -> ((TaskMoved) e).transition()).toList();
  }

  @Test
  void whatAnAttemptFlushedIsReadByTheNextWhileItsFileIsStillOpen() throws IOException {
    Path folder = new Path("/work/flushed/journal");
    FileSystem oldAm = FileSystem.newInstance(cluster.getURI(), conf);
    JournalRecorder recorder = JournalRecorder.open(oldAm, folder, started(1, Map.of()));
    try {
      List<JournalEntry> durable = List.of(assigned(0, 1, "c1", 100), assigned(1, 1, "c2", 100),
          ended(0, TaskState.SUCCEEDED, 1, "c1", 100, 200, ExitReason.SUCCEEDED));
      recorder.taskStateChanged(((TaskMoved) durable.get(0)).transition());
      recorder.taskStateChanged(((TaskMoved) durable.get(1)).transition());
      recorder.taskStateChanged(((TaskMoved) running(0, 1, "c1", 100, 110)).transition());
      recorder.taskStateChanged(((TaskMoved) durable.get(2)).transition());
      recorder.outputMerged(0, "/out/a.H");

      try (FileSystem next = newAttemptsClient()) {
        JournalState state = JournalReader.read(next, folder, 2);

        List<TaskTransition> expected = new ArrayList<>(transitionsOf(durable));
        expected.add(2, ((TaskMoved) running(0, 1, "c1", 100, 110)).transition());
        assertEquals(expected, state.transitions());
        assertEquals(List.of(0), List.copyOf(state.mergedOutputs()));
        assertEquals(Map.of(1, 6), state.recordsRead());
      }
    } finally {
      recorder.close();
      oldAm.close();
    }
  }

  @Test
  void aNewAttemptJournalsBesideTheOpenFileOfTheOldOneAndALaterAttemptReadsBoth() throws IOException {
    Path folder = new Path("/work/beside/journal");
    FileSystem oldAm = FileSystem.newInstance(cluster.getURI(), conf);
    JournalRecorder first = JournalRecorder.open(oldAm, folder, started(1, Map.of()));
    try {
      first.taskStateChanged(((TaskMoved) assigned(0, 1, "c1", 100)).transition());
      try (FileSystem secondAm = newAttemptsClient()) {
        JournalState recovered = JournalReader.read(secondAm, folder, 2);
        try (JournalRecorder second = JournalRecorder.open(secondAm, folder, started(2, recovered.recordsRead()))) {
          second.taskStateChanged(((TaskMoved) ended(0, TaskState.WAITING, 1, "c1", 100, 300,
              ExitReason.LOST_IN_AM_RESTART)).transition());
        }
      }
      // The old AM, cut off but still alive, writes on; the third attempt must not count it.
      first.taskStateChanged(((TaskMoved) running(0, 1, "c1", 100, 400)).transition());
      first.checkpoint(0, 1, "late", 0.5);

      try (FileSystem thirdAm = newAttemptsClient()) {
        JournalState state = JournalReader.read(thirdAm, folder, 3);

        assertEquals(transitionsOf(List.of(assigned(0, 1, "c1", 100),
            ended(0, TaskState.WAITING, 1, "c1", 100, 300, ExitReason.LOST_IN_AM_RESTART))), state.transitions());
        assertEquals(Map.of(), state.checkpoints());
        assertEquals(Map.of(1, 2, 2, 2), state.recordsRead());
      }
    } finally {
      first.close();
      oldAm.close();
    }
  }

  @Test
  void anHflushPerRecordCostsAboutAMillisecond() throws IOException {
    int records = 1000;
    JournalRecord transition = JournalCodec.encode(ended(17, TaskState.WAITING, 2,
        "container_1700000000000_0001_01_000042", 1_700_000_000_000L, 1_700_000_060_000L,
        ExitReason.PROGRAM_FAILED));
    try (FileSystem fs = newAttemptsClient()) {
      long buffered = timeAppends(fs, new Path("/work/cost-buffered/journal"), transition, records, false);
      long flushed = timeAppends(fs, new Path("/work/cost-flushed/journal"), transition, records, true);

      System.out.printf("journal on a 3-DataNode MiniDFSCluster, %d records of %d bytes: %.1f us per record "
          + "with hflush, %.1f us without%n", records, transition.getSerializedSize(), flushed / 1e3 / records,
          buffered / 1e3 / records);
      assertEquals(records + 1, JournalReader.read(fs, new Path("/work/cost-flushed/journal"), 2).transitions().size());
      assertTrue(flushed < records * 50_000_000L, "hflush took " + flushed / records + " ns per record");
    }
  }

  /**
   * Nanoseconds to append {@code count} copies of {@code record} to attempt 1's journal in
   * {@code folder}, and a last durable one; the file's creation and start record excluded.
   */
  private static long timeAppends(FileSystem fs, Path folder, JournalRecord record, int count, boolean durable)
      throws IOException {
    try (JournalWriter writer = JournalWriter.create(fs, folder, 1)) {
      writer.append(JournalCodec.encode(started(1, Map.of())), true);
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        writer.append(record, durable);
      }
      writer.append(record, true);
      return System.nanoTime() - start;
    }
  }
}
