package org.sepyarn.client.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.junit.jupiter.api.Test;

/** How {@link CommandRunner} runs commands as the user's identity, and what it does when the cluster refuses it. */
class CommandRunnerIdentityTest {
  private final List<String> said = new ArrayList<>();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8), false);

  /** A fake identity that records what the runner asked of it. */
  private final class RecordingIdentity implements CommandIdentity {
    private final String missing;

    RecordingIdentity(String missing) {
      this.missing = missing;
    }

    @Override
    public void check(CommandLine line) throws InvalidInputException {
      said.add("check");
      if (missing != null) {
        throw new InvalidInputException(missing);
      }
    }

    @Override
    public int runAs(Callable<Integer> command) throws Exception {
      said.add("runAs");
      return command.call();
    }

    @Override
    public Optional<String> explain(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t.getMessage().contains("GSS")) {
          return Optional.of("no Kerberos credentials: run kinit");
        }
      }
      return Optional.empty();
    }
  }

  private record FakeCommand(String name, boolean talksToCluster, Exception failure) implements Command {
    @Override
    public String arguments() {
      return "";
    }

    @Override
    public String summary() {
      return "a fake";
    }

    @Override
    public String description() {
      return "a fake";
    }

    @Override
    public Options options() {
      return new Options();
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
      if (failure != null) {
        throw failure;
      }
      return ExitCode.SUCCESS;
    }
  }

  private int run(CommandIdentity identity, Command command) {
    return new CommandRunner(List.of(command), identity).run(new String[] {command.name()}, console);
  }

  @Test
  void aCommandThatTalksToTheClusterIsCheckedThenRunAsTheUser() {
    assertEquals(ExitCode.SUCCESS, run(new RecordingIdentity(null), new FakeCommand("status", true, null)));
    assertEquals(List.of("check", "runAs"), said);
  }

  @Test
  void aLocalCommandIsNotCheckedButStillRunsAsTheUser() {
    assertEquals(ExitCode.SUCCESS, run(new RecordingIdentity(null), new FakeCommand("info", false, null)));
    assertEquals(List.of("runAs"), said);
  }

  @Test
  void aUserWithoutCredentialsIsStoppedWithExitTwoBeforeTheCommandRuns() {
    int code = run(new RecordingIdentity("no Kerberos credentials for alice: run kinit"),
        new FakeCommand("kill", true, new IllegalStateException("must not run")));
    assertEquals(ExitCode.INVALID_INPUT, code);
    assertEquals(List.of("check"), said);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("sepyarn kill: no Kerberos credentials for alice"));
  }

  @Test
  void aRefusalFoundOnlyWhenTheCommandTalksIsExplainedWithExitTwo() {
    int code = run(new RecordingIdentity(null), new FakeCommand("validate", false,
        new java.io.IOException("DestHost:destPort nn:8020", new java.io.IOException("GSS initiate failed"))));
    assertEquals(ExitCode.INVALID_INPUT, code);
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("sepyarn validate: no Kerberos credentials: run kinit"), text);
    assertFalse(text.contains("failed:"), text);
  }

  @Test
  void otherFailuresStayFailures() {
    assertEquals(ExitCode.JOB_FAILED, run(new RecordingIdentity(null), new FakeCommand("status", true,
        new java.io.IOException("connection refused"))));
  }

  @Test
  void aRefusedShutdownHookChangeAsTheProcessEndsIsNotReportedAsAFailure() {
    int code = run(new RecordingIdentity(null), new FakeCommand("submit", true, new java.io.IOException("stopping",
        new IllegalStateException("Shutdown in progress, cannot remove a shutdownHook"))));
    assertEquals(ExitCode.JOB_FAILED, code);
    assertEquals("", err.toString(StandardCharsets.UTF_8), "the farewell says what happens; nothing else is said");
  }
}
