package org.sepyarn.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The jars a real cluster's Hadoop installation offers to containers and to {@code yarn jar}:
 * Hadoop and its libraries without any of sepyarn's own classes, listed by the build in the file
 * the system property {@value #FILE_PROPERTY} names. Giving the tests' NodeManagers this classpath
 * and no more proves that {@code sepyarn.jar} brings everything else it needs.
 */
final class HadoopClasspath {
  static final String FILE_PROPERTY = "hadoop.classpath.file";

  private HadoopClasspath() {
  }

  static List<String> entries() {
    String file = System.getProperty(FILE_PROPERTY);
    if (file == null) {
      throw new IllegalStateException("the system property " + FILE_PROPERTY + " is not set: run the integration"
          + " tests through Maven (mvn verify), which lists Hadoop's classpath in src-test/target");
    }
    try {
      String text = Files.readString(new File(file).toPath()).strip();
      List<String> entries = List.of(text.split(File.pathSeparator));
      if (entries.stream().anyMatch(e -> new File(e).getName().startsWith("sepyarn-"))) {
        throw new IllegalStateException(file + " lists sepyarn's own jars; it must list Hadoop alone");
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Hadoop's classpath from " + file, e);
    }
  }

  /**
   * {@code yarn jar sepyarn.jar ARGS} as a user runs it at a shell on a cluster node: Hadoop's
   * {@code RunJar} in a JVM of its own whose classpath is {@code configurationFolder} (the
   * cluster's {@code HADOOP_CONF_DIR}) and Hadoop alone, with {@code jvmOptions} before it.
   */
  static ProcessBuilder yarnJar(File configurationFolder, List<String> jvmOptions, String... args) {
    List<String> classpath = new java.util.ArrayList<>(List.of(configurationFolder.getAbsolutePath()));
    classpath.addAll(entries());
    List<String> command = new java.util.ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java")
        .getPath()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), "org.apache.hadoop.util.RunJar",
        System.getProperty("sepyarn.jar")));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
