package org.sepyarn.client.command;

import java.io.FileNotFoundException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.Path;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.InvalidDatasetException;
import org.sepyarn.formats.segy.SampleFormat;
import org.sepyarn.formats.segy.SegyExport;

/**
 * {@code sepyarn export segy DATASET SEGY}: writes a SEG-Y file from a regular or SEP3D dataset,
 * serially in this process ({@link SegyExport}), under a temporary name then renamed.
 */
public final class ExportCommand implements Command {
  private final Configuration conf;

  public ExportCommand(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String arguments() {
    return "segy DATASET SEGY";
  }

  @Override
  public String summary() {
    return "write a regular or SEP3D dataset as a SEG-Y file (serially, from this process)";
  }

  @Override
  public String description() {
    return "Writes the float samples of DATASET as a big-endian SEG-Y file: a SEP3D dataset's traces in header record"
        + " order with every key named like a trace header field in its bytes; a regular dataset's traces along"
        + " axis 1. The file headers an import kept in the history are written back. The samples are written in"
        + " the format an import recorded (segy_format), otherwise IBM floats, unless --format says. Runs in this"
        + " process, reading and writing through the file systems the paths name; the file appears under its name"
        + " only when complete. Exits 2 for invalid input (nothing written), 1 when writing fails, 0 when done.";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder("f").longOpt("format").hasArg().argName("ibm|ieee")
        .desc("sample format: ibm (code 1) or ieee (code 5)").build());
    options.addOption(Option.builder().longOpt("overwrite").desc("replace an existing SEG-Y file").build());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    List<String> args = line.getArgList();
    if (args.size() != 3 || !args.get(0).equals("segy")) {
      throw new InvalidInputException("give: export segy DATASET SEGY (got " + String.join(" ", args) + ")");
    }
    Path header = new Path(args.get(1));
    Path segy = new Path(args.get(2));
    segy = segy.getFileSystem(conf).makeQualified(segy);
    try {
      Dataset dataset = Dataset.open(header, conf);
      SampleFormat format = format(line.getOptionValue("format"), dataset);
      new SegyExport(conf).export(header, segy, format, line.hasOption("overwrite"));
      console.out().println("wrote " + segy + " (" + format + ") from " + dataset.header());
      return ExitCode.SUCCESS;
    } catch (FileNotFoundException | FileAlreadyExistsException | InvalidDatasetException
        | IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
  }

  /** The format asked for, or the one an import recorded, or IBM floats. */
  static SampleFormat format(String asked, Dataset dataset) throws InvalidInputException {
    if (asked != null) {
      return switch (asked.toLowerCase(Locale.ROOT)) {
        case "ibm", "1" -> SampleFormat.IBM_FLOAT;
        case "ieee", "5" -> SampleFormat.IEEE_FLOAT;
        default -> throw new InvalidInputException("--format " + asked + ": give ibm (IBM floats, code 1) or ieee"
            + " (IEEE floats, code 5)");
      };
    }
    String recorded = dataset.history().getString("segy_format", null);
    return "5".equals(recorded) ? SampleFormat.IEEE_FLOAT : SampleFormat.IBM_FLOAT;
  }
}
