package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a NodeManager process tells a session closing it from a session that died. */
class NodeManagerMainTest {
  private static InputStream of(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aStreamThatEndsAfterTheStopLineIsAnOrderlyStop() {
    assertTrue(NodeManagerMain.stopAsked(of(NodeManagerMain.STOP + "\n")));
  }

  @Test
  void aStreamThatJustEndsIsASessionThatDied() {
    assertFalse(NodeManagerMain.stopAsked(of("")));
    assertFalse(NodeManagerMain.stopAsked(of("sto")));
  }
}
