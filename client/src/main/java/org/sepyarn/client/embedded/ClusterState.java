package org.sepyarn.client.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * What a standing embedded cluster ({@link EmbeddedClusterDaemon}) tells the commands of other
 * shells, in {@value #FILE} of the published folder ({@link PublishedConfiguration}): its
 * process, when that process started (so a process id the system gave to another process since is
 * not taken for the daemon), its folder and its addresses. The daemon writes it once the clusters
 * answer and removes it when it stops; a daemon killed outright leaves it behind, stale
 * ({@link #isLive}).
 *
 * @param pid the daemon's process id
 * @param started when the daemon's process started, as the system says; empty when it could not say
 * @param folder the daemon's folder: its clusters' state and {@value EmbeddedClusterDaemon#LOG}
 * @param resourceManagerWeb the ResourceManager's web address, {@code host:port}
 * @param resourceManager the ResourceManager's client address, {@code host:port}
 * @param fileSystem the HDFS URI, {@code hdfs://host:port}
 * @param confFolder the folder of the clusters' {@code core-site.xml} and {@code yarn-site.xml}
 * @param nodes how many NodeManagers run
 */
public record ClusterState(long pid, Optional<Instant> started, Path folder, String resourceManagerWeb,
    String resourceManager, String fileSystem, Path confFolder, int nodes) {
  /** The state file's name in the published folder. */
  public static final String FILE = "cluster.state";

  /** Tells when a process started, or empty when no such process lives. */
  @FunctionalInterface
  public interface Processes {
    /**
     * @return empty when no process {@code pid} lives; otherwise its start, itself empty when unknown
     */
    Optional<Optional<Instant>> startOf(long pid);

    /** This machine's processes. */
    static Processes ofSystem() {
      return pid -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> p.info().startInstant());
    }
  }

  /**
   * Whether the daemon this state names still runs: its process lives and, when both are known,
   * started when the daemon's did. A process with the same id that started at another time is
   * one the system gave the id to after the daemon died.
   */
  public boolean isLive(Processes processes) {
    Optional<Optional<Instant>> start = processes.startOf(pid);
    if (start.isEmpty()) {
      return false;
    }
    return started.isEmpty() || start.get().isEmpty() || started.equals(start.get());
  }

  /** The state as the text of {@value #FILE}. */
  String text() {
    Properties p = new Properties();
    p.setProperty("pid", Long.toString(pid));
    started.ifPresent(s -> p.setProperty("started", s.toString()));
    p.setProperty("folder", folder.toString());
    p.setProperty("resourceManagerWeb", resourceManagerWeb);
    p.setProperty("resourceManager", resourceManager);
    p.setProperty("fileSystem", fileSystem);
    p.setProperty("confFolder", confFolder.toString());
    p.setProperty("nodes", Integer.toString(nodes));
    StringWriter out = new StringWriter();
    try {
      p.store(out, "a standing embedded cluster of sepyarn (sepyarn cluster status)");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Parses the text of {@value #FILE}; {@code source} names it in the error. */
  static ClusterState parse(String text, String source) throws IOException {
    Properties p = new Properties();
    try (Reader in = new StringReader(text)) {
      p.load(in);
    }
    try {
      Optional<Instant> started = Optional.ofNullable(p.getProperty("started")).map(Instant::parse);
      return new ClusterState(Long.parseLong(required(p, "pid", source)), started,
          Path.of(required(p, "folder", source)), required(p, "resourceManagerWeb", source),
          required(p, "resourceManager", source), required(p, "fileSystem", source),
          Path.of(required(p, "confFolder", source)), Integer.parseInt(required(p, "nodes", source)));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IOException(source + " is not a cluster state file (" + e.getMessage() + "); remove it", e);
    }
  }

  private static String required(Properties p, String key, String source) throws IOException {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IOException(source + " has no " + key + "; it is not a complete cluster state file, remove it");
    }
    return value.trim();
  }

  /** Writes the state to {@value #FILE} in {@code folder}, through a temporary file renamed into place. */
  void write(Path folder) throws IOException {
    Path partial = folder.resolve(FILE + ".tmp");
    Files.writeString(partial, text(), StandardCharsets.UTF_8);
    Files.move(partial, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The state in {@code folder}, or empty when there is none. */
  public static Optional<ClusterState> read(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    try {
      return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Removes the state file of {@code folder}, if any. */
  static void remove(Path folder) throws IOException {
    Files.deleteIfExists(folder.resolve(FILE));
  }
}
