package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.ExitReason;

class TimelineLayoutTest {

  @Test
  void nodesGetOneRowEachSortedByName() {
    List<TimelineLayout.NodeRow> rows = TimelineLayout.of(List.of(
        Views.running(0, 1, "zeta:1", 0), Views.running(1, 1, "alpha:1", 0)), Views.T0 + 10);

    assertEquals(List.of("alpha:1", "zeta:1"), rows.stream().map(TimelineLayout.NodeRow::node).toList());
  }

  @Test
  void attemptsOneAfterTheOtherShareALane() {
    TimelineLayout.NodeRow row = TimelineLayout.of(List.of(
        Views.ended(0, 1, "n:1", 0, 100, ExitReason.SUCCEEDED, ""),
        Views.ended(1, 1, "n:1", 100, 200, ExitReason.SUCCEEDED, "")), Views.T0 + 300).get(0);

    assertEquals(1, row.laneCount());
    assertEquals(List.of(0, 0), row.bars().stream().map(TimelineLayout.Bar::lane).toList());
  }

  @Test
  void overlappingAttemptsGetTheirOwnLanesAndAFreedLaneIsReused() {
    TimelineLayout.NodeRow row = TimelineLayout.of(List.of(
        Views.ended(0, 1, "n:1", 0, 100, ExitReason.SUCCEEDED, ""),
        Views.running(1, 1, "n:1", 50),
        Views.ended(2, 1, "n:1", 120, 130, ExitReason.PROGRAM_FAILED, "")), Views.T0 + 300).get(0);

    assertEquals(2, row.laneCount());
    assertEquals(List.of(0, 1, 0), row.bars().stream().map(TimelineLayout.Bar::lane).toList());
  }

  @Test
  void aRunningAttemptHoldsItsLaneUntilNow() {
    TimelineLayout.NodeRow row = TimelineLayout.of(List.of(
        Views.running(0, 1, "n:1", 0),
        Views.ended(1, 1, "n:1", 500, 600, ExitReason.SUCCEEDED, "")), Views.T0 + 1_000).get(0);

    assertEquals(2, row.laneCount());
  }
}
