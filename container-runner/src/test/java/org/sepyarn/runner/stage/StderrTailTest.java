package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StderrTailTest {
  @TempDir
  Path tmp;

  private File file(String text) throws IOException {
    return Files.writeString(tmp.resolve("program.stderr"), text, StandardCharsets.UTF_8).toFile();
  }

  private static String lines(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
  }

  @Test
  void theLastLinesAreKeptAndTrailingBlankLinesDropped() throws IOException {
    assertEquals(lines(8, 10), StderrTail.of(file(lines(1, 10) + "\n\n"), 3));
  }

  @Test
  void aShortFileIsReturnedWhole() throws IOException {
    assertEquals("only line", StderrTail.of(file("only line\n"), 20));
    assertEquals(lines(1, 5), StderrTail.of(file(lines(1, 5)), 20));
  }

  @Test
  void aMissingOrEmptyFileGivesAnEmptyTail() throws IOException {
    assertEquals("", StderrTail.of(tmp.resolve("absent").toFile(), 20));
    assertEquals("", StderrTail.of(file(""), 20));
  }

  @Test
  void aBigFileGivesItsLastLinesWithoutReadingItAll() throws IOException {
    File big = file(lines(1, 200_000) + "\n");

    assertEquals(lines(199_981, 200_000), StderrTail.of(big, 20));
  }

  @Test
  void whenTheLastFourKilobytesHoldFewerLinesThanAskedTheCutLineIsLeftOut() throws IOException {
    List<String> longLines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      longLines.add(i + ":" + "x".repeat(998));
    }

    String tail = StderrTail.of(file(String.join("\n", longLines) + "\n"), 20);

    assertEquals(String.join("\n", longLines.subList(6, 10)), tail);
    assertTrue(tail.length() <= 4096);
  }

  @Test
  void multiByteCharactersSurviveTheCut() throws IOException {
    String text = "é".repeat(5000) + "\nlast: ✓ naïve\n";

    assertEquals("last: ✓ naïve", StderrTail.of(file(text), 1));
  }
}
