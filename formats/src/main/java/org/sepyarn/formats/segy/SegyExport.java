package org.sepyarn.formats.segy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes a SEG-Y file from a SEP3D or a regular dataset serially, in this process: its file headers
 * ({@link SegyFileHeader}) then every trace ({@link SegyTraceWriter}). The file is written under a
 * temporary name next to the target, then renamed. A parallel export writes the same bytes, each
 * task a range of the traces; this is the reference it is checked against.
 */
public final class SegyExport {
  private final Configuration conf;
  private final int bufferBytes;

  public SegyExport(Configuration conf, int bufferBytes) {
    this.conf = conf;
    this.bufferBytes = bufferBytes;
  }

  public SegyExport(Configuration conf) {
    this(conf, 4 << 20);
  }

  /**
   * @throws IllegalArgumentException when the data cannot be written as SEG-Y, saying why
   * @throws FileAlreadyExistsException when {@code segy} exists and {@code overwrite} is false
   */
  public void export(Path header, Path segy, SampleFormat format, boolean overwrite) throws IOException {
    SegyTraceWriter traces = new SegyTraceWriter(header, conf, bufferBytes);
    FileSystem fs = segy.getFileSystem(conf);
    if (fs instanceof ChecksumFileSystem checksummed) {
      fs = checksummed.getRawFileSystem(); // no .crc side file beside a SEG-Y file
    }
    if (fs.exists(segy) && !overwrite) {
      throw new FileAlreadyExistsException(segy + " already exists; refusing to replace it");
    }
    Path temp = new Path(segy.getParent(), "." + segy.getName() + ".writing-" + UUID.randomUUID().toString()
        .substring(0, 8) + ".tmp");
    boolean done = false;
    try {
      try (OutputStream out = new BufferedOutputStream(fs.create(temp, false), 1 << 16)) {
        out.write(traces.fileHeader(format));
        traces.write(0, traces.traceCount(), format, out);
      }
      if (overwrite) {
        fs.delete(segy, false);
      }
      if (!fs.rename(temp, segy)) {
        throw new IOException("cannot rename " + temp + " to " + segy);
      }
      done = true;
    } finally {
      if (!done) {
        fs.delete(temp, false);
      }
    }
  }
}
