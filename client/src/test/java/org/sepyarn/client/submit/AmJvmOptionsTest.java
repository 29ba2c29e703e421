package org.sepyarn.client.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.sepyarn.client.cli.InvalidInputException;

class AmJvmOptionsTest {
  private static Configuration with(String value) {
    Configuration conf = new Configuration(false);
    if (value != null) {
      conf.set(AmJvmOptions.KEY, value);
    }
    return conf;
  }

  @Test
  void noneUnlessSetAndThenEachInOrder() {
    assertEquals(List.of(), AmJvmOptions.of(with(null)));
    assertEquals(List.of(), AmJvmOptions.of(with("  ")));
    assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
        AmJvmOptions.of(with(" -XX:+UseSerialGC \t -XX:TieredStopAtLevel=1 ")));
  }

  @Test
  void aWordThatIsNotAnOptionIsRefusedNamingTheKeyAndTheWord() {
    for (String bad : new String[] {"UseSerialGC", "-Xss1m ; rm", "-"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AmJvmOptions.of(with(bad)));
      assertTrue(e.getMessage().startsWith(AmJvmOptions.KEY + "=" + bad + ": '"), e.getMessage());
    }
  }

  @Test
  void submitSettingsRefuseThemBeforeAnythingIsStaged() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SubmitSettings.from(with("-XX:+UseSerialGC serial")));
    assertTrue(e.getMessage().contains("'serial' is not a JVM option"), e.getMessage());
  }
}
