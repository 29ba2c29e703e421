package org.sepyarn.client.command;

import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.segy.EmbeddedExport;
import org.sepyarn.client.segy.ExportRequest;
import org.sepyarn.client.segy.SegyExportFinish;
import org.sepyarn.client.segy.SegyExportJob;

/**
 * {@code sepyarn export segy DATASET SEGY}: a YARN job whose tasks each write the SEG-Y trace bytes
 * of a range of whole traces, joined in place ({@link SegyExportJob}); then the file headers are
 * joined in front of them and the file renamed into place ({@link SegyExportFinish}). Submitted and
 * followed as {@code submit} does, with its exit codes.
 */
public final class ExportCommand implements Command {
  private final YarnClients clients;

  public ExportCommand(YarnClients clients) {
    this.clients = clients;
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
    return "write a regular or SEP3D dataset as a SEG-Y file, in parallel (a YARN job)";
  }

  @Override
  public String description() {
    return "Writes the float samples of DATASET as a big-endian SEG-Y file with a job whose tasks each write the"
        + " SEG-Y traces (trace header and samples) of a range of whole traces: a SEP3D dataset's traces in header"
        + " record order with every key named like a trace header field in its bytes; a regular dataset's traces"
        + " along axis 1, numbered. The pieces are joined without copying on HDFS, then the file headers (those an"
        + " import kept in the history, otherwise new ones) are joined in front and the file renamed to SEGY, which"
        + " appears only when complete. The samples are written in the format an import recorded (segy_format),"
        + " otherwise IBM floats, unless --format says. SEGY's folder must exist; an existing SEGY is replaced only"
        + " with --overwrite. Exits 2 for invalid input (nothing written), 1 when the job fails, 0 when done.\n\nWith"
        + " --embedded the job runs on HDFS and YARN mini clusters started in this process: the local dataset is"
        + " copied in and the SEG-Y file copied back to its local name when the job succeeds.";
  }

  @Override
  public boolean talksToCluster() {
    return true;
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder("f").longOpt("format").hasArg().argName("ibm|ieee")
        .desc("sample format: ibm (code 1) or ieee (code 5); default the one an import recorded, otherwise ibm")
        .build());
    options.addOption(Option.builder().longOpt("overwrite").desc("replace an existing SEG-Y file").build());
    options.addOption(Option.builder("t").longOpt("tasks").hasArg().argName("N")
        .desc("tasks (default one per 256 MiB of traces; at most one per trace)").build());
    options.addOption(Option.builder("e").longOpt("embedded")
        .desc("run on mini clusters in this process, for a dataset and a file on this machine").build());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    List<String> args = line.getArgList();
    if (args.size() != 3 || !args.get(0).equals("segy")) {
      throw new InvalidInputException("give: export segy DATASET SEGY (got " + String.join(" ", args) + ")");
    }
    String format = line.getOptionValue("format");
    boolean overwrite = line.hasOption("overwrite");
    int tasks = ImportCommand.tasks(line);
    if (line.hasOption("embedded")) {
      return new EmbeddedExport(clients.configuration(), console).run(args.get(1), args.get(2), format, overwrite,
          tasks);
    }
    SegyExportJob job = new ExportRequest(clients.configuration()).job(args.get(1), args.get(2), format, overwrite,
        tasks);
    console.err().println("exporting " + job.ranges().traceCount() + " traces of " + job.ranges().traceBytes()
        + " bytes (" + job.format() + ") from " + job.dataset() + " to " + job.segy() + " in " + job.taskCount()
        + (job.taskCount() == 1 ? " task" : " tasks"));
    int code = ClusterSubmission.run(clients, job.job(), false, console);
    if (code != ExitCode.SUCCESS) {
      return code;
    }
    SegyExportFinish.Finished done;
    try {
      done = new SegyExportFinish(clients.configuration()).finish(job, overwrite);
    } catch (FileAlreadyExistsException e) {
      console.err().println("sepyarn: " + e.getMessage());
      return ExitCode.JOB_FAILED;
    }
    console.out().println("wrote " + job.segy() + " (" + job.format() + ", " + job.ranges().traceCount()
        + " traces, " + done.bytes() + " bytes) from " + job.dataset() + "; bytes copied joining it: "
        + done.mergeCopied() + " (the tasks' pieces), " + done.finishCopied() + " (the file headers)");
    return ExitCode.SUCCESS;
  }
}
