package org.sepyarn.am.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeHealthTrackerTest {
  private static final NodeHealthPolicy POLICY = new NodeHealthPolicy(2, Duration.ofMinutes(10),
      Duration.ofMinutes(30), NodeHealthPolicy.ONE_THIRD);

  private final ManualClock clock = new ManualClock(1_000_000);
  private final NodeHealthTracker tracker = new NodeHealthTracker(POLICY, clock);

  @Test
  void aNodeIsExcludedWhenItsFailuresReachTheThresholdWithinTheWindow() {
    tracker.clusterSizeChanged(9);

    assertTrue(tracker.recordFailure("n1").isEmpty());
    clock.advance(Duration.ofMinutes(9));
    ExclusionChange change = tracker.recordFailure("n1");

    assertEquals(Set.of("n1"), change.added());
    assertTrue(tracker.isExcluded("n1"));
    assertEquals(Set.of("n1"), tracker.excludedNodes());
  }

  @Test
  void failuresOlderThanTheWindowAreForgotten() {
    tracker.clusterSizeChanged(9);

    tracker.recordFailure("n1");
    clock.advance(Duration.ofMinutes(10));
    ExclusionChange change = tracker.recordFailure("n1");

    assertTrue(change.isEmpty());
    assertFalse(tracker.isExcluded("n1"));
  }

  @Test
  void failuresOnDifferentNodesAreCountedSeparately() {
    tracker.clusterSizeChanged(9);

    tracker.recordFailure("n1");
    tracker.recordFailure("n2");

    assertEquals(Set.of(), tracker.excludedNodes());
  }

  @Test
  void anExclusionIsLiftedWhenItExpires() {
    tracker.clusterSizeChanged(9);
    excludeByFailures("n1");

    clock.advance(Duration.ofMinutes(29));
    assertTrue(tracker.expireExclusions().isEmpty());
    clock.advance(Duration.ofMinutes(1));
    ExclusionChange change = tracker.expireExclusions();

    assertEquals(Set.of("n1"), change.removed());
    assertFalse(tracker.isExcluded("n1"));
  }

  @Test
  void aNodeStartsAfreshAfterItsExclusionExpires() {
    tracker.clusterSizeChanged(9);
    excludeByFailures("n1");
    clock.advance(Duration.ofMinutes(30));
    tracker.expireExclusions();

    assertTrue(tracker.recordFailure("n1").isEmpty());
  }

  @Test
  void noMoreThanAThirdOfTheClusterIsExcluded() {
    tracker.clusterSizeChanged(6);

    excludeByFailures("n1");
    excludeByFailures("n2");
    ExclusionChange third = excludeByFailures("n3");

    assertTrue(third.isEmpty());
    assertEquals(Set.of("n1", "n2"), tracker.excludedNodes());
  }

  @Test
  void aClusterOfTwoNodesNeverExcludesAnyNode() {
    tracker.clusterSizeChanged(2);

    assertTrue(excludeByFailures("n1").isEmpty());
    assertEquals(OptionalInt.of(2), tracker.usableNodeCount());
  }

  @Test
  void nothingIsExcludedWhileTheClusterSizeIsUnknown() {
    assertTrue(excludeByFailures("n1").isEmpty());
    assertEquals(OptionalInt.empty(), tracker.usableNodeCount());
  }

  @Test
  void aShrinkingClusterLiftsTheExclusionsThatWouldExpireSoonest() {
    tracker.clusterSizeChanged(6);
    excludeByFailures("n1");
    clock.advance(Duration.ofMinutes(1));
    excludeByFailures("n2");

    ExclusionChange change = tracker.clusterSizeChanged(3);

    assertEquals(Set.of("n1"), change.removed());
    assertEquals(Set.of("n2"), tracker.excludedNodes());
  }

  @Test
  void usableNodesAreTheClusterLessItsExcludedNodes() {
    tracker.clusterSizeChanged(6);
    excludeByFailures("n1");

    assertEquals(OptionalInt.of(5), tracker.usableNodeCount());
  }

  @Test
  void aLostExcludedNodeIsNoLongerSubtractedFromTheShrunkCluster() {
    tracker.clusterSizeChanged(6);
    excludeByFailures("n1");
    excludeByFailures("n2");

    tracker.nodeLost("n1");
    ExclusionChange change = tracker.clusterSizeChanged(5);

    assertTrue(change.isEmpty());
    assertEquals(OptionalInt.of(4), tracker.usableNodeCount());
    assertTrue(tracker.isLost("n1"));
  }

  @Test
  void aNodeThatGivesAContainerAgainIsNoLongerLost() {
    tracker.nodeLost("n1");
    tracker.nodeAvailable("n1");

    assertFalse(tracker.isLost("n1"));
  }

  @Test
  void aFullExclusionFractionCanExcludeEveryNode() {
    NodeHealthTracker strict = new NodeHealthTracker(
        new NodeHealthPolicy(1, Duration.ofMinutes(10), Duration.ofMinutes(30), 1.0), clock);
    strict.clusterSizeChanged(2);

    strict.recordFailure("n1");
    strict.recordFailure("n2");

    assertEquals(OptionalInt.of(0), strict.usableNodeCount());
  }

  @Test
  void aNegativeClusterSizeIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tracker.clusterSizeChanged(-1));
    assertTrue(e.getMessage().contains("cluster size -1"), e.getMessage());
  }

  @Test
  void aPolicyNamesTheFieldItRejects() {
    IllegalArgumentException threshold = assertThrows(IllegalArgumentException.class,
        () -> new NodeHealthPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1), 0.5));
    IllegalArgumentException window = assertThrows(IllegalArgumentException.class,
        () -> new NodeHealthPolicy(1, Duration.ZERO, Duration.ofMinutes(1), 0.5));
    IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
        () -> new NodeHealthPolicy(1, Duration.ofMinutes(1), Duration.ofMinutes(1), 1.5));

    assertTrue(threshold.getMessage().contains("failuresToExclude=0"), threshold.getMessage());
    assertTrue(window.getMessage().contains("failureWindow=0s"), window.getMessage());
    assertTrue(fraction.getMessage().contains("maxExcludedFraction=1.5"), fraction.getMessage());
  }

  @Test
  void aThirdOfTheClusterIsRoundedDown() {
    assertEquals(0, POLICY.maxExcluded(2));
    assertEquals(1, POLICY.maxExcluded(3));
    assertEquals(1, POLICY.maxExcluded(5));
    assertEquals(2, POLICY.maxExcluded(6));
    assertEquals(33, POLICY.maxExcluded(100));
  }

  private ExclusionChange excludeByFailures(String node) {
    tracker.recordFailure(node);
    return tracker.recordFailure(node);
  }
}
