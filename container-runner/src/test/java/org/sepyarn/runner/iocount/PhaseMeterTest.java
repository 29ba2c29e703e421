package org.sepyarn.runner.iocount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.spec.ByteCount;
import org.sepyarn.runner.spec.PhaseBytes;

/** Counts real I/O on Hadoop's raw local file system, whose scheme is {@code file}. */
class PhaseMeterTest {
  @TempDir
  java.nio.file.Path dir;

  private FileSystem raw() throws IOException {
    return FileSystem.getLocal(new Configuration()).getRawFileSystem();
  }

  private void write(Path path, int bytes) throws IOException {
    try (OutputStream out = raw().create(path, true)) {
      out.write(new byte[bytes]);
    }
  }

  private void read(Path path) throws IOException {
    try (InputStream in = raw().open(path)) {
      in.readAllBytes();
    }
  }

  @Test
  void eachPhaseGetsExactlyTheBytesMovedWhileItRan() throws IOException {
    PhaseMeter meter = new PhaseMeter(IoCounter.forSchemes(Set.of("file")));
    Path file = new Path(dir.resolve("data").toUri());

    meter.measure(PhaseBytes.COMMIT, () -> write(file, 10_000));
    write(file, 999);
    meter.measure(PhaseBytes.FETCH, () -> read(file));
    meter.measure(PhaseBytes.FETCH, () -> read(file));

    assertEquals(new ByteCount(0, 10_000), meter.counted().phase(PhaseBytes.COMMIT));
    assertEquals(new ByteCount(2 * 999, 0), meter.counted().phase(PhaseBytes.FETCH));
  }

  @Test
  void aFailedPhaseKeepsWhatItMoved() throws IOException {
    PhaseMeter meter = new PhaseMeter(IoCounter.forSchemes(Set.of("file")));
    Path file = new Path(dir.resolve("data").toUri());

    assertThrows(IOException.class, () -> meter.measure(PhaseBytes.COMMIT, () -> {
      write(file, 300);
      throw new IOException("the rename failed");
    }));

    assertEquals(new ByteCount(0, 300), meter.counted().phase(PhaseBytes.COMMIT));
  }

  @Test
  void otherSchemesAreNotCounted() throws IOException {
    PhaseMeter meter = new PhaseMeter(IoCounter.forSchemes(Set.of("hdfs")));
    Path file = new Path(dir.resolve("data").toUri());

    meter.measure(PhaseBytes.COMMIT, () -> write(file, 5000));

    assertEquals(ByteCount.NONE, meter.counted().phase(PhaseBytes.COMMIT));
    assertTrue(Files.size(dir.resolve("data")) == 5000);
  }
}
