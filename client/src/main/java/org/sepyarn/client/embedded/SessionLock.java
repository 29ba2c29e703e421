package org.sepyarn.client.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Marks an embedded session's folder as in use for as long as its process lives: a lock held on
 * {@value #LOCK} (the operating system releases it when the process ends, even by SIGKILL) and the
 * process id in {@value #PID}. A folder whose lock can be taken and whose process is gone belongs
 * to a dead session ({@link #ifDead}); a folder with neither file is not a session's to judge
 * (a session still starting, a folder kept on purpose, one of an older sepyarn).
 */
final class SessionLock implements AutoCloseable {
  static final String LOCK = "session.lock";
  static final String PID = "session.pid";

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;

  private SessionLock(Path folder, FileChannel channel, FileLock lock) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of a fresh session's {@code folder} for this process, then records its id. */
  static SessionLock hold(Path folder) throws IOException {
    FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new IOException("another process holds " + folder.resolve(LOCK));
      }
      Files.writeString(folder.resolve(PID), ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
      return new SessionLock(folder, channel, lock);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * The lock of a dead session's {@code folder}, held by this process until closed, or empty when
   * the folder's session lives, is starting, or was not a session's.
   */
  static Optional<SessionLock> ifDead(Path folder) throws IOException {
    Path lockFile = folder.resolve(LOCK);
    if (!Files.isRegularFile(lockFile)) {
      return Optional.empty();
    }
    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
    boolean dead = false;
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        return Optional.empty();
      }
      if (lock == null) {
        return Optional.empty();
      }
      OptionalLong pid = recordedPid(folder);
      dead = pid.isPresent() && ProcessHandle.of(pid.getAsLong()).map(p -> !p.isAlive()).orElse(true);
      if (!dead) {
        lock.release();
        return Optional.empty();
      }
      return Optional.of(new SessionLock(folder, channel, lock));
    } finally {
      if (!dead) {
        channel.close();
      }
    }
  }

  /** The process id the session recorded; empty while it starts. */
  static OptionalLong recordedPid(Path folder) {
    try {
      return OptionalLong.of(Long.parseLong(Files.readString(folder.resolve(PID), StandardCharsets.US_ASCII).trim()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Gives the folder up on purpose: the lock and pid files go, so no later session takes the
   * folder (kept for its logs) for a dead one's.
   */
  void release() throws IOException {
    close();
    Files.deleteIfExists(folder.resolve(PID));
    Files.deleteIfExists(folder.resolve(LOCK));
  }

  @Override
  public void close() throws IOException {
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } finally {
      channel.close();
    }
  }
}
