package org.sepyarn.examples.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamOriginTest {
  @TempDir
  Path dir;

  @Test
  void procLinkTargetsAreClassified() throws Exception {
    Path file = Files.createFile(dir.resolve("out.H"));
    assertEquals(StreamOrigin.Kind.PIPE, StreamOrigin.classify("pipe:[12345]").kind());
    assertEquals(StreamOrigin.Kind.PIPE, StreamOrigin.classify("socket:[77]").kind());
    assertEquals(StreamOrigin.Kind.TERMINAL, StreamOrigin.classify("/dev/pts/3").kind());
    assertEquals(StreamOrigin.Kind.UNKNOWN, StreamOrigin.classify("/dev/null").kind());
    assertEquals(StreamOrigin.Kind.UNKNOWN, StreamOrigin.classify(dir.resolve("gone.H") + " (deleted)").kind());
    assertEquals(Optional.of(file), StreamOrigin.classify(file.toString()).file());
  }

  @Test
  void aPlainStreamHasAnUnknownOriginAndADescribedOneItsOwn() {
    assertEquals(StreamOrigin.Kind.UNKNOWN, StreamOrigin.of(new ByteArrayOutputStream()).kind());
    assertEquals(StreamOrigin.Kind.PIPE,
        StreamOrigin.of(new DescribedOutputStream(new ByteArrayOutputStream(), StreamOrigin.pipe())).kind());
  }
}
