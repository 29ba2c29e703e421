package org.sepyarn.am;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.runner.spec.AttemptReport;

/**
 * Which containers of an earlier ApplicationMaster attempt finished their task while no
 * ApplicationMaster ran, from the journal's transitions and the runners' reports (a map here).
 */
class CommittedWhileAwayTest {
  private final Map<String, AttemptReport> reports = new HashMap<>();

  private static TaskTransition runs(int task, int attempt, String container) {
    return new TaskTransition(task, TaskState.ASSIGNED, TaskState.RUNNING,
        Attempt.started(attempt, container, "n1", 100), 110);
  }

  private static TaskTransition assigned(int task, int attempt, String container) {
    return new TaskTransition(task, TaskState.WAITING, TaskState.ASSIGNED,
        Attempt.started(attempt, container, "n1", 100), 100);
  }

  private static TaskTransition lost(int task, int attempt, String container) {
    return new TaskTransition(task, TaskState.RUNNING, TaskState.WAITING,
        Attempt.ended(attempt, container, "n1", 100, 200, ExitReason.NODE_LOST, "lost"), 200);
  }

  private void report(int task, int attempt, String outcome) {
    reports.put(task + "/" + attempt, new AttemptReport(task, attempt, "n1", outcome, 0, "", "", 100, 150));
  }

  private Set<String> find(List<TaskTransition> history, Set<String> kept) {
    return CommittedWhileAway.find(history, kept, (t, a) -> Optional.ofNullable(reports.get(t + "/" + a)));
  }

  @Test
  void aRunningAttemptWhoseContainerIsGoneAndWhoseRunnerReportedOkCommitted() {
    report(0, 1, "ok");
    report(1, 1, "ok");

    assertEquals(Set.of("c1"), find(List.of(runs(0, 1, "c1"), assigned(1, 1, "c2")), Set.of("c2")));
  }

  @Test
  void anAssignedAttemptThatRanToTheEndUnseenAlsoCommitted() {
    report(0, 1, "ok");

    assertEquals(Set.of("c1"), find(List.of(assigned(0, 1, "c1")), Set.of()));
  }

  @Test
  void noReportAFailedReportOrAnOlderAttemptsReportIsNoCommit() {
    report(1, 1, "program-failed");
    report(2, 1, "ok");

    assertEquals(Set.of(), find(List.of(runs(0, 1, "c1"), runs(1, 1, "c2"), lost(2, 1, "c3"), assigned(2, 2, "c4")),
        Set.of()));
  }

  @Test
  void onlyTheTasksLastTransitionCounts() {
    report(0, 1, "ok");

    assertEquals(Set.of(), find(List.of(runs(0, 1, "c1"), lost(0, 1, "c1")), Set.of()));
  }
}
