package org.sepyarn.am.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShellQuotingTest {
  private static final List<String> NASTY = List.of("plain", "", " ", "two words", "  padded  ", "single'quote",
      "''", "'", "'\\''", "double\"quote", "both'\"", "$HOME", "${PATH}", "$(echo no)", "`echo no`", "a;b", "a|b",
      "a&b", "a&&b", "back\\slash", "\\", "\\'", "star*", "*", "?", "[a-z]", "~", "~root", "line\nbreak", "tab\there",
      "nön-ASCII ✓ 日本", "-n", "--", "#comment", "<in", ">out", "2>&1", "!bang", "{a,b}", "x=$y", "%s%d",
      "hdfs://nn:8020/user/me/.sepyarn/application_1_0001");

  @Test
  void aQuotedWordIsSingleQuotedWithEmbeddedQuotesSpelledOut() {
    assertEquals("'plain'", ShellQuoting.quote("plain"));
    assertEquals("''", ShellQuoting.quote(""));
    assertEquals("'it'\\''s'", ShellQuoting.quote("it's"));
  }

  @Test
  void everyQuotedWordReachesTheProgramUnchangedThroughShAndBash() throws Exception {
    for (String shell : List.of("/bin/sh", "/bin/bash")) {
      if (!Files.isExecutable(Path.of(shell))) {
        continue;
      }
      for (String word : NASTY) {
        assertEquals(word, printThrough(shell, ShellQuoting.quote(word)), "through " + shell + ": " + word);
      }
    }
  }

  @Test
  void quotedWordsStaySeparateWordsOnOneCommandLine() throws Exception {
    List<String> quoted = new ArrayList<>();
    for (String word : NASTY) {
      quoted.add(ShellQuoting.quote(word));
    }

    String printed = run("/bin/sh", "printf '%s\\0' " + String.join(" ", quoted));

    assertEquals(String.join("\0", NASTY) + "\0", printed);
  }

  private static String printThrough(String shell, String quoted) throws Exception {
    return run(shell, "printf %s " + quoted);
  }

  private static String run(String shell, String script) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(shell, "-c", script).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(10, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), new String(out, StandardCharsets.UTF_8));
    return new String(out, StandardCharsets.UTF_8);
  }
}
