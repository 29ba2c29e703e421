package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void eachUnitIsRead() {
    assertEquals(Duration.ofSeconds(90), Durations.parse("90s"));
    assertEquals(Duration.ofMinutes(15), Durations.parse("15m"));
    assertEquals(Duration.ofHours(2), Durations.parse("2h"));
    assertEquals(Duration.ofDays(1), Durations.parse("1d"));
    assertEquals(Duration.ofHours(2), Durations.parse("2H"));
  }

  @Test
  void aPlainNumberIsSeconds() {
    assertEquals(Duration.ofSeconds(45), Durations.parse("45"));
  }

  @Test
  void theCanonicalFormUsesTheLargestExactUnit() {
    assertEquals("90s", Durations.format(Duration.ofSeconds(90)));
    assertEquals("2m", Durations.format(Duration.ofSeconds(120)));
    assertEquals("2h", Durations.format(Duration.ofMinutes(120)));
    assertEquals("3d", Durations.format(Duration.ofHours(72)));
    assertEquals("0s", Durations.format(Duration.ZERO));
  }

  @Test
  void theCanonicalFormReadsBack() {
    for (long s : new long[] {0, 1, 59, 60, 61, 3599, 3600, 86399, 86400, 90061, 31536000}) {
      Duration d = Duration.ofSeconds(s);
      assertEquals(d, Durations.parse(Durations.format(d)));
    }
  }

  @Test
  void badTextsNameTheTextAndTheAcceptedForms() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("1.5h"));
    assertEquals("\"1.5h\" is not a duration: use a whole number with a unit s, m, h or d, e.g. \"90s\", \"15m\","
        + " \"2h\"; a plain number means seconds", e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parse("500ms")).getMessage()
        .contains("unknown unit \"ms\""));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parse("h")).getMessage()
        .contains("is not a duration"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parse("-5s")).getMessage()
        .contains("is not a duration"));
  }

  @Test
  void durationsTooLongToHoldAreRefused() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parse("99999999999999999999s"))
        .getMessage().contains("too long"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Durations.parse("999999999999999999d"))
        .getMessage().contains("too long"));
  }

  @Test
  void onlyWholeNonNegativeSecondsCanBeWritten() {
    assertThrows(IllegalArgumentException.class, () -> Durations.format(Duration.ofMillis(1500)));
    assertThrows(IllegalArgumentException.class, () -> Durations.format(Duration.ofSeconds(-1)));
  }

  @Test
  void anyDurationIsWrittenForAMessageInTheJobsUnits() {
    assertEquals("450ms", Durations.text(Duration.ofMillis(450)));
    assertEquals("60s", Durations.text(Duration.ofSeconds(60)));
    assertEquals("1m3s", Durations.text(Duration.ofMillis(63_241)));
    assertEquals("2m", Durations.text(Duration.ofMinutes(2)));
    assertEquals("0s", Durations.text(Duration.ZERO));
    assertEquals("1h1s", Durations.text(Duration.ofSeconds(3601)));
    assertEquals("2h5m", Durations.text(Duration.ofMinutes(125)));
    assertEquals("1d3m", Durations.text(Duration.ofDays(1).plusMinutes(3).plusSeconds(4)));
    assertThrows(IllegalArgumentException.class, () -> Durations.text(Duration.ofSeconds(-1)));
  }
}
