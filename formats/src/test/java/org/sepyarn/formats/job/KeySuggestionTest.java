package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeySuggestionTest {
  private static final List<String> KEYS = List.of("tag", "path", "usage", "distribute", "maxAttempts", "tasks");

  @Test
  void aDroppedLetterASwapAndADifferentCaseAreLikelyTypos() {
    assertEquals(Optional.of("distribute"), KeySuggestion.nearest("distibute", KEYS));
    assertEquals(Optional.of("usage"), KeySuggestion.nearest("usgae", KEYS));
    assertEquals(Optional.of("maxAttempts"), KeySuggestion.nearest("MaxAttempts", KEYS));
    assertEquals(Optional.of("tasks"), KeySuggestion.nearest("task", KEYS));
  }

  @Test
  void aWordFarFromEveryKeyGetsNoSuggestion() {
    assertEquals(Optional.empty(), KeySuggestion.nearest("gpus", KEYS));
    assertEquals(Optional.empty(), KeySuggestion.nearest("x", KEYS));
  }

  @Test
  void theDistanceCountsASwapOfNeighboursAsOneEdit() {
    assertEquals(1, KeySuggestion.distance("usgae", "usage"));
    assertEquals(1, KeySuggestion.distance("distibute", "distribute"));
    assertEquals(3, KeySuggestion.distance("kitten", "sitting"));
    assertEquals(0, KeySuggestion.distance("", ""));
  }
}
