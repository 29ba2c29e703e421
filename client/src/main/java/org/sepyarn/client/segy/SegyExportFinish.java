package org.sepyarn.client.segy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.apache.hadoop.io.IOUtils;
import org.sepyarn.formats.dataset.BinaryPart;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.segy.SegyTraceWriter;

/**
 * Makes the SEG-Y file once the export job has joined its trace bytes into the staging dataset's
 * binary: writes the file headers (3600 bytes) to a hidden temporary file beside it, with the same
 * block size and replication, joins the trace bytes onto it with HDFS {@code concat} (no byte
 * copied; elsewhere they are streamed after it), and renames it to the SEG-Y file's name, replacing
 * an existing file only when asked (on HDFS in one atomic rename). Whatever happens, the staging
 * dataset and the temporary file are gone afterwards; an existing SEG-Y file is either replaced
 * whole or left as it was.
 */
public final class SegyExportFinish {
  private final Configuration conf;

  public SegyExportFinish(Configuration conf) {
    this.conf = conf;
  }

  /**
   * What the finish did.
   *
   * @param bytes the SEG-Y file's length
   * @param mergeCopied the bytes the engine copied joining the tasks' pieces (0 when joined in place)
   * @param finishCopied the bytes copied putting the file headers in front (0 on HDFS)
   */
  public record Finished(long bytes, long mergeCopied, long finishCopied) {
  }

  /**
   * @throws FileAlreadyExistsException when the SEG-Y file appeared meanwhile and may not be replaced
   * @throws IOException when the joined trace bytes are not what the job should have written
   */
  public Finished finish(SegyExportJob job, boolean overwrite) throws IOException {
    Path staging = job.staging();
    Path temporary = job.temporary();
    FileSystem fs = withoutChecksums(job.segy().getFileSystem(conf));
    Path binary = null;
    try {
      Dataset joined = Dataset.open(staging, conf);
      binary = binaryOf(joined);
      FileStatus traces = fs.getFileStatus(binary);
      long expected = job.ranges().fileBytes() - job.ranges().dataStart();
      if (traces.getLen() != expected) {
        throw new IOException("the export job joined " + traces.getLen() + " bytes of traces into " + binary + ", not the "
            + expected + " of " + job.ranges().traceCount() + " traces of " + job.ranges().traceBytes() + " bytes");
      }
      long mergeCopied = Long.parseLong(joined.history().getString("sepyarn_merge_copied", "-1"));
      byte[] headers = new SegyTraceWriter(job.dataset(), conf).fileHeader(job.format());
      long finishCopied;
      try (FSDataOutputStream out = fs.create(temporary, false, 1 << 16, traces.getReplication(),
          traces.getBlockSize())) {
        out.write(headers);
        finishCopied = fs instanceof DistributedFileSystem ? 0 : append(fs, binary, out);
      }
      if (fs instanceof DistributedFileSystem dfs) {
        dfs.concat(temporary, new Path[] {binary});
        dfs.rename(temporary, job.segy(), overwrite ? Options.Rename.OVERWRITE : Options.Rename.NONE);
      } else {
        place(fs, temporary, job.segy(), overwrite);
      }
      return new Finished(headers.length + expected, mergeCopied, finishCopied);
    } finally {
      deleteIfThere(fs, temporary);
      deleteIfThere(fs, staging);
      if (binary != null) {
        deleteIfThere(fs, binary);
      }
    }
  }

  /** A checksummed local file system's raw one: a SEG-Y file gets no {@code .crc} side file. */
  static FileSystem withoutChecksums(FileSystem fs) {
    return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
  }

  private static Path binaryOf(Dataset joined) throws IOException {
    if (joined.dataInHeader() || joined.parts().size() != 1) {
      throw new IOException("the export job's staging dataset " + joined.header() + " does not keep its trace bytes"
          + " in one binary file");
    }
    BinaryPart part = joined.parts().get(0);
    return part.path();
  }

  private static long append(FileSystem fs, Path binary, OutputStream out) throws IOException {
    try (InputStream in = fs.open(binary)) {
      long before = ((FSDataOutputStream) out).getPos();
      IOUtils.copyBytes(in, out, 1 << 16, false);
      return ((FSDataOutputStream) out).getPos() - before;
    }
  }

  /** Off HDFS: refuse or delete an existing file, then rename (not atomic there). */
  static void place(FileSystem fs, Path temporary, Path segy, boolean overwrite) throws IOException {
    if (fs.exists(segy)) {
      if (!overwrite) {
        throw new FileAlreadyExistsException(segy + " appeared while the export ran; it is left as it was (give"
            + " --overwrite to replace it)");
      }
      fs.delete(segy, false);
    }
    if (!fs.rename(temporary, segy)) {
      throw new IOException("cannot rename " + temporary + " to " + segy);
    }
  }

  private static void deleteIfThere(FileSystem fs, Path p) {
    try {
      fs.delete(p, false);
    } catch (FileNotFoundException e) {
      // already gone
    } catch (IOException e) {
      org.slf4j.LoggerFactory.getLogger(SegyExportFinish.class).warn("could not delete {}: {}", p, e.toString());
    }
  }
}
