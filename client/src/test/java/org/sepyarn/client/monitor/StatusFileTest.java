package org.sepyarn.client.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.client.monitor.ScriptedJobSource.failedTask;
import static org.sepyarn.client.monitor.ScriptedJobSource.task;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StatusCodec;

/** Reading the ApplicationMaster's {@code status.json}, whole, half written or missing, and showing it as a table. */
class StatusFileTest {
  @TempDir
  Path dir;

  private static final JobStatus STATUS = new JobStatus("application_1_0001", "demo", "RUNNING", 0.5,
      List.of(task(0, "SUCCEEDED", 1, "host1"), failedTask(1, "WAITING", 1, "host2", "PROGRAM_FAILED")), null, 0);

  private Optional<JobStatus> read(Path file) throws Exception {
    return YarnJobSource.read(FileSystem.getLocal(new Configuration()), new org.apache.hadoop.fs.Path(file.toUri()));
  }

  @Test
  void aWholeStatusIsRead() throws Exception {
    Path file = Files.write(dir.resolve("status.json"), StatusCodec.write(STATUS));
    assertEquals(Optional.of(STATUS), read(file));
  }

  @Test
  void aHalfWrittenStatusIsNotThereYet() throws Exception {
    byte[] whole = StatusCodec.write(STATUS);
    Path file = Files.write(dir.resolve("status.json"), java.util.Arrays.copyOf(whole, whole.length / 2));
    assertEquals(Optional.empty(), read(file));
  }

  @Test
  void aMissingStatusIsNotThereYet() throws Exception {
    assertEquals(Optional.empty(), read(dir.resolve("status.json")));
  }

  @Test
  void theTableHasARowPerTask() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TaskTable.print(STATUS, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("job RUNNING, 50% done (status written 1970-01-01T00:00:00Z)", lines.get(0));
    assertTrue(lines.get(1).matches(
        "\\s+task\\s+state\\s+attempt\\s+failures\\s+progress\\s+node\\s+locality\\s+last exit"), lines.get(1));
    assertTrue(lines.get(2).matches("\\s+0\\s+SUCCEEDED\\s+1\\s+0\\s+0%\\s+host1\\s+-\\s+-"), lines.get(2));
    assertTrue(lines.get(3).matches("\\s+1\\s+WAITING\\s+1\\s+1\\s+0%\\s+host2\\s+-\\s+PROGRAM_FAILED"), lines.get(3));
    assertEquals(4, lines.size());
  }

  @Test
  void theTableSaysEachTasksLocalityAndCountsThem() {
    org.sepyarn.am.status.JobStatus status = new org.sepyarn.am.status.JobStatus("application_1_0001", "j",
        "SUCCEEDED", 1, List.of(new org.sepyarn.am.status.TaskStatus(0, "SUCCEEDED", 1, 0, "host1:8041", "c1", 0L, 1,
            "SUCCEEDED", "NODE_LOCAL")), null, 0, 1, null, null,
        java.util.Map.of("NODE_LOCAL", 1, "RACK_LOCAL", 0, "OFF_RACK", 0, "NO_PREFERENCE", 0));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TaskTable.print(status, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("  locality: 1 node-local, 0 rack-local, 0 off-rack", lines.get(1));
    assertTrue(lines.get(3).matches("\\s+0\\s+SUCCEEDED\\s+1\\s+0\\s+100%\\s+host1:8041\\s+node-local\\s+SUCCEEDED"),
        lines.get(3));
  }

  @Test
  void aTableOfSomeOfTheTasksSaysHowManyAndCountsThemAll() {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    counts.put("SUCCEEDED", 1);
    counts.put("WAITING", 99_999);
    JobStatus some = new JobStatus(STATUS.application(), STATUS.name(), STATUS.state(), STATUS.progress(),
        STATUS.tasks().subList(0, 1), null, 0, 100_000, counts, null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TaskTable.print(some, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("  1 of the job's 100000 tasks listed; by state: {SUCCEEDED=1, WAITING=99999}", lines.get(3));
  }

  @Test
  void theTableListsTheScatterPhaseThenTheMergePhaseNumberedAfterIt() {
    JobStatus phased = STATUS.withScatterTasks(List.of(task(0, "SUCCEEDED", 1, "host3"),
        failedTask(1, "RUNNING", 2, "host1", "PROGRAM_FAILED"), task(2, "SUCCEEDED", 1, "host2")))
        .withMergeTasks(List.of(task(0, "RUNNING", 1, "host2")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TaskTable.print(phased, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("  scatter phase: 3 scatter tasks; scatter task sK is task 2+K for logs", lines.get(4));
    assertTrue(lines.get(6).matches("\\s+s1\\s+RUNNING\\s+2\\s+2\\s+0%\\s+host1\\s+-\\s+PROGRAM_FAILED"), lines.get(6));
    assertEquals("  merge phase: 1 merge tasks; merge task mK is task 5+K for logs", lines.get(8));
    assertTrue(lines.get(9).matches("\\s+m0\\s+RUNNING\\s+1\\s+0\\s+0%\\s+host2\\s+-\\s+-"), lines.get(9));
    assertEquals(10, lines.size());
  }
}
