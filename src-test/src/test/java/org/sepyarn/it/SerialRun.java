package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sepyarn.examples.Tools;

/** Runs an example program serially, in-process, on local files: the reference for a parallel run. */
final class SerialRun {
  private SerialRun() {
  }

  /**
   * Runs {@code tool args} in {@code dir}, stdin from {@code stdinHeader} (or none), stdout to
   * {@code outHeader}; returns the output header file.
   */
  static File run(File dir, String tool, File stdinHeader, String outHeader, String... args) throws Exception {
    dir.mkdirs();
    File out = new File(dir, outHeader);
    List<String> commandLine = new ArrayList<>();
    commandLine.add(tool);
    commandLine.addAll(List.of(args));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (InputStream in = stdinHeader == null ? InputStream.nullInputStream() : new FileInputStream(stdinHeader);
        OutputStream os = new FileOutputStream(out)) {
      int status = Tools.run(commandLine.toArray(new String[0]), in, os, new PrintStream(err, true),
          Map.of("DATAPATH", dir.getAbsolutePath() + "/"), dir);
      assertEquals(0, status, "serial " + tool + " failed: " + err);
    }
    return out;
  }
}
