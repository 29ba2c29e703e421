package org.sepyarn.runner.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether test processes still run. */
public final class ProcessChecks {
  private ProcessChecks() {
  }

  /**
   * Whether process {@code pid} still runs. A zombie has exited and only waits for its parent
   * (here often init, which may reap orphans lazily) to collect its status, so it does not count.
   */
  public static boolean isRunning(long pid) {
    if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException e) {
      // gone meanwhile, or no /proc: trust ProcessHandle
      return !Files.isDirectory(Path.of("/proc", "self")) && ProcessHandle.of(pid).isPresent();
    }
  }
}
