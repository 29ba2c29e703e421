package org.sepyarn.client.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sepyarn.examples.Tools;

/**
 * Runs one of the example programs in this process, as a shell would run it in {@code folder}:
 * {@code tool args < stdin > stdout}, with its binary written to {@code out=<stdout>@}.
 */
final class InProcessTool {
  private final Path folder;

  InProcessTool(Path folder) {
    this.folder = folder;
  }

  /**
   * @param stdin the header to read on standard input, or null for a generator
   * @param stdout the header to write; its binary goes next to it as {@code <stdout>@}
   * @throws IOException when the tool fails, with what it printed on stderr
   */
  void run(String tool, List<String> args, Path stdin, Path stdout) throws IOException {
    List<String> commandLine = new ArrayList<>();
    commandLine.add(tool);
    commandLine.addAll(args);
    commandLine.add("out=" + stdout.toAbsolutePath() + "@");
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status;
    try (InputStream in = stdin == null ? new ByteArrayInputStream(new byte[0]) : Files.newInputStream(stdin);
        OutputStream out = Files.newOutputStream(stdout);
        PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8)) {
      status = Tools.run(commandLine.toArray(new String[0]), in, out, err, Map.of(), folder.toFile());
    }
    if (status != 0) {
      throw new IOException(String.join(" ", commandLine) + " failed with status " + status + ": "
          + errors.toString(StandardCharsets.UTF_8).strip());
    }
  }
}
