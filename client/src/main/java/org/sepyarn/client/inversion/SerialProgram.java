package org.sepyarn.client.inversion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.inversion.ProgramOperator;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.solver.LinearOperator;
import org.sepyarn.formats.solver.Vector;

/**
 * An operator program run once, on whole vectors, as a process in a scratch folder: the input
 * vector is written as a dataset, the program runs with its conventions ({@code adj=n add=n
 * model=in.H data=out.H} forward), and the dataset it wrote is read back. Its binaries go to the
 * scratch folder ({@code DATAPATH}); its stdout and stderr to files there.
 */
final class SerialProgram implements LinearOperator {
  private static final int SHOWN_STDERR = 2000;

  private final ProgramOperator spec;
  private final java.nio.file.Path scratch;
  private final Configuration conf;
  private final LocalFiles localFiles;
  private int runs;

  SerialProgram(ProgramOperator spec, java.nio.file.Path scratch, Configuration conf) {
    if (!spec.program().localize().isEmpty() || !spec.program().archives().isEmpty()
        || spec.program().container().isPresent()) {
      throw new IllegalArgumentException(spec.describe() + " ships files (program.localize, program.archives) or"
          + " an image (program.container), which only a YARN task gets: to test it here, name a program on this"
          + " machine");
    }
    this.spec = spec;
    this.scratch = scratch;
    this.conf = conf;
    this.localFiles = new LocalFiles(scratch, conf);
  }

  @Override
  public Vector forward(Vector model) {
    return run(false, model);
  }

  @Override
  public Vector adjoint(Vector data) {
    return run(true, data);
  }

  private Vector run(boolean adjoint, Vector input) {
    int n = runs++;
    java.nio.file.Path in = scratch.resolve("in-" + n + ".H");
    java.nio.file.Path out = scratch.resolve("out-" + n + ".H");
    try {
      LocalDatasets.write((GridVector) input, new Path(in.toUri()), conf);
      List<String> command = new ArrayList<>(LocalCommand.of(spec.program().command(), conf));
      command.addAll(spec.program().args());
      command.addAll(spec.conventions().flags(adjoint, false));
      command.add(spec.conventions().modelTag() + (adjoint ? out : in));
      command.add(spec.conventions().dataTag() + (adjoint ? in : out));
      for (FileSpec f : spec.files()) {
        command.add(f.tag() + localFiles.local(f.path()));
      }
      ProcessBuilder builder = new ProcessBuilder(command).directory(scratch.toFile())
          .redirectOutput(scratch.resolve("run-" + n + ".stdout").toFile())
          .redirectError(scratch.resolve("run-" + n + ".stderr").toFile());
      builder.environment().putAll(spec.program().env());
      builder.environment().put("DATAPATH", scratch + "/");
      int status = builder.start().waitFor();
      if (status != 0) {
        throw new ProgramFailedException(spec.describe() + " (" + String.join(" ", spec.program().shown(command))
            + ") exited with status " + status + ": " + tail(scratch.resolve("run-" + n + ".stderr")));
      }
      if (!Files.exists(out)) {
        throw new ProgramFailedException(spec.describe() + " exited with status 0 but wrote no " + out);
      }
      return LocalDatasets.read(new Path(out.toUri()), conf);
    } catch (IOException e) {
      throw new UncheckedIOException(spec.describe() + " could not be run on " + in, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + spec.describe() + " ran", e);
    }
  }

  private static String tail(java.nio.file.Path stderr) throws IOException {
    String text = Files.readString(stderr, StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? "(nothing on stderr)" : text.length() <= SHOWN_STDERR ? text
        : "..." + text.substring(text.length() - SHOWN_STDERR);
  }
}
