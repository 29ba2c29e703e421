package org.sepyarn.client.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ExitNoiseTest {
  @Test
  void theJvmRefusingAShutdownHookChangeIsNoiseAndNothingElse() {
    assertTrue(ExitNoise.isShutdownNoise(new IllegalStateException("Shutdown in progress, cannot remove a shutdownHook")));
    assertTrue(ExitNoise.isShutdownNoise(new RuntimeException("stop", new IllegalStateException("Shutdown in progress"))));
    assertFalse(ExitNoise.isShutdownNoise(new IllegalStateException("other")));
    assertFalse(ExitNoise.isShutdownNoise(new IOException("Shutdown in progress")));
    assertFalse(ExitNoise.isShutdownNoise(new IllegalStateException()));
  }

  @Test
  void aRunningJvmHasNotBegunItsShutdown() {
    assertFalse(ExitNoise.shutdownBegan());
    assertFalse(ExitNoise.shutdownBegan(), "the probe leaves no hook behind");
  }
}
