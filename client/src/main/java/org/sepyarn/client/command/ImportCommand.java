package org.sepyarn.client.command;

import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.segy.EmbeddedImport;
import org.sepyarn.client.segy.ImportRequest;
import org.sepyarn.client.segy.SegyImportJob;

/**
 * {@code sepyarn import segy SEGY DATASET}: a YARN job whose tasks each convert a range of whole
 * traces of the SEG-Y file into a piece of a SEP3D dataset, joined in place ({@link SegyImportJob}).
 * Submitted and followed as {@code submit} does, with its exit codes.
 */
public final class ImportCommand implements Command {
  private final YarnClients clients;

  public ImportCommand(YarnClients clients) {
    this.clients = clients;
  }

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String arguments() {
    return "segy SEGY DATASET";
  }

  @Override
  public String summary() {
    return "bring a SEG-Y file in as a SEP3D dataset, in parallel (a YARN job)";
  }

  @Override
  public String description() {
    return "Reads the SEG-Y file's headers (big-endian, IBM or IEEE floats, traces of one length) and submits a job"
        + " whose tasks each convert a range of whole traces, read straight from the file, into a piece of the SEP3D"
        + " dataset DATASET: xdr_float traces (n1 samples by n2 traces) and one header record per trace (the trace"
        + " header fields as keys, DATASET@@). The pieces are joined without copying on HDFS. The textual and binary"
        + " file headers are kept in the history. Paths are read as hadoop fs reads them. DATASET must not exist and"
        + " its folder must. Exits 2 for invalid input, nothing written; 1 when the job fails; 0 when done.\n\nWith"
        + " --embedded the job runs on HDFS and YARN mini clusters started in this process: the local SEG-Y file is"
        + " copied in and the SEP3D dataset copied back to its local name when the job succeeds.";
  }

  @Override
  public boolean talksToCluster() {
    return true;
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder("k").longOpt("keys").hasArg().argName("KEY,...")
        .desc("the trace header fields to keep as keys (default: all 91, named as Seismic Unix names them)").build());
    options.addOption(Option.builder("t").longOpt("tasks").hasArg().argName("N")
        .desc("tasks (default one per 256 MiB of traces; at most one per trace)").build());
    options.addOption(Option.builder("d").longOpt("detach")
        .desc("print the application id and return at once").build());
    options.addOption(Option.builder("e").longOpt("embedded")
        .desc("run on mini clusters in this process, for a file and a dataset on this machine").build());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    List<String> args = line.getArgList();
    if (args.size() != 3 || !args.get(0).equals("segy")) {
      throw new InvalidInputException("give: import segy SEGY DATASET (got " + String.join(" ", args) + ")");
    }
    if (line.hasOption("embedded")) {
      if (line.hasOption("detach")) {
        throw new InvalidInputException("--detach cannot go with --embedded: the embedded clusters end with this"
            + " process, so the job cannot run on without it");
      }
      return new EmbeddedImport(clients.configuration(), console).run(args.get(1), args.get(2),
          line.getOptionValue("keys"), tasks(line));
    }
    SegyImportJob job = new ImportRequest(clients.configuration()).job(args.get(1), args.get(2),
        line.getOptionValue("keys"), tasks(line));
    console.err().println("importing " + job.layout().traceCount() + " traces of " + job.layout().samples()
        + " samples (" + job.layout().format() + ") from " + job.segy() + " into " + job.dataset() + " in "
        + job.taskCount() + (job.taskCount() == 1 ? " task" : " tasks"));
    int code = ClusterSubmission.run(clients, job.job(), line.hasOption("detach"), console);
    if (code == ExitCode.SUCCESS && !line.hasOption("detach")) {
      console.out().println("imported " + job.segy() + " into " + job.dataset() + " (header records in "
          + job.headerDataset() + ")");
    }
    return code;
  }

  static int tasks(CommandLine line) throws InvalidInputException {
    String value = line.getOptionValue("tasks");
    if (value == null) {
      return 0;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < 1 || n > 1_000_000) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--tasks " + value + ": give a whole number of tasks from 1 to 1000000");
    }
  }
}
