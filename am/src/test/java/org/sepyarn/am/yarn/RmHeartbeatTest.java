package org.sepyarn.am.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class RmHeartbeatTest {
  private static Configuration with(String value) {
    Configuration conf = new Configuration(false);
    if (value != null) {
      conf.set(RmHeartbeat.KEY, value);
    }
    return conf;
  }

  @Test
  void aSecondUnlessTheClusterSetsIt() {
    assertEquals(1000, RmHeartbeat.intervalMillis(with(null)));
    assertEquals(1000, RmHeartbeat.intervalMillis(with(" ")));
    assertEquals(200, RmHeartbeat.intervalMillis(with(" 200 ")));
  }

  @Test
  void aValueThatIsNotAPositiveWholeNumberIsRefusedNamingTheKey() {
    for (String bad : new String[] {"0", "-5", "1s", "0.5"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> RmHeartbeat.intervalMillis(with(bad)));
      assertTrue(e.getMessage().contains(RmHeartbeat.KEY) && e.getMessage().contains(bad), e.getMessage());
    }
  }

  @Test
  void thePacingIsEagerAtTwoHundredMillisecondsUnlessTheClusterSetsItAndBadValuesAreRefused() {
    AllocationPacing pacing = RmHeartbeat.pacing(with(null));
    assertEquals(200, pacing.interval());
    assertEquals(1000, pacing.answered(false));
    Configuration conf = with("3000");
    conf.set(RmHeartbeat.EAGER_KEY, "500");
    pacing = RmHeartbeat.pacing(conf);
    assertEquals(500, pacing.interval());
    assertEquals(1000, pacing.answered(true));
    assertEquals(3000, pacing.answered(false));
    conf.set(RmHeartbeat.EAGER_KEY, "soon");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RmHeartbeat.pacing(conf));
    assertTrue(e.getMessage().contains(RmHeartbeat.EAGER_KEY) && e.getMessage().contains("soon"), e.getMessage());
  }
}
