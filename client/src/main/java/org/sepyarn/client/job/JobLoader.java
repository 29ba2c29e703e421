package org.sepyarn.client.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.JobValidationException;

/**
 * Reads a job file into a {@link JobSpec}. A job file named without a scheme ({@code job.json},
 * {@code /home/me/job.json}) is a local file, relative to the current folder; a URI
 * ({@code hdfs:///jobs/job.json}, {@code file:/tmp/job.json}) is read from its file system. Every
 * problem becomes an {@link InvalidInputException} whose message names the file and each field.
 */
public final class JobLoader {
  /** A job description is small; a larger file is surely not one. */
  static final long MAX_JOB_BYTES = 16L << 20;
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

  private JobLoader() {
  }

  /** Reads and parses the job file {@code location}. */
  public static JobSpec load(String location, Configuration conf) throws InvalidInputException, IOException {
    return parse(read(location, conf));
  }

  /** Reads the job file {@code location} without parsing it. */
  public static JobText read(String location, Configuration conf) throws InvalidInputException, IOException {
    if (location.isBlank()) {
      throw new InvalidInputException("the job file name is empty: give the path of a job.json");
    }
    byte[] bytes = hasScheme(location) ? readHadoop(location, conf) : readLocal(location);
    return new JobText(location, new String(bytes, StandardCharsets.UTF_8));
  }

  /** Parses a job text; every problem the job model finds becomes one message. */
  public static JobSpec parse(JobText text) throws InvalidInputException {
    try {
      return JobSpec.parse(text.json(), text.source());
    } catch (JobValidationException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
  }

  /** Whether {@code location} starts with a URI scheme ({@code hdfs:}, {@code file:}). */
  public static boolean hasScheme(String location) {
    return SCHEME.matcher(location).matches();
  }

  private static byte[] readLocal(String location) throws InvalidInputException, IOException {
    java.nio.file.Path file = Paths.get(location).toAbsolutePath();
    if (Files.isDirectory(file)) {
      throw new InvalidInputException("job file " + location + " is a folder: give the path of a job.json");
    }
    try {
      checkSize(location, Files.size(file));
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("job file " + location + " does not exist (looked for " + file + ")");
    }
  }

  private static byte[] readHadoop(String location, Configuration conf) throws InvalidInputException, IOException {
    Path path;
    try {
      path = new Path(location);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("job file " + location + " is not a usable path: " + e.getMessage());
    }
    FileSystem fs = path.getFileSystem(conf);
    try {
      FileStatus status = fs.getFileStatus(path);
      if (status.isDirectory()) {
        throw new InvalidInputException("job file " + location + " is a folder: give the path of a job.json");
      }
      checkSize(location, status.getLen());
      try (InputStream in = fs.open(path)) {
        return in.readAllBytes();
      }
    } catch (FileNotFoundException e) {
      throw new InvalidInputException("job file " + location + " does not exist");
    }
  }

  private static void checkSize(String location, long bytes) throws InvalidInputException {
    if (bytes > MAX_JOB_BYTES) {
      throw new InvalidInputException("job file " + location + " holds " + bytes + " bytes; a job description is at"
          + " most " + MAX_JOB_BYTES + " bytes, so this is not one");
    }
  }
}
