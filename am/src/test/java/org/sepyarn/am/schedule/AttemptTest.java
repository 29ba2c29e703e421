package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttemptTest {

  @Test
  void aStartedAttemptHasNoEndOrReason() {
    Attempt attempt = Attempt.started(1, "c1", "n1", 100);

    assertFalse(attempt.hasEnded());
    assertTrue(attempt.endedAt().isEmpty());
    assertTrue(attempt.reason().isEmpty());
    assertFalse(attempt.isCharged());
  }

  @Test
  void endingAnAttemptKeepsWhereItRanAndRecordsWhyItEnded() {
    Attempt ended = Attempt.started(2, "c1", "n1", 100).end(250, ExitReason.PROGRAM_FAILED, "exit status 3");

    assertEquals(2, ended.number());
    assertEquals("n1", ended.node());
    assertEquals(250, ended.endedAt().getAsLong());
    assertEquals(ExitReason.PROGRAM_FAILED, ended.reason().orElseThrow());
    assertTrue(ended.isCharged());
    assertEquals(ended, Attempt.ended(2, "c1", "n1", 100, 250, ExitReason.PROGRAM_FAILED, "exit status 3"));
  }

  @Test
  void anAttemptEndsOnlyOnce() {
    Attempt ended = Attempt.started(1, "c1", "n1", 0).end(5, ExitReason.PREEMPTED, "");

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ended.end(6, ExitReason.SUCCEEDED, ""));
    assertTrue(e.getMessage().contains("already ended (PREEMPTED)"), e.getMessage());
  }

  @Test
  void anAttemptNumberBelowOneIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Attempt.started(0, "c1", "n1", 0));
    assertTrue(e.getMessage().contains("attempt number 0"), e.getMessage());
  }

  @Test
  void anAttemptEndingBeforeItStartedIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Attempt.ended(1, "c1", "n1", 100, 50, ExitReason.ABORTED, ""));
    assertTrue(e.getMessage().contains("ends at 50, before it started at 100"), e.getMessage());
  }

  @Test
  void aBlankNodeIsRejectedNamingTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Attempt.started(1, "c1", " ", 0));
    assertTrue(e.getMessage().contains("attempt node"), e.getMessage());
  }
}
