package org.sepyarn.client.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A process id kept in a file, as YARN keeps a container's and an embedded session keeps each of
 * its NodeManagers'. The file is written after the process started, so a live process with that
 * id that started after the file was written is another one the system has since given the id
 * to, and is left alone.
 */
final class RecordedProcess {
  /** Slack between a process's recorded start and its pid file's time (clock granularity). */
  private static final Duration SLACK = Duration.ofSeconds(2);

  private RecordedProcess() {
  }

  /** Writes {@code process}'s id to {@code pidFile} (through a temporary file renamed into place). */
  static void record(Path pidFile, ProcessHandle process) throws IOException {
    Path partial = pidFile.resolveSibling(pidFile.getFileName() + ".tmp");
    Files.writeString(partial, process.pid() + "\n", StandardCharsets.US_ASCII);
    Files.move(partial, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The live process {@code pidFile} names, if it is still the one recorded. */
  static Optional<ProcessHandle> of(Path pidFile) {
    long pid;
    Instant written;
    try {
      pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
      written = Files.getLastModifiedTime(pidFile).toInstant();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(p -> p.info().startInstant().map(start -> !start.isAfter(written.plus(SLACK))).orElse(false));
  }

  /** Kills {@code process} and every process it started, children first. */
  static void kill(ProcessHandle process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
