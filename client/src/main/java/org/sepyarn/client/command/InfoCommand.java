package org.sepyarn.client.command;

import java.io.FileNotFoundException;
import java.io.IOException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.job.DatasetPaths;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.InvalidDatasetException;
import org.sepyarn.formats.sep3d.KeyRange;
import org.sepyarn.formats.sep3d.Sep3dDataset;

/**
 * {@code sepyarn info DATASET}: the axes, format, size, binary and history of a dataset on any file
 * system; for a SEP3D dataset also its header keys with their ranges, trace count and grid.
 */
public final class InfoCommand implements Command {
  private final Configuration conf;

  public InfoCommand(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public String name() {
    return "info";
  }

  @Override
  public String arguments() {
    return "DATASET";
  }

  @Override
  public String summary() {
    return "axes, format, size and history of a dataset on any file system";
  }

  @Override
  public String description() {
    return "DATASET is the header's path: a URI (hdfs:///data/in.H, file:/tmp/in.H), or a path on the default"
        + " file system (fs.defaultFS, HDFS on a cluster), relative ones from its working directory (your HDFS"
        + " home), as hadoop fs reads them. For a SEP3D dataset (hff=) it also shows the header keys with their"
        + " types and ranges (one pass over the headers), the trace and record counts and the grid. Exits 2 when the dataset is missing or broken, saying what is wrong.";
  }

  @Override
  public Options options() {
    return new Options();
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (line.getArgs().length != 1) {
      throw new InvalidInputException("expected one dataset (the header's path, e.g. hdfs:///data/in.H), got "
          + line.getArgList());
    }
    Dataset dataset = open(line.getArgs()[0]);
    DatasetInfoPrinter.print(dataset.summary(), console.out());
    if (Sep3dDataset.isSep3d(dataset.history())) {
      printSep3d(dataset.header(), console);
    }
    return ExitCode.SUCCESS;
  }

  private void printSep3d(Path header, Console console) throws InvalidInputException, IOException {
    try {
      Sep3dDataset sep3d = Sep3dDataset.open(header, conf);
      Sep3dInfoPrinter.print(sep3d, KeyRange.scan(sep3d, conf), sep3d.readGrid(conf), console.out());
    } catch (InvalidDatasetException e) {
      throw new InvalidInputException(e.getMessage(), e);
    } catch (FileNotFoundException e) {
      throw new InvalidInputException("SEP3D dataset " + header + " names a file that does not exist: "
          + e.getMessage(), e);
    }
  }

  private Dataset open(String text) throws InvalidInputException, IOException {
    Path path;
    try {
      path = DatasetPaths.resolve(text, conf);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("\"" + text + "\" is not a usable path: " + e.getMessage());
    }
    try {
      return Dataset.open(path, conf);
    } catch (InvalidDatasetException e) {
      throw new InvalidInputException(e.getMessage(), e);
    } catch (FileNotFoundException e) {
      throw new InvalidInputException(path.getFileSystem(conf).exists(path)
          ? "cannot read dataset " + path + ": " + e.getMessage() : "dataset " + path + " does not exist", e);
    } catch (AccessControlException e) {
      throw new InvalidInputException("cannot read dataset " + path + ": permission denied", e);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("dataset " + path + " cannot be read: " + e.getMessage(), e);
    }
  }
}
