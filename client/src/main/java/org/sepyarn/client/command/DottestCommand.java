package org.sepyarn.client.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.inversion.ProgramFailedException;
import org.sepyarn.client.inversion.SerialDotTest;
import org.sepyarn.client.inversion.SerialOperators;
import org.sepyarn.formats.inversion.OperatorDocument;
import org.sepyarn.formats.job.JobValidationException;
import org.sepyarn.formats.solver.DotTest;

/**
 * {@code sepyarn dottest operator.json}: the dot-product test of an operator, its programs run
 * serially on this machine's files.
 */
public final class DottestCommand implements Command {
  private final Configuration conf;

  public DottestCommand(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public String name() {
    return "dottest";
  }

  @Override
  public String arguments() {
    return "[--keep DIR] operator.json";
  }

  @Override
  public String summary() {
    return "the dot-product test of an inversion operator, run serially on local files";
  }

  @Override
  public String description() {
    return "Reads operator.json ({\"operator\": {...}, \"modelSpace\": DATASET}, docs/inversion.md), makes a random"
        + " model of modelSpace's shape, applies the operator (every program once, on whole vectors, on this"
        + " machine), makes random data of the result's shape, applies the adjoint, and prints <Lm, d>, <m, L'd>"
        + " and their relative difference. Exits 0 when it is within the tolerance, 1 when it is not or a program"
        + " fails, 2 for an invalid operator.json.";
  }

  @Override
  public Options options() {
    return new Options().addOption(Option.builder().longOpt("keep").hasArg().argName("DIR")
        .desc("run the programs in DIR (created if need be) and keep their datasets and logs").build());
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (line.getArgs().length != 1) {
      throw new InvalidInputException("expected one operator file (operator.json), got " + (line.getArgs().length == 0
          ? "none" : line.getArgList()) + "; docs/inversion.md describes it");
    }
    Path file = Path.of(line.getArgs()[0]);
    OperatorDocument doc;
    try {
      doc = OperatorDocument.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("operator file " + file + " does not exist");
    } catch (JobValidationException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
    boolean keep = line.hasOption("keep");
    Path scratch = keep ? Files.createDirectories(Path.of(line.getOptionValue("keep")).toAbsolutePath())
        : Files.createTempDirectory("sepyarn-dottest");
    try {
      readModelSpace(doc.modelSpace());
      DotTest.Result result;
      try {
        result = SerialDotTest.run(doc.operator(), doc.modelSpace(), doc.seed(), scratch, conf);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(file + ": operator: " + e.getMessage(), e);
      }
      console.out().println(result);
      boolean passes = result.passes(doc.tolerance());
      console.out().println((passes ? "passes" : "FAILS") + ": the relative difference must be at most "
          + doc.tolerance());
      return passes ? ExitCode.SUCCESS : ExitCode.JOB_FAILED;
    } catch (ProgramFailedException e) {
      console.err().println("dottest: " + e.getMessage());
      return ExitCode.JOB_FAILED;
    } finally {
      if (!keep) {
        delete(scratch);
      }
    }
  }

  private void readModelSpace(String path) throws InvalidInputException, IOException {
    try {
      SerialOperators.read(path, conf);
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new InvalidInputException("modelSpace: dataset " + path + " does not exist");
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("modelSpace: " + e.getMessage(), e);
    }
  }

  static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
