package org.sepyarn.am.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.JobSnapshot;
import org.sepyarn.am.schedule.JobState;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskView;
import org.sepyarn.runner.spec.WorkLayout;

class StatusPublisherTest {
  @TempDir
  Path tmp;

  private FileSystem fs;
  private StatusPublisher publisher;

  @BeforeEach
  void setUp() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
    publisher = new StatusPublisher(fs, new WorkLayout(new org.apache.hadoop.fs.Path(tmp.toUri())),
        "application_1_0001", "smooth");
  }

  private static JobSnapshot snapshot() {
    List<TaskView> tasks = List.of(
        new TaskView(0, TaskState.SUCCEEDED, 1, 0, Optional.of("node1"), Optional.of("container_1_0001_01_000002"),
            OptionalLong.of(1000), 1, Optional.of(ExitReason.SUCCEEDED)),
        new TaskView(1, TaskState.WAITING, 0, 0, Optional.empty(), Optional.empty(), OptionalLong.empty(), 0,
            Optional.empty()));
    return new JobSnapshot(JobState.RUNNING, tasks, Map.of(TaskState.SUCCEEDED, 1, TaskState.WAITING, 1), 0.5);
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crc")).sorted().toList();
    }
  }

  @Test
  void theStatusOfASnapshotListsEveryTaskWithWhatIsKnownOfIt() {
    long before = System.currentTimeMillis();

    JobStatus status = publisher.status("RUNNING", 0.45, snapshot(), null, null);

    assertEquals("application_1_0001", status.application());
    assertEquals("smooth", status.name());
    assertEquals("RUNNING", status.state());
    assertEquals(0.45, status.progress());
    assertEquals(List.of(
        new TaskStatus(0, "SUCCEEDED", 1, 0, "node1", "container_1_0001_01_000002", 1000L, 1, "SUCCEEDED"),
        new TaskStatus(1, "WAITING", 0, 0, null, null, null, 0, null)), status.tasks());
    assertTrue(status.updatedAt() >= before);
  }

  @Test
  void aJobOfMoreTasksThanTheLimitListsTheFailedAndRunningOnesAndCountsThemAll() throws IOException {
    int n = TaskListing.LIMIT + 500;
    List<TaskView> tasks = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      TaskState state = i == n - 10 ? TaskState.FAILED : i == n - 5 ? TaskState.RUNNING : TaskState.WAITING;
      tasks.add(new TaskView(i, state, 0, 0, Optional.empty(), Optional.empty(), OptionalLong.empty(), 0,
          Optional.empty()));
    }
    JobSnapshot big = new JobSnapshot(JobState.RUNNING, tasks,
        Map.of(TaskState.WAITING, n - 2, TaskState.FAILED, 1, TaskState.RUNNING, 1), 0);

    JobStatus status = StatusCodec.read(StatusCodec.write(publisher.status("RUNNING", 0, big, null, null)));

    assertEquals(TaskListing.LIMIT, status.tasks().size());
    assertEquals(n, status.taskCount());
    assertEquals(n - 2, status.count("WAITING"));
    assertEquals(1, status.count("FAILED"));
    List<Integer> listed = status.tasks().stream().map(TaskStatus::index).toList();
    assertTrue(listed.contains(n - 10) && listed.contains(n - 5), "failed and running tasks are listed");
    assertEquals(0, listed.get(0));
  }

  @Test
  void publishingWritesTheJsonAndTheTextAndNoTemporaryFiles() throws IOException {
    JobStatus status = publisher.status("FAILED", 0.5, snapshot(), "task 1 failed", null);

    publish(status);

    assertEquals(List.of("status.json", "status.txt"), files());
    assertEquals(status, StatusCodec.read(Files.readAllBytes(tmp.resolve("status.json"))));
    assertEquals(StatusText.render(status), Files.readString(tmp.resolve("status.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void publishingAgainReplacesBothFiles() throws IOException {
    publish(publisher.status("RUNNING", 0.1, snapshot(), null, null));
    JobStatus later = publisher.status("SUCCEEDED", 1, snapshot(), null, null);

    publish(later);

    assertEquals(later, StatusCodec.read(Files.readAllBytes(tmp.resolve("status.json"))));
    assertEquals(StatusText.render(later), Files.readString(tmp.resolve("status.txt"), StandardCharsets.UTF_8));
    assertEquals(List.of("status.json", "status.txt"), files());
  }

  @Test
  void aReaderNeverSeesHalfAStatusWhileItIsReplaced() throws Exception {
    publish(publisher.status("RUNNING", 0, snapshot(), null, null));
    AtomicBoolean stop = new AtomicBoolean();
    List<String> problems = new ArrayList<>();
    Thread reader = new Thread(() -> {
      while (!stop.get()) {
        try {
          StatusCodec.read(Files.readAllBytes(tmp.resolve("status.json")));
        } catch (IOException e) {
          problems.add(e.toString());
          return;
        }
      }
    });
    reader.start();

    for (int i = 0; i < 12; i++) {
      publish(publisher.status("RUNNING", i / 12.0, snapshot(), "x".repeat(i * 700), null));
    }
    stop.set(true);
    reader.join();

    assertEquals(List.of(), problems);
  }

  @Test
  void aWorkFolderThatCannotBeWrittenIsLoggedNotThrown() throws IOException {
    Path notAFolder = Files.writeString(tmp.resolve("plain-file"), "x");
    StatusPublisher broken = new StatusPublisher(fs, new WorkLayout(new org.apache.hadoop.fs.Path(notAFolder.toUri())),
        "application_1_0001", "smooth");

    try (StatusFilesWriter writer = new StatusFilesWriter()) {
      writer.hand(broken.files(broken.status("RUNNING", 0, snapshot(), null, null)));
    }

    assertEquals("x", Files.readString(notAFolder));
  }

  private void publish(JobStatus status) throws IOException {
    FileWrite.allSideBySide(publisher.files(status));
  }
}
