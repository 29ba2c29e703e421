package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeTextTest {

  @Test
  void durationsShowTheirTwoLargestUnits() {
    assertEquals("0s", TimeText.duration(999));
    assertEquals("59s", TimeText.duration(59_999));
    assertEquals("1m 00s", TimeText.duration(60_000));
    assertEquals("3m 20s", TimeText.duration(200_000));
    assertEquals("1h 02m", TimeText.duration(3_720_000 + 59_000));
    assertEquals("2d 03h", TimeText.duration((2 * 24 + 3) * 3_600_000L + 1));
  }

  @Test
  void aNegativeDurationIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeText.duration(-1));
    assertEquals("a duration of -1 ms is not allowed: durations are 0 or more", e.getMessage());
  }

  @Test
  void instantsAreShownInUtc() {
    assertEquals("2023-11-14 22:13:20 UTC", TimeText.instant(1_700_000_000_000L));
  }
}
