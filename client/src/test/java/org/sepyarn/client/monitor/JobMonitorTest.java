package org.sepyarn.client.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.client.monitor.ScriptedJobSource.failedTask;
import static org.sepyarn.client.monitor.ScriptedJobSource.job;
import static org.sepyarn.client.monitor.ScriptedJobSource.task;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.JobBytes;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.OutputBytes;
import org.sepyarn.runner.spec.ByteCount;
import org.sepyarn.runner.spec.PhaseBytes;

class JobMonitorTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private static ScriptedJobSource twoTasksThatSucceed() {
    return new ScriptedJobSource()
        .then(YarnApplicationState.ACCEPTED, null)
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0, task(0, "WAITING", 0, null), task(1, "WAITING", 0, null)))
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0.2, task(0, "RUNNING", 1, "host1"),
            task(1, "RUNNING", 1, "host2")))
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0.5, task(0, "SUCCEEDED", 1, "host1"),
            task(1, "RUNNING", 1, "host2")))
        .then(YarnApplicationState.RUNNING, job("MERGING", 0.9, task(0, "SUCCEEDED", 1, "host1"),
            task(1, "SUCCEEDED", 1, "host2")))
        .then(YarnApplicationState.FINISHED, FinalApplicationStatus.SUCCEEDED, "", job("SUCCEEDED", 1,
            task(0, "SUCCEEDED", 1, "host1"), task(1, "SUCCEEDED", 1, "host2")));
  }

  private JobMonitor.Ending follow(ScriptedJobSource source, boolean terminal, ManualTicker ticker) throws Exception {
    return new JobMonitor(source, new ProgressDisplay(out, terminal, 10_000), ticker, 1000).await();
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void eachTaskStateChangeIsPrintedOnce() throws Exception {
    JobMonitor.Ending ending = follow(twoTasksThatSucceed(), false, new ManualTicker());
    assertTrue(ending.application().succeeded());
    List<String> lines = printed().lines().toList();
    assertEquals(1, lines.stream().filter(l -> l.equals("task 0: RUNNING on host1 (attempt 1)")).count(), printed());
    assertEquals(1, lines.stream().filter(l -> l.equals("task 0: SUCCEEDED on host1 (attempt 1)")).count(), printed());
    assertEquals(1, lines.stream().filter(l -> l.equals("task 1: SUCCEEDED on host2 (attempt 1)")).count(), printed());
    assertFalse(printed().contains("WAITING"), "a task waiting for its first attempt is not news:\n" + printed());
    assertTrue(lines.contains("every task succeeded; merging the outputs"), printed());
    assertTrue(lines.contains("YARN accepted the job; waiting for the ApplicationMaster to start"), printed());
  }

  @Test
  void theScatterPhaseIsAnnouncedOnceBeforeTheTasksAndItsTasksAreCounted() throws Exception {
    ScriptedJobSource source = new ScriptedJobSource()
        .then(YarnApplicationState.RUNNING, job("SCATTERING", 0.02, task(0, "WAITING", 0, null))
            .withScatterTasks(List.of(task(0, "RUNNING", 1, "host1"), task(1, "WAITING", 0, null))))
        .then(YarnApplicationState.RUNNING, job("SCATTERING", 0.05, task(0, "WAITING", 0, null))
            .withScatterTasks(List.of(task(0, "SUCCEEDED", 1, "host1"), task(1, "RUNNING", 1, "host2"))))
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0.3, task(0, "RUNNING", 1, "host1")))
        .then(YarnApplicationState.FINISHED, FinalApplicationStatus.SUCCEEDED, "", job("SUCCEEDED", 1,
            task(0, "SUCCEEDED", 1, "host1")));

    follow(source, false, new ManualTicker());

    List<String> lines = printed().lines().toList();
    String scattering = "scattering the inputs the tasks read in short runs; the tasks start after";
    assertEquals(1, lines.stream().filter(scattering::equals).count(), printed());
    assertTrue(lines.indexOf(scattering) < lines.indexOf("task 0: RUNNING on host1 (attempt 1)"), printed());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("0/1 done, 0 running, 1 waiting, scatter tasks 1/2 done,"
        + " 1 running")), printed());
  }

  @Test
  void offATerminalProgressIsAPlainLineWhenItChanges() throws Exception {
    follow(twoTasksThatSucceed(), false, new ManualTicker());
    assertFalse(printed().contains("\r"), printed());
    List<String> lines = printed().lines().toList();
    assertTrue(lines.contains("application ACCEPTED | 0% | 0s elapsed"), printed());
    assertTrue(lines.contains("0/2 done, 2 running, 0 waiting | 20% | 2s elapsed, about 8s left"), printed());
    assertTrue(lines.contains("1/2 done, 1 running, 0 waiting | 50% | 3s elapsed, about 3s left"), printed());
    assertTrue(lines.contains("2/2 done, 0 running, 0 waiting, merging outputs | 90% | 4s elapsed, about 0s left"),
        printed());
    assertTrue(lines.contains("2/2 done, 0 running, 0 waiting | 100% | 5s elapsed"), printed());
  }

  @Test
  void offATerminalAnUnchangedProgressIsRepeatedEveryTenSeconds() throws Exception {
    ScriptedJobSource source = new ScriptedJobSource()
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0.5, task(0, "RUNNING", 1, "h")));
    for (int i = 0; i < 24; i++) {
      source.then(YarnApplicationState.RUNNING, job("RUNNING", 0.5, task(0, "RUNNING", 1, "h")));
    }
    source.then(YarnApplicationState.KILLED, FinalApplicationStatus.KILLED, "killed by user", null);
    follow(source, false, new ManualTicker());
    List<String> progress = printed().lines().filter(l -> l.startsWith("0/1 done")).toList();
    assertEquals(List.of("0/1 done, 1 running, 0 waiting | 50% | 0s elapsed",
        "0/1 done, 1 running, 0 waiting | 50% | 10s elapsed, about 10s left",
        "0/1 done, 1 running, 0 waiting | 50% | 20s elapsed, about 20s left"), progress.subList(0, 3));
  }

  @Test
  void onATerminalProgressIsOneLiveLineRedrawnInPlace() throws Exception {
    follow(twoTasksThatSucceed(), true, new ManualTicker());
    String text = printed();
    assertTrue(text.contains("\r0/2 done, 2 running, 0 waiting | 20% | 2s elapsed, about 8s left"), text);
    assertTrue(text.contains("\r1/2 done, 1 running, 0 waiting | 50% | 3s elapsed, about 3s left"), text);
    assertTrue(text.endsWith(System.lineSeparator()), "the live line is ended: " + text);
    assertTrue(text.stripTrailing().endsWith("\r2/2 done, 0 running, 0 waiting | 100% | 5s elapsed"), text);
    String[] lines = text.split(System.lineSeparator());
    for (String line : lines) {
      String shown = line.substring(line.lastIndexOf('\r') + 1);
      assertFalse(shown.contains("|") && shown.startsWith("task"), "a message never shares a line: " + line);
    }
    assertTrue(text.contains("task 0: SUCCEEDED on host1 (attempt 1)" + System.lineSeparator()), text);
  }

  @Test
  void anAttemptThatFailedAndRanAgainBetweenTwoPollsIsStillShownWithItsReason() throws Exception {
    ScriptedJobSource source = new ScriptedJobSource()
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0, task(0, "RUNNING", 1, "h1")))
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0,
            failedTask(0, "RUNNING", 2, "h2", "program exited with status 3")))
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0,
            failedTask(0, "RUNNING", 4, "h1", "program exited with status 4")))
        .then(YarnApplicationState.FINISHED, FinalApplicationStatus.SUCCEEDED, "",
            job("SUCCEEDED", 1, failedTask(0, "SUCCEEDED", 4, "h1", "program exited with status 4")));
    follow(source, false, new ManualTicker());
    List<String> lines = printed().lines().toList();
    int ended = lines.indexOf("task 0: attempt 1 ended: program exited with status 3");
    assertTrue(ended >= 0, printed());
    assertEquals("task 0: RUNNING on h2 (attempt 2)", lines.get(ended + 1), printed());
    assertTrue(lines.contains("task 0: attempts 2 to 3 ended: program exited with status 4"), printed());
    assertEquals(1, lines.stream().filter(l -> l.contains("ended")).count() - 1, "no other end: " + printed());
  }

  @Test
  void aFailedAttemptAndTheRetryAreShownWithTheReason() throws Exception {
    ScriptedJobSource source = new ScriptedJobSource()
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0, task(0, "RUNNING", 1, "h1")))
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0,
            failedTask(0, "WAITING", 1, "h1", "program exited with status 3")))
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0,
            failedTask(0, "RUNNING", 2, "h2", "program exited with status 3")))
        .then(YarnApplicationState.FINISHED, FinalApplicationStatus.FAILED, "task 0 failed 2 times",
            job("FAILED", 0, failedTask(0, "FAILED", 2, "h2", "program exited with status 3")));
    JobMonitor.Ending ending = follow(source, false, new ManualTicker());
    List<String> lines = printed().lines().toList();
    assertTrue(lines.contains("task 0: WAITING (after attempt 1): program exited with status 3"), printed());
    assertTrue(lines.contains("task 0: RUNNING on h2 (attempt 2)"), printed());
    assertTrue(lines.contains("task 0: FAILED on h2 (attempt 2): program exited with status 3"), printed());
    assertFalse(ending.application().succeeded());
  }

  @Test
  void aMissingOrUnreadableStatusLeavesTheLastOneInPlace() throws Exception {
    ScriptedJobSource source = new ScriptedJobSource()
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0.5, task(0, "SUCCEEDED", 1, "h"),
            task(1, "RUNNING", 1, "h")))
        .then(YarnApplicationState.RUNNING, null)
        .then(YarnApplicationState.FINISHED, FinalApplicationStatus.SUCCEEDED, "", null);
    JobMonitor.Ending ending = follow(source, false, new ManualTicker());
    assertEquals(2, ending.status().orElseThrow().tasks().size());
    assertFalse(printed().contains("application RUNNING |"), "the last status stays shown:\n" + printed());
  }

  @Test
  void whenTheStatusIsGoneAtTheEndTheLastLineSaysWhatYarnSays() throws Exception {
    ScriptedJobSource source = new ScriptedJobSource()
        .then(YarnApplicationState.RUNNING, job("RUNNING", 0.1, task(0, "RUNNING", 1, "h"), task(1, "RUNNING", 1, "h")))
        .then(YarnApplicationState.FINISHED, FinalApplicationStatus.SUCCEEDED, "", null);
    JobMonitor.Ending ending = follow(source, false, new ManualTicker());
    List<String> lines = printed().lines().toList();
    assertEquals("application FINISHED (SUCCEEDED) | 0% | 1s elapsed", lines.get(lines.size() - 1));
    assertTrue(ending.status().isPresent(), "the last status read is still reported");
  }

  @Test
  void theMonitorPollsOncePerIntervalUntilTheEnd() throws Exception {
    ScriptedJobSource source = twoTasksThatSucceed();
    ManualTicker ticker = new ManualTicker();
    long start = ticker.nowMillis();
    follow(source, false, ticker);
    assertEquals(6, source.polls);
    assertEquals(5000, ticker.nowMillis() - start);
  }

  @Test
  void theOutcomeOfASuccessIsExitZero() throws Exception {
    JobMonitor.Ending ending = follow(twoTasksThatSucceed(), false, new ManualTicker());
    bytes.reset();
    assertEquals(0, JobOutcome.report(ApplicationId.newInstance(1, 1), ending, out));
    assertEquals("job application_1_0001 succeeded" + System.lineSeparator(), printed());
  }

  @Test
  void aSuccessEndsWithWhatEachMergeCopiedAndTheBytesMovedPerOutputByte() throws Exception {
    PhaseBytes phases = PhaseBytes.none().plus(PhaseBytes.FETCH, new ByteCount(1L << 30, 0))
        .plus(PhaseBytes.COMMIT, new ByteCount(0, 1L << 30));
    JobBytes counted = JobBytes.of(phases, List.of(new OutputBytes(1, "hdfs://nn:8020/data/out.H",
        "concatenated by the file system", 0)), 1L << 30);
    JobStatus done = job("SUCCEEDED", 1, task(0, "SUCCEEDED", 1, "host1"));
    JobStatus withBytes = new JobStatus(done.application(), done.name(), done.state(), done.progress(), done.tasks(),
        null, 0, counted);
    ScriptedJobSource source = new ScriptedJobSource()
        .then(YarnApplicationState.FINISHED, FinalApplicationStatus.SUCCEEDED, "", withBytes);
    JobMonitor.Ending ending = follow(source, false, new ManualTicker());
    bytes.reset();

    assertEquals(0, JobOutcome.report(ApplicationId.newInstance(1, 1), ending, out));

    String nl = System.lineSeparator();
    assertEquals("job application_1_0001 succeeded" + nl + "out.H: merge copied 0 B" + nl
        + "read 1.00 GiB, wrote 1.00 GiB (2.00 B moved per output byte)" + nl, printed());
  }

  @Test
  void aSuccessSaysHowManyTasksRanNextToTheirData() throws Exception {
    JobStatus done = job("SUCCEEDED", 1, task(0, "SUCCEEDED", 1, "host1"));
    JobStatus withLocality = new JobStatus(done.application(), done.name(), done.state(), done.progress(),
        done.tasks(), null, 0, 1, null, null, java.util.Map.of("NODE_LOCAL", 4, "RACK_LOCAL", 0, "OFF_RACK", 0));
    ScriptedJobSource source = new ScriptedJobSource()
        .then(YarnApplicationState.FINISHED, FinalApplicationStatus.SUCCEEDED, "", withLocality);
    JobMonitor.Ending ending = follow(source, false, new ManualTicker());
    bytes.reset();

    assertEquals(0, JobOutcome.report(ApplicationId.newInstance(1, 1), ending, out));

    String nl = System.lineSeparator();
    assertEquals("job application_1_0001 succeeded" + nl + "locality: 4 node-local, 0 rack-local, 0 off-rack" + nl,
        printed());
  }

  @Test
  void theOutcomeOfAFailureIsExitOneWithTheDiagnosticsAndFailedTasks() throws Exception {
    ScriptedJobSource source = new ScriptedJobSource()
        .then(YarnApplicationState.FINISHED, FinalApplicationStatus.FAILED, "task 1 failed 3 times: exit 3",
            new org.sepyarn.am.status.JobStatus("application_1_0001", "demo", "FAILED", 0.5,
                List.of(task(0, "SUCCEEDED", 1, "h"), failedTask(1, "FAILED", 3, "h2", "exit 3")),
                "merge skipped", 0));
    JobMonitor.Ending ending = follow(source, false, new ManualTicker());
    bytes.reset();
    assertEquals(1, JobOutcome.report(ApplicationId.newInstance(1, 1), ending, out));
    List<String> lines = printed().lines().toList();
    assertEquals("job application_1_0001 ended FINISHED (final status FAILED)", lines.get(0));
    assertEquals("diagnostics: task 1 failed 3 times: exit 3", lines.get(1));
    assertEquals("the ApplicationMaster says: merge skipped", lines.get(2));
    assertEquals("  task 1: FAILED on h2 (attempt 3): exit 3", lines.get(3));
  }

  @Test
  void aKilledJobIsExitOne() throws Exception {
    ScriptedJobSource source = new ScriptedJobSource()
        .then(YarnApplicationState.KILLED, FinalApplicationStatus.KILLED, "killed by sepyarn kill", null);
    JobMonitor.Ending ending = follow(source, false, new ManualTicker());
    bytes.reset();
    assertEquals(1, JobOutcome.report(ApplicationId.newInstance(1, 1), ending, out));
    assertTrue(printed().contains("ended KILLED (final status KILLED)"), printed());
    assertTrue(printed().contains("diagnostics: killed by sepyarn kill"), printed());
  }

  /** The job ended, but the status read just then failed (a status being replaced): it is read again. */
  @Test
  void theFinalStatusIsReadAgainWhenTheReadAtTheEndFails() throws Exception {
    java.util.Deque<java.util.Optional<org.sepyarn.am.status.JobStatus>> reads = new java.util.ArrayDeque<>(List.of(
        java.util.Optional.of(ScriptedJobSource.job("MERGING", 0.95)), java.util.Optional.empty(),
        java.util.Optional.of(ScriptedJobSource.job("SUCCEEDED", 1))));
    JobSource source = new JobSource() {
      private int polls;

      @Override
      public ApplicationSnapshot application() {
        return new ApplicationSnapshot(polls++ == 0 ? YarnApplicationState.RUNNING : YarnApplicationState.FINISHED,
            polls == 1 ? org.apache.hadoop.yarn.api.records.FinalApplicationStatus.UNDEFINED
                : org.apache.hadoop.yarn.api.records.FinalApplicationStatus.SUCCEEDED, 1, "");
      }

      @Override
      public java.util.Optional<org.sepyarn.am.status.JobStatus> status() {
        return reads.size() > 1 ? reads.poll() : reads.peek();
      }
    };

    JobMonitor.Ending ending = new JobMonitor(source, new ProgressDisplay(out, false, 10_000), new ManualTicker(), 1000)
        .await();

    assertEquals("SUCCEEDED", ending.status().orElseThrow().state());
  }
}
