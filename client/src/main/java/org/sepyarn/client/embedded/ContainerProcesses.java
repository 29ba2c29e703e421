package org.sepyarn.client.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The processes of a dead embedded session's containers. A NodeManager's containers are processes
 * of their own (YARN's {@code DefaultContainerExecutor} starts each in a new session), so they
 * outlive a client killed with its in-process clusters: the ApplicationMaster goes on retrying
 * the vanished ResourceManager, the runners beating to it, the programs running. Each container's
 * process id is in the NodeManager's {@code nmPrivate/<application>/<container>/<container>.pid},
 * inside the session's folder. A process is taken for the container's only when it started before
 * its pid file was written ({@link RecordedProcess}).
 */
final class ContainerProcesses {
  private ContainerProcesses() {
  }

  /** Kills every live container process recorded under {@code folder} with its descendants; returns how many. */
  static int killUnder(Path folder) throws IOException {
    int killed = 0;
    for (Path pidFile : pidFiles(folder)) {
      Optional<ProcessHandle> process = containerProcess(pidFile);
      if (process.isPresent()) {
        RecordedProcess.kill(process.get());
        killed++;
      }
    }
    return killed;
  }

  /** The {@code <container>/<container>.pid} files under {@code folder}. */
  static List<Path> pidFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> {
        Path parent = p.getParent();
        String name = p.getFileName().toString();
        return parent != null && name.startsWith("container_") && name.equals(parent.getFileName() + ".pid")
            && Files.isRegularFile(p);
      }).toList();
    }
  }

  /** The live process {@code pidFile} names, if it is still the container's. */
  static Optional<ProcessHandle> containerProcess(Path pidFile) {
    return RecordedProcess.of(pidFile);
  }
}
