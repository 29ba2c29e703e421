package org.sepyarn.client.embedded;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;

/**
 * A NodeManager of an embedded cluster running in a JVM of its own ({@link NodeManagerMain}),
 * seen from the session that started it. Its folder holds its configuration, its log (the JVM's
 * output), its process id ({@value #PID_FILE}, for {@link DeadSessions}) and the node's local and
 * log folders, with its containers' pid files.
 */
final class NodeManagerProcess {
  static final String PID_FILE = "nodemanager.pid";
  static final String LOG_FILE = "nodemanager.log";
  static final String CONF_FILE = "nodemanager-site.xml";
  /** Java's options file ({@code java @FILE}): the class path may be longer than one argument may be. */
  static final String ARGUMENTS_FILE = "java.args";
  static final String LOG4J = "sepyarn-nodemanager-log4j.properties";
  /** Enough for a NodeManager; its containers are processes of their own. */
  static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private final File folder;
  private final Process process;

  private NodeManagerProcess(File folder, Process process) {
    this.folder = folder;
    this.process = process;
  }

  /**
   * Starts a NodeManager with {@code conf} in {@code folder}, on {@code classpath} (this JVM's),
   * and records its process id.
   */
  static NodeManagerProcess start(File folder, Configuration conf, List<String> classpath) throws IOException {
    if (!folder.isDirectory() && !folder.mkdirs()) {
      throw new IOException("cannot create " + folder);
    }
    File confFile = new File(folder, CONF_FILE);
    File partial = new File(folder, CONF_FILE + ".tmp");
    try (OutputStream out = new java.io.FileOutputStream(partial)) {
      conf.writeXml(out);
    }
    Files.move(partial.toPath(), confFile.toPath(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    Path arguments = folder.toPath().resolve(ARGUMENTS_FILE);
    Files.writeString(arguments, "-cp " + quoted(String.join(File.pathSeparator, withThisClass(classpath))) + "\n",
        StandardCharsets.UTF_8);

    ProcessBuilder builder = new ProcessBuilder(command(confFile, arguments))
        .directory(folder)
        .redirectErrorStream(true)
        .redirectOutput(new File(folder, LOG_FILE));
    Process process = builder.start();
    RecordedProcess.record(folder.toPath().resolve(PID_FILE), process.toHandle());
    return new NodeManagerProcess(folder, process);
  }

  private static List<String> command(File confFile, Path arguments) {
    List<String> command = new ArrayList<>();
    command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
    command.addAll(JVM_OPTIONS);
    command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    command.add("-Dlog4j.configuration=" + LOG4J);
    command.add("@" + arguments);
    command.add(NodeManagerMain.class.getName());
    command.add(confFile.getAbsolutePath());
    return command;
  }

  /**
   * {@code classpath} with the jar or folder {@link NodeManagerMain} comes from, when it is not on
   * it: a JVM started by Hadoop's {@code RunJar} loads sepyarn's jar besides its class path.
   */
  static List<String> withThisClass(List<String> classpath) {
    java.security.CodeSource source = NodeManagerMain.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return classpath;
    }
    String own;
    try {
      own = new File(source.getLocation().toURI()).getPath();
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return classpath;
    }
    boolean listed = classpath.stream().anyMatch(entry -> new File(entry).getAbsoluteFile().equals(new File(own)));
    if (listed) {
      return classpath;
    }
    List<String> with = new ArrayList<>(classpath);
    with.add(own);
    return with;
  }

  /** {@code value} as one argument of a Java options file: in double quotes, with {@code \} and {@code "} escaped. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  File folder() {
    return folder;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** How the process ended, with the end of its log, for a NodeManager that stopped on its own. */
  String ending() {
    StringBuilder text = new StringBuilder("the NodeManager process " + process.pid());
    text.append(process.isAlive() ? " runs" : " ended with exit code " + process.exitValue());
    File log = new File(folder, LOG_FILE);
    try {
      List<String> lines = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
      text.append("; the end of its log ").append(log).append(":\n");
      lines.subList(Math.max(0, lines.size() - 20), lines.size()).forEach(l -> text.append("  ").append(l).append('\n'));
    } catch (IOException e) {
      text.append(" (no log in ").append(log).append(")");
    }
    return text.toString();
  }

  /** Asks the NodeManager to stop: it stops its containers, then ends. */
  void requestStop() {
    try (OutputStream toNode = process.getOutputStream()) {
      toNode.write((NodeManagerMain.STOP + "\n").getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      // Its end of the pipe is gone: the process is ending already.
    }
  }

  /** Waits up to {@code timeout} for the process to end; true when it did. */
  boolean awaitEnd(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Kills the process, what it started, and any of its containers still running; returns how many containers. */
  int kill() throws IOException {
    RecordedProcess.kill(process.toHandle());
    return ContainerProcesses.killUnder(folder.toPath());
  }

  /** Kills every NodeManager process recorded under {@code folder} that still lives; returns how many. */
  static int killRecordedUnder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    List<Path> pidFiles;
    try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
      pidFiles = walk.filter(p -> p.getFileName().toString().equals(PID_FILE) && Files.isRegularFile(p)).toList();
    }
    int killed = 0;
    for (Path pidFile : pidFiles) {
      var process = RecordedProcess.of(pidFile);
      if (process.isPresent()) {
        RecordedProcess.kill(process.get());
        killed++;
      }
    }
    return killed;
  }
}
