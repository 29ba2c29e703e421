package org.sepyarn.runner.stage;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Tells a stalled program from a working one, as SPM.Python's deadlock detection did: a program
 * that for the whole stall timeout has changed nothing it can be seen to change (its progress
 * file and outputs, which all live in its working folder, and its stdout and stderr) is taken as
 * hung or stopped. Looks at sizes and modification times, never at contents, every tenth of the
 * timeout (between 1 and 30 seconds) and once more before calling the program stalled, so a large
 * working folder costs little.
 */
final class StallWatch {
  static final long MIN_SCAN_MILLIS = 1_000;
  static final long MAX_SCAN_MILLIS = 30_000;

  private final List<File> watched;
  private final long limitMillis;
  private final long scanMillis;
  private final LongSupplier clockMillis;
  private String lastLook;
  private long lastChangeAt;
  private long lastScanAt;

  /**
   * @param watched files and folders (walked whole, links not followed) whose change shows life
   * @param limitMillis how long nothing may change, above 0
   * @param clockMillis a monotonic clock in milliseconds
   */
  StallWatch(List<File> watched, long limitMillis, LongSupplier clockMillis) {
    if (limitMillis <= 0) {
      throw new IllegalArgumentException("stall limit " + limitMillis + " ms must be above 0");
    }
    this.watched = List.copyOf(watched);
    this.limitMillis = limitMillis;
    this.scanMillis = Math.max(MIN_SCAN_MILLIS, Math.min(MAX_SCAN_MILLIS, limitMillis / 10));
    this.clockMillis = clockMillis;
    long now = clockMillis.getAsLong();
    this.lastLook = look();
    this.lastChangeAt = now;
    this.lastScanAt = now;
  }

  /**
   * Looks again when a look is due, and always before calling the program stalled; whether
   * nothing has changed for the whole limit.
   */
  boolean stalled() {
    long now = clockMillis.getAsLong();
    if (now - lastScanAt >= scanMillis || now - lastChangeAt >= limitMillis) {
      lastScanAt = now;
      String look = look();
      if (!look.equals(lastLook)) {
        lastLook = look;
        lastChangeAt = now;
      }
    }
    return now - lastChangeAt >= limitMillis;
  }

  /** How long nothing has changed, as of the last look. */
  long quietMillis() {
    return lastScanAt - lastChangeAt;
  }

  /** Every watched file's path, size and modification time, in a stable order. */
  private String look() {
    List<String> entries = new ArrayList<>();
    for (File f : watched) {
      try {
        Files.walkFileTree(f.toPath(), new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            entries.add(file + "\u0000" + a.size() + "\u0000" + a.lastModifiedTime().toMillis()
                + "\u0000" + a.lastModifiedTime().toInstant().getNano());
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // gone while walking, or unreadable: its absence is a change enough
          }
        });
      } catch (IOException e) {
        entries.add(f + "\u0000unreadable");
      }
    }
    Collections.sort(entries);
    return String.join("\n", entries);
  }
}
