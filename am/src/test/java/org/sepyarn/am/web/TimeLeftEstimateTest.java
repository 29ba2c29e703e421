package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TimeLeftEstimateTest {

  @Test
  void nothingRunningOrWaitingLeavesNoTime() {
    assertEquals(OptionalLong.of(0), TimeLeftEstimate.millisLeft(List.of(), List.of(), 0));
  }

  @Test
  void theEstimateIsUnknownBeforeAnyAttemptSucceeded() {
    assertTrue(TimeLeftEstimate.millisLeft(List.of(), List.of(5_000L), 3).isEmpty());
  }

  @Test
  void theEstimateIsUnknownWhileTasksWaitWithNoContainerRunning() {
    assertTrue(TimeLeftEstimate.millisLeft(List.of(10_000L), List.of(), 2).isEmpty());
  }

  @Test
  void waitingTasksShareTheRunningContainers() {
    // mean 60s; two running just started need 60s each, four waiting 60s each: 360s of work on 2 containers
    assertEquals(OptionalLong.of(180_000),
        TimeLeftEstimate.millisLeft(List.of(40_000L, 80_000L), List.of(0L, 0L), 4));
  }

  @Test
  void runningAttemptsNeedTheMeanLessWhatTheyHaveRun() {
    // mean 60s; running for 20s and 50s need 40s and 10s: 50s of work on 2 containers, but one needs 40s alone
    assertEquals(OptionalLong.of(40_000),
        TimeLeftEstimate.millisLeft(List.of(60_000L), List.of(20_000L, 50_000L), 0));
  }

  @Test
  void anAttemptRunningLongerThanTheMeanNeedsNothingMore() {
    assertEquals(OptionalLong.of(0), TimeLeftEstimate.millisLeft(List.of(60_000L), List.of(90_000L), 0));
  }

  @Test
  void aWaitingTaskNeedsAtLeastTheWholeMean() {
    // mean 10s; ten containers, one task waiting: 10s, not 1s
    List<Long> running = java.util.Collections.nCopies(10, 10_000L);
    assertEquals(OptionalLong.of(10_000), TimeLeftEstimate.millisLeft(List.of(10_000L), running, 1));
  }

  @Test
  void negativeInputsAreRejectedNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimeLeftEstimate.millisLeft(List.of(1L), List.of(5L, -3L), 0));
    assertEquals("runningElapsed[1] is -3 ms: durations are 0 or more", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TimeLeftEstimate.millisLeft(List.of(), List.of(), -1));
    assertEquals("waiting tasks -1 is not allowed: 0 or more", e.getMessage());
  }

  @Test
  void betweenTwoWavesTheWorkIsSharedByTheMostContainersThatRanAtOnce() {
    // 8 containers ran the first wave of 60 s tasks; one runs now and 16 wait for the next wave.
    assertEquals(OptionalLong.of(125_000),
        TimeLeftEstimate.millisLeft(List.of(60_000L), List.of(20_000L), 16, 8));
    assertEquals(OptionalLong.of(1_000_000), TimeLeftEstimate.millisLeft(List.of(60_000L), List.of(20_000L), 16));
  }

  @Test
  void tasksWaitingBetweenWavesWithNoContainerRunningGetAnEstimateOnceContainersRan() {
    assertEquals(OptionalLong.of(60_000), TimeLeftEstimate.millisLeft(List.of(60_000L), List.of(), 4, 4));
  }

  @Test
  void thePeakCountsTheAttemptsThatOverlapped() {
    List<AttemptRow> attempts = List.of(
        Views.ended(0, 1, "a:1", 0, 10_000, org.sepyarn.am.schedule.ExitReason.SUCCEEDED, ""),
        Views.ended(1, 1, "a:1", 5_000, 15_000, org.sepyarn.am.schedule.ExitReason.SUCCEEDED, ""),
        Views.ended(2, 1, "a:1", 10_000, 20_000, org.sepyarn.am.schedule.ExitReason.SUCCEEDED, ""),
        Views.running(3, 1, "a:1", 12_000));

    assertEquals(3, TimeLeftEstimate.peakRunning(attempts, Views.T0 + 30_000));
    assertEquals(0, TimeLeftEstimate.peakRunning(List.of(), Views.T0));
  }
}
