package org.sepyarn.client.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogDumpTest {
  /** A NodeManager's answer, as Hadoop 3.5's LogToolUtils formats it. */
  static String dump(String fileName, String contents) {
    String container = "Container: container_1_0001_01_000002 on host1:45454";
    return container + "\nLogAggregationType: LOCAL\n" + "=".repeat(container.length()) + "\nLogType:" + fileName
        + "\nLogLastModifiedTime:Mon Nov 23 14:20:31 +0000 2026\nLogLength:"
        + contents.getBytes(StandardCharsets.UTF_8).length + "\nLogContents:\n" + contents + "\nEnd of LogType:"
        + fileName + ".This log file belongs to a running container (container_1_0001_01_000002) and so may not be"
        + " complete.\n" + "*".repeat(80) + "\n\n";
  }

  private static Optional<String> contents(String dump, String fileName) {
    return LogDump.contents(dump.getBytes(StandardCharsets.UTF_8), fileName)
        .map(b -> new String(b, StandardCharsets.UTF_8));
  }

  @Test
  void theFileIsExactlyTheBytesItsHeaderCounts() {
    assertEquals(Optional.of("line one\nline two\n"), contents(dump("program.stderr", "line one\nline two\n"),
        "program.stderr"));
  }

  @Test
  void anEmptyFileIsEmptyNotMissing() {
    assertEquals(Optional.of(""), contents(dump("program.stderr", ""), "program.stderr"));
  }

  @Test
  void multiByteCharactersAreCountedAsBytes() {
    assertEquals(Optional.of("Überlauf bei Spur 3 – abgebrochen\n"),
        contents(dump("program.stderr", "Überlauf bei Spur 3 – abgebrochen\n"), "program.stderr"));
  }

  @Test
  void aFileThatQuotesAHeaderIsStillCutAtItsOwnLength() {
    String tricky = "LogType:program.stderr\nLogLength:999\nLogContents:\n";
    assertEquals(Optional.of(tricky), contents(dump("program.stderr", tricky), "program.stderr"));
  }

  @Test
  void theRightFileIsPickedFromSeveral() {
    String both = dump("runner.stderr", "runner says\n") + dump("program.stderr", "program says\n");
    assertEquals(Optional.of("program says\n"), contents(both, "program.stderr"));
    assertEquals(Optional.of("runner says\n"), contents(both, "runner.stderr"));
  }

  @Test
  void anotherFileOrATruncatedDumpGivesNothing() {
    assertEquals(Optional.empty(), contents(dump("syslog", "x"), "program.stderr"));
    String whole = dump("program.stderr", "0123456789");
    assertEquals(Optional.empty(), contents(whole.substring(0, whole.indexOf("0123") + 4), "program.stderr"));
    assertTrue(contents("LogType:program.stderr\nLogLength:ten\nLogContents:\nabc", "program.stderr").isEmpty());
  }
}
