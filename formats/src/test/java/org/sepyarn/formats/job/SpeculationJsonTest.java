package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.job.JobTexts.errorAt;
import static org.sepyarn.formats.job.JobTexts.parseWith;
import static org.sepyarn.formats.job.JobTexts.withProgram;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The job's {@code speculation} key: off by default, {@code true}, or an object with the rule's three numbers. */
class SpeculationJsonTest {

  @Test
  void speculationIsOffUnlessAsked() {
    assertFalse(parseWith("").speculation().enabled());
    assertEquals(Speculation.OFF, parseWith("'speculation': false").speculation());
  }

  @Test
  void trueTurnsItOnWithTheDefaultRule() {
    Speculation s = parseWith("'speculation': true").speculation();
    assertEquals(Speculation.ON, s);
    assertEquals(0.75, s.quantile());
    assertEquals(1.5, s.multiplier());
    assertEquals(Duration.ofSeconds(60), s.minRuntime());
  }

  @Test
  void anObjectTurnsItOnWithItsOwnNumbersAndDefaultsForTheRest() {
    Speculation s = parseWith("'speculation': {'quantile': 0.5, 'minRuntime': '10s'}").speculation();
    assertEquals(new Speculation(true, 0.5, Speculation.DEFAULT_MULTIPLIER, Duration.ofSeconds(10)), s);
  }

  @Test
  void theCanonicalFormReadsBackEqual() {
    JobSpec spec = parseWith("'speculation': {'quantile': 0.9, 'multiplier': 3, 'minRuntime': '2m'}");
    assertEquals(spec, JobSpec.parse(spec.toJson(), "canonical"));
    JobSpec off = parseWith("");
    assertEquals(off, JobSpec.parse(off.toJson(), "canonical"));
    assertTrue(off.toJson().contains("\"speculation\": false"), off.toJson());
  }

  @Test
  void numbersOutOfRangeAreNamedWithTheirField() {
    assertTrue(errorAt(withProgram("'speculation': {'quantile': 0}"), "speculation.quantile").message()
        .contains("above 0 and at most 1"));
    assertTrue(errorAt(withProgram("'speculation': {'quantile': 1.5}"), "speculation.quantile").message()
        .contains("out of range"));
    assertTrue(errorAt(withProgram("'speculation': {'multiplier': 0.5}"), "speculation.multiplier").message()
        .contains("at least 1"));
    assertTrue(errorAt(withProgram("'speculation': {'minRuntime': 'soon'}"), "speculation.minRuntime").message()
        .length() > 0);
  }

  @Test
  void otherValuesAndUnknownKeysAreRefused() {
    assertTrue(errorAt(withProgram("'speculation': 'yes'"), "speculation").message()
        .contains("expected true, false or an object"));
    assertTrue(errorAt(withProgram("'speculation': {'multiplyer': 2}"), "speculation.multiplyer").message()
        .contains("multiplier"));
  }

  @Test
  void theRecordRefusesWhatTheJsonRefuses() {
    assertThrows(JobValidationException.class, () -> new Speculation(true, 0, 1.5, Duration.ZERO));
    assertThrows(JobValidationException.class, () -> new Speculation(true, 0.5, Double.NaN, Duration.ZERO));
  }
}
