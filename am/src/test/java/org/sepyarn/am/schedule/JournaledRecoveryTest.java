package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sepyarn.am.schedule.SchedulerFixture.container;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.health.ManualClock;
import org.sepyarn.am.journal.JournalEntry.JobStarted;
import org.sepyarn.am.journal.JournalReader;
import org.sepyarn.am.journal.JournalRecorder;
import org.sepyarn.am.journal.JournalState;
import org.sepyarn.am.schedule.RecordingActions.Launched;
import org.sepyarn.runner.spec.RunnerExitCodes;

/**
 * Three ApplicationMaster attempts of a four-task job, each journaling what its scheduler
 * published and each recovering from the journals of the ones before, as the AM will.
 */
class JournaledRecoveryTest {
  private static final String FINGERPRINT = "sha256:" + "0f".repeat(32);

  @TempDir
  java.nio.file.Path tmp;

  private Path folder() {
    return new Path(tmp.resolve("journal").toUri());
  }

  private FileSystem fs() throws IOException {
    return FileSystem.getLocal(new Configuration()).getRawFileSystem();
  }

  /** Journals {@code transitions} as AM attempt {@code amAttempt} would, after recovering {@code recovered}. */
  private void journal(int amAttempt, JournalState recovered, List<TaskTransition> transitions) throws IOException {
    JobStarted started = new JobStarted(amAttempt, "appattempt_1700000000000_0007_00000" + amAttempt, FINGERPRINT,
        recovered.recordsRead());
    try (JournalRecorder recorder = JournalRecorder.open(fs(), folder(), started)) {
      transitions.forEach(recorder::taskStateChanged);
    }
  }

  @Test
  void aThirdAttemptRecoversFromBothEarlierJournalsAndRelaunchesNoSucceededTask() throws IOException {
    // Attempt 1: task 0 succeeds in c1, task 1 runs in c2, task 2 in c3, task 3 fails once in c4.
    SchedulerFixture first = new SchedulerFixture();
    first.start(4);
    first.runIn("c1", "n1");
    first.runIn("c2", "n2");
    first.runIn("c3", "n3");
    first.runIn("c4", "n4");
    first.exit("c1", 0);
    first.exit("c4", RunnerExitCodes.PROGRAM_FAILED);
    journal(1, JournalReader.read(fs(), folder(), 1), first.actions.transitions());

    // Attempt 2: c2 survived and task 1 succeeds in it; task 2 (c3 was lost) succeeds in c5; task 3 runs in c6.
    JournalState afterFirst = JournalReader.read(fs(), folder(), 2);
    assertEquals(first.actions.transitions(), afterFirst.transitions());
    ManualClock clock = new ManualClock(first.clock.millis() + Duration.ofMinutes(2).toMillis());
    RecordingActions second = new RecordingActions();
    TaskScheduler scheduler = TaskScheduler.recover(4, afterFirst.transitions(), List.of(container("c2", "n2")),
        Set.of(), SchedulerFixture.POLICY, clock, second);
    scheduler.start();
    scheduler.containersAllocated(List.of(container("c5", "n5"), container("c6", "n6")));
    scheduler.containerCompleted("c2", new CompletionStatus(0, ""));
    scheduler.containerCompleted("c5", new CompletionStatus(0, ""));
    journal(2, afterFirst, second.transitions());

    // Attempt 3: c6 survived.
    JournalState afterSecond = JournalReader.read(fs(), folder(), 3);
    List<TaskTransition> both = new ArrayList<>(first.actions.transitions());
    both.addAll(second.transitions());
    assertEquals(both, afterSecond.transitions());
    RecordingActions third = new RecordingActions();
    TaskScheduler recovered = TaskScheduler.recover(4, afterSecond.transitions(), List.of(container("c6", "n6")),
        Set.of(), SchedulerFixture.POLICY, clock, third);
    recovered.start();
    recovered.containersAllocated(List.of(container("c7", "n7"), container("c8", "n8")));

    List<TaskState> states = recovered.snapshot().tasks().stream().map(TaskView::state).toList();
    assertEquals(List.of(TaskState.SUCCEEDED, TaskState.SUCCEEDED, TaskState.SUCCEEDED, TaskState.RUNNING), states);
    assertEquals(List.of(), third.all(Launched.class));
    assertEquals(List.of("c7", "c8"), third.released());
    assertEquals(2, recovered.attempts(3).size());
    recovered.containerCompleted("c6", new CompletionStatus(0, ""));
    assertEquals(JobState.SUCCEEDED, recovered.jobState());
    assertEquals(1, third.successes());
  }
}
