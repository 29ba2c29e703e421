package org.sepyarn.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.Tools;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * {@code java -jar sepyarn.jar tool ...} runs in task containers, where Hadoop is not on the
 * classpath: the tool path must not load a single Hadoop class.
 */
class ToolPathTest {
  @TempDir
  Path dir;

  private record Result(int exit, String out) {
  }

  private static String location(Class<?> c) throws Exception {
    return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private Result java(List<String> classpath, boolean verbose, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        verbose ? "-verbose:class" : "-Xshare:auto", "-cp", String.join(File.pathSeparator, classpath),
        SepyarnMain.class.getName()));
    command.addAll(List.of(args));
    Path output = dir.resolve("output.txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the tool ends");
    return new Result(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }

  /** sepyarn's own classes only, as in a container: the client, the example tools and the formats. */
  private static List<String> withoutHadoop() throws Exception {
    return List.of(location(SepyarnMain.class), location(Tools.class), location(Hypercube.class));
  }

  @Test
  void theToolPathRunsWithoutHadoopOnTheClasspath() throws Exception {
    Result r = java(withoutHadoop(), false, "tool", "--help");
    assertFalse(r.out().contains("NoClassDefFoundError") || r.out().contains("ClassNotFoundException"), r.out());
    assertEquals(0, r.exit(), r.out());
  }

  @Test
  void theToolPathLoadsNoHadoopClassEvenWhenHadoopIsThere() throws Exception {
    List<String> classpath = new ArrayList<>(withoutHadoop());
    classpath.add(location(Configuration.class));
    Result r = java(classpath, true, "tool", "--help");
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("[class,load] org.sepyarn.client.SepyarnMain"), "the log shows class loading");
    List<String> hadoop = r.out().lines().filter(l -> l.contains("org.apache.hadoop")).toList();
    assertEquals(List.of(), hadoop);
  }

  @Test
  void theCommandPathNeedsHadoopAndSaysSoWithoutIt() throws Exception {
    Result r = java(withoutHadoop(), false, "validate", "job.json");
    assertTrue(r.out().contains("org/apache/hadoop"), "the other commands do load Hadoop:\n" + r.out());
  }
}
