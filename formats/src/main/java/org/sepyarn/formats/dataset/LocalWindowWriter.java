package org.sepyarn.formats.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.geometry.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes windows of samples in place into an existing dataset's binary with positional writes.
 * Only the local file system allows writes at arbitrary positions; opening a dataset stored
 * elsewhere (HDFS, object stores) fails with an explanation. A stale Hadoop {@code .crc} side
 * file next to a binary part is removed, since the bytes it covers change.
 */
public final class LocalWindowWriter implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalWindowWriter.class);

  private final Dataset dataset;
  private final BinaryLayout layout;
  private final FileChannel[] channels;

  private LocalWindowWriter(Dataset dataset, FileChannel[] channels) {
    this.dataset = dataset;
    this.layout = new BinaryLayout(dataset.parts());
    this.channels = channels;
  }

  /**
   * Opens every part of {@code dataset}'s binary for writing.
   *
   * @throws UnsupportedOperationException when a part is not on the local file system
   */
  public static LocalWindowWriter open(Dataset dataset, Configuration conf) throws IOException {
    for (BinaryPart part : dataset.parts()) {
      FileSystem fs = part.path().getFileSystem(conf);
      if (!DataFileSystems.isLocal(fs)) {
        throw new UnsupportedOperationException("cannot write a window into binary " + part.path() + " of "
            + dataset.header() + ": the " + fs.getUri().getScheme() + " file system cannot write at arbitrary "
            + "positions (only the local file system can); write a whole new dataset with DatasetWriter instead");
      }
    }
    FileChannel[] channels = new FileChannel[dataset.parts().size()];
    try {
      for (int i = 0; i < channels.length; i++) {
        Path path = dataset.parts().get(i).path();
        removeStaleChecksum(path, conf);
        channels[i] = FileChannel.open(Paths.get(path.toUri()), StandardOpenOption.WRITE);
      }
    } catch (IOException | RuntimeException e) {
      try {
        closeAll(channels);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return new LocalWindowWriter(dataset, channels);
  }

  private static void removeStaleChecksum(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    if (fs instanceof ChecksumFileSystem) {
      Path crc = ((ChecksumFileSystem) fs).getChecksumFile(path);
      if (fs.exists(crc)) {
        LOG.info("removing checksum file {}: window writes change the bytes of {}", crc, path);
        fs.delete(crc, false);
      }
    }
  }

  public Dataset dataset() {
    return dataset;
  }

  /**
   * Writes {@code window.elementCount() * esize} bytes from {@code src} at {@code offset}, in
   * storage order, into the samples {@code window} selects.
   */
  public void writeWindow(Window window, byte[] src, int offset) throws IOException {
    int esize = dataset.format().esize();
    WindowRuns runs = new WindowRuns(dataset.cube(), window, esize);
    long needed = window.elementCount() * esize;
    if (offset < 0 || offset + needed > src.length) {
      throw new IllegalArgumentException("window " + window + " of " + dataset.header() + " needs " + needed
          + " bytes but the source holds " + src.length + " bytes and is read from offset " + offset);
    }
    long[] cursor = {offset};
    runs.forEach((position, length) -> {
      long runStart = cursor[0];
      layout.forEachSlice(position, length, (part, filePosition, rangeOffset, n) ->
          write(part, filePosition, ByteBuffer.wrap(src, (int) (runStart + rangeOffset), (int) n)));
      cursor[0] += length;
    });
  }

  private void write(int part, long filePosition, ByteBuffer bytes) throws IOException {
    long position = filePosition;
    while (bytes.hasRemaining()) {
      position += channels[part].write(bytes, position);
    }
  }

  @Override
  public void close() throws IOException {
    closeAll(channels);
  }

  private static void closeAll(FileChannel[] channels) throws IOException {
    IOException first = null;
    for (FileChannel c : channels) {
      if (c != null) {
        try {
          c.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
