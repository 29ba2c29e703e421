package org.sepyarn.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.Run;
import org.sepyarn.client.TestDatasets;
import org.sepyarn.examples.Tools;
import org.sepyarn.formats.geometry.Hypercube;

/** sepyarn dottest: the example operator programs run as processes on files in a temporary folder. */
class DottestCommandTest {
  @TempDir
  Path dir;

  /** The JSON command list running example tool {@code name} in a new JVM. */
  private static String tool(String name) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = List.of(Tools.class, Hypercube.class).stream().map(DottestCommandTest::location)
        .collect(Collectors.joining(":"));
    return "[\"" + java + "\", \"-cp\", \"" + classPath + "\", \"" + Tools.class.getName() + "\", \"" + name + "\"]";
  }

  private static String location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Run dottest(String operator) {
    Path model = new TestDatasets(dir).ramp("m.H", 12, 3);
    Path file = dir.resolve("operator.json");
    TestDatasets.write(file, ("{'operator': " + operator + ", 'modelSpace': '" + model + "'}").replace('\'', '"'));
    return Run.local("dottest", file.toString());
  }

  @Test
  void theRoughenerPasses() {
    Run run = dottest("{'program': {'command': " + tool("roughen") + ", 'args': ['filter=1,-2,1']}}");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().matches("(?s)<Lm, d> = .*, <m, L'd> = .*, relative difference .*\npasses: the relative"
        + " difference must be at most 1.0E-5\n"), run.out());
  }

  @Test
  void aStackOfAScaledRoughenerAndAChainPasses() {
    String roughen = "{'program': {'command': " + tool("roughen") + "}}";
    Run run = dottest("{'stack': [{'scale': 0.5, 'operator': " + roughen + "}, {'chain': [" + roughen + ", "
        + roughen + "]}]}");
    assertEquals(0, run.exitCode(), run.toString());
  }

  @Test
  void aProgramWhoseAdjointIsNotItsTransposeFails() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = List.of(Tools.class, Hypercube.class).stream().map(DottestCommandTest::location)
        .collect(Collectors.joining(":"));
    Path script = dir.resolve("wrong-adjoint.sh");
    String run = "'" + java + "' -cp '" + classPath + "' " + Tools.class.getName() + " roughen \"$@\"";
    Files.writeString(script, "#!/bin/sh\ncase \"$*\" in\n  *adj=y*) exec " + run + " filter=1,1 ;;\n  *) exec " + run
        + " ;;\nesac\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Run result = dottest("{'program': {'command': ['" + script + "']}}");
    assertEquals(1, result.exitCode(), result.toString());
    assertTrue(result.out().contains("FAILS: the relative difference must be at most 1.0E-5"), result.out());
  }

  @Test
  void aProgramThatNeverSeesTheAdjointFlagFailsReadingItsMissingModel() {
    Run run = dottest("{'program': {'command': " + tool("roughen") + "}, 'conventions': {'adj': 'transpose'}}");
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.err().contains("exited with status 1"), run.err());
  }

  @Test
  void aFailingProgramExitsWith1AndShowsItsStderr() {
    Run run = dottest("{'program': {'command': " + tool("roughen") + ", 'args': ['filter=']}}");
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.err().contains("exited with status 1") && run.err().contains("filter"), run.err());
  }

  @Test
  void anInvalidOperatorFileExitsWith2AtItsFieldPath() {
    Run run = dottest("{'chain': [{'program': {'comand': ['x']}}, {'diagonal': 'w.H'}]}");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("operator.chain[0].program.comand: unknown key; did you mean \"command\"?"),
        run.err());
    assertTrue(run.err().contains("operator.chain[1].diagonal: \"w.H\" is a relative path"), run.err());
  }
}
