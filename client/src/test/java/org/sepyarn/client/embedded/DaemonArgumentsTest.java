package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaemonArgumentsTest {
  @Test
  void theArgumentsGoAndComeBackAsTheyWere() {
    DaemonArguments arguments = new DaemonArguments(Path.of("/d"), Path.of("/p"), 3, 4096,
        Map.of("yarn.nodemanager.delete.debug-delay-sec", "599", "yarn.a", "b=c"));
    assertEquals(arguments, DaemonArguments.parse(arguments.toList().toArray(new String[0])));
  }

  @Test
  void missingOrWrongArgumentsAreRefused() {
    String[][] wrong = {
        {"--dir", "/d", "--published", "/p", "--nodes", "2"},
        {"--dir", "/d", "--published", "/p", "--nodes", "0", "--memory", "4096"},
        {"--dir", "/d", "--published", "/p", "--nodes", "2", "--memory", "4096", "--set", "novalue"},
        {"--dir", "/d", "--published", "/p", "--nodes", "2", "--memory", "4096", "--what", "x"},
        {"--dir"},
    };
    for (String[] args : wrong) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DaemonArguments.parse(args),
          String.join(" ", args));
      assertTrue(!e.getMessage().isBlank());
    }
  }
}
