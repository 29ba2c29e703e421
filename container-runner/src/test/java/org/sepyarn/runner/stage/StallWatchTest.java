package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch with a hand-driven clock over a real folder. */
class StallWatchTest {
  private static final long LIMIT = 60_000;

  @TempDir
  Path tmp;

  private long now;
  private Path work;
  private File stderr;

  @BeforeEach
  void setUp() throws IOException {
    work = Files.createDirectories(tmp.resolve("work"));
    Files.writeString(work.resolve("in.H"), "n1=10\n");
    stderr = tmp.resolve("program.stderr").toFile();
    Files.writeString(stderr.toPath(), "");
  }

  private StallWatch watch() {
    return new StallWatch(List.of(work.toFile(), stderr), LIMIT, () -> now);
  }

  @Test
  void nothingChangingForTheWholeLimitIsAStall() {
    StallWatch watch = watch();
    now = LIMIT - 1;
    assertFalse(watch.stalled());
    now = LIMIT;
    assertTrue(watch.stalled());
    assertEquals(LIMIT, watch.quietMillis());
  }

  @Test
  void anyChangeInTheFolderOrItsSubfoldersStartsTheCountAgain() throws IOException {
    StallWatch watch = watch();
    now = 50_000;
    Files.writeString(work.resolve(".sepyarn-progress"), "progress=0.1\n");
    assertFalse(watch.stalled());
    now = 100_000;
    assertFalse(watch.stalled(), "the change was seen at 50 s");
    Path sub = Files.createDirectories(work.resolve("out.H@"));
    Files.writeString(sub.resolve("part"), "x");
    now = 109_999;
    assertFalse(watch.stalled());
    now = 169_998;
    assertFalse(watch.stalled(), "the new file was seen at 109.999 s at the latest");
    now = 180_000;
    assertTrue(watch.stalled());
  }

  @Test
  void aFileRewrittenToTheSameSizeCountsByItsModificationTime() throws IOException {
    Path progress = Files.writeString(work.resolve(".sepyarn-progress"), "progress=0.1\n");
    Files.setLastModifiedTime(progress, FileTime.fromMillis(1_000_000));
    StallWatch watch = watch();
    Files.writeString(progress, "progress=0.2\n");
    Files.setLastModifiedTime(progress, FileTime.fromMillis(2_000_000));
    now = LIMIT;
    assertFalse(watch.stalled());
  }

  @Test
  void aGrowingStderrIsASignOfLife() throws IOException {
    StallWatch watch = watch();
    now = LIMIT - 10;
    Files.writeString(stderr.toPath(), "shot 4\n", StandardOpenOption.APPEND);
    now = LIMIT;
    assertFalse(watch.stalled(), "looked once more before calling it a stall");
    now = 2 * LIMIT - 1;
    assertFalse(watch.stalled());
  }

  @Test
  void aWatchedFileThatDoesNotExistIsNoError() {
    StallWatch watch = new StallWatch(List.of(tmp.resolve("absent").toFile()), LIMIT, () -> now);
    now = LIMIT;
    assertTrue(watch.stalled());
  }

  @Test
  void theLimitMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new StallWatch(List.of(), 0, () -> now));
  }
}
