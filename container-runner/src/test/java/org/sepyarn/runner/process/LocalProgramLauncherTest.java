package org.sepyarn.runner.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalProgramLauncherTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  Path dir;

  private final LocalProgramLauncher launcher = new LocalProgramLauncher();

  private ProgramCommand command(List<String> argv, Map<String, String> env, File stdin) {
    return new ProgramCommand(argv, dir.toFile(), env, stdin, dir.resolve("out").toFile(),
        dir.resolve("err").toFile());
  }

  private static List<String> sh(String script, String... args) {
    List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", script, "sh"));
    argv.addAll(List.of(args));
    return argv;
  }

  private int run(ProgramCommand command) throws Exception {
    OptionalInt exit = launcher.launch(command).waitFor(WAIT);
    assertTrue(exit.isPresent(), "the program did not end within " + WAIT);
    return exit.getAsInt();
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void everyArgumentReachesTheProgramByteForByte() throws Exception {
    String[] nasty = {"plain", "two words", "  padded  ", "double\"quote", "single'quote", "both'\"quotes",
        "$HOME", "${PATH}", "$(echo no)", "`echo no`", "a;b", "a|b", "a&b", "a&&b", "back\\slash", "\\",
        "star*", "*", "?", "[a-z]", "~", "line\nbreak", "tab\there", "nön-ASCII ✓ 日本", "", "-n", "--", "#comment",
        "<in", ">out", "2>&1", "!bang", "{a,b}", "x=$y"};

    int exit = run(command(sh("printf '%s\\0' \"$@\" > args", nasty), Map.of(), null));

    assertEquals(0, exit);
    byte[] bytes = Files.readAllBytes(dir.resolve("args"));
    List<String> received = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        received.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    assertEquals(List.of(nasty), received);
  }

  @Test
  void standardInputComesFromTheGivenFileAndOutputAndErrorGoToTheirFiles() throws Exception {
    Path in = Files.writeString(dir.resolve("in"), "header line\nsecond line\n");

    int exit = run(command(sh("cat; echo oops >&2"), Map.of(), in.toFile()));

    assertEquals(0, exit);
    assertEquals("header line\nsecond line\n", read("out"));
    assertEquals("oops\n", read("err"));
  }

  @Test
  void withoutAStdinFileTheProgramReadsAnEmptyInput() throws Exception {
    int exit = run(command(sh("wc -c"), Map.of(), null));

    assertEquals(0, exit);
    assertEquals("0", read("out").strip());
  }

  @Test
  void theProgramRunsInTheWorkingFolder() throws Exception {
    run(command(List.of("/bin/pwd", "-P"), Map.of(), null));

    assertEquals(dir.toRealPath().toString(), read("out").strip());
  }

  @Test
  void extraEnvironmentIsAddedToTheInheritedOne() throws Exception {
    int exit = run(command(sh("printf '%s|%s' \"$SEPYARN_TEST_VALUE\" \"$PATH\""),
        Map.of("SEPYARN_TEST_VALUE", "a b;$c ✓"), null));

    assertEquals(0, exit);
    assertEquals("a b;$c ✓|" + System.getenv("PATH"), read("out"));
  }

  @Test
  void theExitCodeIsTheProgramsOwn() throws Exception {
    assertEquals(0, run(command(List.of("/bin/true"), Map.of(), null)));
    assertEquals(1, run(command(List.of("/bin/false"), Map.of(), null)));
    assertEquals(42, run(command(sh("exit 42"), Map.of(), null)));
  }

  @Test
  void aProgramKilledByASignalEndsWithOneHundredTwentyEightPlusTheSignal() throws Exception {
    assertEquals(128 + 9, run(command(sh("kill -9 $$"), Map.of(), null)));
  }

  @Test
  void waitingForARunningProgramGivesNothingAfterTheTimeout() throws Exception {
    RunningProgram program = launcher.launch(command(List.of("/bin/sleep", "1000"), Map.of(), null));
    try {
      assertEquals(OptionalInt.empty(), program.waitFor(Duration.ofMillis(50)));
      assertTrue(program.isAlive());
    } finally {
      program.killTree();
    }
    assertFalse(program.isAlive());
  }

  @Test
  void killingTheTreeKillsTheProgramAndEveryProcessItStarted() throws Exception {
    String script = "sleep 1000 & echo $! >> pids; "
        + "sh -c 'sleep 1000 & echo $! >> pids; wait' & echo $! >> pids; "
        + "echo $$ >> pids; wait";
    RunningProgram program = launcher.launch(command(sh(script), Map.of(), null));
    List<Long> pids = awaitPids(4);
    pids.forEach(pid -> assertTrue(ProcessChecks.isRunning(pid), "process " + pid + " should run before the kill"));

    program.killTree();

    assertFalse(program.isAlive());
    List<Long> survivors = pids.stream().filter(ProcessChecks::isRunning).toList();
    assertEquals(List.of(), survivors, "processes of the tree still alive");
  }

  @Test
  void processesThatIgnoreTerminationAreKilledForciblyAfterTheGracePeriod() throws Exception {
    String script = "trap '' TERM; sleep 1000 & echo $! >> pids; echo $$ >> pids; wait; wait";
    RunningProgram program = launcher.launch(command(sh(script), Map.of(), null));
    List<Long> pids = awaitPids(2);

    program.killTree();

    List<Long> survivors = pids.stream().filter(ProcessChecks::isRunning).toList();
    assertEquals(List.of(), survivors, "processes of the tree still alive");
  }

  @Test
  void aProgramThatCannotStartIsReportedWithItsNameAndFolder() {
    IOException e = assertThrows(IOException.class,
        () -> launcher.launch(command(List.of("/no/such/program"), Map.of(), null)));

    assertTrue(e.getMessage().startsWith("cannot start /no/such/program in " + dir), e.getMessage());
  }

  @Test
  void argumentsThatTheLocalesEncodingCannotHoldAreRefusedRatherThanMangled() {
    ProgramCommand accented = command(List.of("/bin/echo", "plain", "café"), Map.of(), null);
    ProgramCommand accentedEnv = command(List.of("/bin/echo"), Map.of("TITLE", "naïve"), null);

    IOException arg = assertThrows(IOException.class,
        () -> LocalProgramLauncher.checkEncodable(accented, StandardCharsets.US_ASCII));
    IOException env = assertThrows(IOException.class,
        () -> LocalProgramLauncher.checkEncodable(accentedEnv, StandardCharsets.US_ASCII));

    assertTrue(arg.getMessage().startsWith("cannot start /bin/echo: its argument 2 (\"café\") holds characters "
        + "that this JVM, whose locale encodes program arguments as US-ASCII, would replace with '?'"),
        arg.getMessage());
    assertTrue(arg.getMessage().contains("LANG=C.UTF-8"), arg.getMessage());
    assertTrue(env.getMessage().contains("its environment variable TITLE holds characters"), env.getMessage());
  }

  @Test
  void argumentsTheLocalesEncodingCanHoldPass() throws IOException {
    LocalProgramLauncher.checkEncodable(command(List.of("/bin/echo", "a b", "$x"), Map.of("A", "1"), null),
        StandardCharsets.US_ASCII);
    LocalProgramLauncher.checkEncodable(command(List.of("/bin/echo", "café ✓"), Map.of("A", "日本"), null),
        StandardCharsets.UTF_8);
  }

  private List<Long> awaitPids(int count) throws Exception {
    Path file = dir.resolve("pids");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        if (lines.size() >= count) {
          return lines.stream().map(l -> Long.parseLong(l.strip())).toList();
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the program did not write " + count + " process ids within " + WAIT);
  }
}
