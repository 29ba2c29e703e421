package org.sepyarn.am.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeytabTokenRenewalTest {
  @Test
  void newTokensComeAtThreeQuartersOfTheTimeLeft() {
    assertEquals(Duration.ofHours(18), KeytabTokenRenewal.waitBefore(Duration.ofHours(24).toMillis(), 0));
    assertEquals(Duration.ofMillis(22_500), KeytabTokenRenewal.waitBefore(1_030_000, 1_000_000));
  }

  @Test
  void neverSoonerThanTheLeastWaitEvenForTokensAboutToExpireOrExpired() {
    assertEquals(KeytabTokenRenewal.MIN_WAIT, KeytabTokenRenewal.waitBefore(1_001_000, 1_000_000));
    assertEquals(KeytabTokenRenewal.MIN_WAIT, KeytabTokenRenewal.waitBefore(900_000, 1_000_000));
  }
}
