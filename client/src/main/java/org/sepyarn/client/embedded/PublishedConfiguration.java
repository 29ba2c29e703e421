package org.sepyarn.client.embedded;

import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;

/**
 * The configuration of a running embedded session, published at a well-known place of this user
 * ({@value #DEFAULT_FOLDER} under the home folder, or {@value #FOLDER_KEY}) so that commands from
 * another shell reach its clusters without flags ({@link PublishedLookup}). One session publishes
 * at a time: the folder holds a {@link SessionLock} for as long as its process lives, and a later
 * session finds it held and publishes nothing. Closing removes the files; a session killed outright
 * leaves them, with a process id that no longer lives, so lookups ignore them and the next session
 * replaces them.
 */
public final class PublishedConfiguration implements AutoCloseable {
  /** Where the published folder is, when not in {@value #DEFAULT_FOLDER} of the home folder. */
  public static final String FOLDER_KEY = "sepyarn.embedded.published";
  static final String DEFAULT_FOLDER = ".sepyarn/embedded";
  static final String CONF = "conf";
  static final List<String> FILES = List.of("core-site.xml", "yarn-site.xml");

  private final Path folder;
  private final SessionLock lock;

  private PublishedConfiguration(Path folder, SessionLock lock) {
    this.folder = folder;
    this.lock = lock;
  }

  /** The published folder for {@code conf}: {@value #FOLDER_KEY}, or {@value #DEFAULT_FOLDER} of {@code home}. */
  public static Path folder(Configuration conf, Path home) {
    String set = conf.getTrimmed(FOLDER_KEY, "");
    return set.isEmpty() ? home.resolve(DEFAULT_FOLDER) : Path.of(set);
  }

  /** The folder holding the published {@code core-site.xml} and {@code yarn-site.xml}. */
  public static Path confFolder(Path folder) {
    return folder.resolve(CONF);
  }

  /**
   * Copies the files of {@code confDir} into {@code folder}'s {@value #CONF}, or returns the
   * process id of the living session that already publishes there.
   */
  static Outcome publish(Path folder, Path confDir) throws IOException {
    Files.createDirectories(folder);
    SessionLock lock;
    try {
      lock = SessionLock.hold(folder);
    } catch (IOException | OverlappingFileLockException held) {
      return new Outcome(Optional.empty(), SessionLock.recordedPid(folder));
    }
    try {
      Path target = confFolder(folder);
      Files.createDirectories(target);
      for (String name : FILES) {
        Path tmp = target.resolve(name + ".tmp");
        Files.copy(confDir.resolve(name), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      return new Outcome(Optional.of(new PublishedConfiguration(folder, lock)), OptionalLong.empty());
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * What {@link #publish} did.
   *
   * @param published the publication, to close when the session ends; empty when another session holds the folder
   * @param holder the process id of that other session, when it could be read
   */
  record Outcome(Optional<PublishedConfiguration> published, OptionalLong holder) {
  }

  public Path confFolder() {
    return confFolder(folder);
  }

  /** Removes the published files, then gives the folder up. */
  @Override
  public void close() throws IOException {
    try {
      for (String name : FILES) {
        Files.deleteIfExists(confFolder().resolve(name));
      }
      Files.deleteIfExists(confFolder());
    } finally {
      lock.release();
    }
  }
}
