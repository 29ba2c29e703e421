package org.sepyarn.am.journal;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.Syncable;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The raw local file system, counting the {@code hflush()} calls on the files it creates and, once
 * told to, failing every write as a lost connection to the cluster would.
 */
final class FlushCountingFileSystem extends FilterFileSystem {
  private int hflushes;
  private boolean failing;

  FlushCountingFileSystem() throws IOException {
    super(FileSystem.getLocal(new Configuration()).getRawFileSystem());
    setConf(new Configuration());
  }

  int hflushes() {
    return hflushes;
  }

  void failFromNowOn() {
    failing = true;
  }

  @Override
  public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
      short replication, long blockSize, Progressable progress) throws IOException {
    FSDataOutputStream raw = super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
    return new FSDataOutputStream(new Counting(raw), null);
  }

  private final class Counting extends OutputStream implements Syncable {
    private final FSDataOutputStream out;

    Counting(FSDataOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      check();
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      check();
      out.write(b, off, len);
    }

    @Override
    public void hflush() throws IOException {
      check();
      hflushes++;
      out.hflush();
    }

    @Override
    public void hsync() throws IOException {
      hflush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    private void check() throws IOException {
      if (failing) {
        throw new IOException("connection to the datanodes lost");
      }
    }
  }
}
