package org.sepyarn.am.bytes;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.status.FileWrite;
import org.sepyarn.runner.spec.PhaseBytes;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.SmallFiles;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each ApplicationMaster attempt's own byte counts ({@code merge}, {@code am}), one small JSON
 * file per attempt in the work folder ({@link WorkLayout#amBytes}), replaced whenever the status
 * files are, so that a later attempt adds up what earlier ones moved. A count lost with an
 * attempt is at most the last couple of seconds of its bookkeeping.
 */
public final class AmBytesFiles {
  private static final Logger LOG = LoggerFactory.getLogger(AmBytesFiles.class);

  private final FileSystem fs;
  private final WorkLayout work;

  public AmBytesFiles(FileSystem fs, WorkLayout work) {
    this.fs = fs;
    this.work = work;
  }

  /** What every attempt but {@code current} counted; an unreadable file counts as nothing. */
  public PhaseBytes earlier(int current) {
    PhaseBytes sum = PhaseBytes.none();
    FileStatus[] files;
    try {
      files = fs.listStatus(work.amBytesFolder());
    } catch (FileNotFoundException none) {
      return sum;
    } catch (IOException e) {
      LOG.warn("cannot list {}: {}", work.amBytesFolder(), e.getMessage());
      return sum;
    }
    Path own = work.amBytes(current);
    for (FileStatus f : files) {
      if (f.getPath().getName().equals(own.getName())) {
        continue;
      }
      try (InputStream in = fs.open(f.getPath())) {
        sum = sum.plus(PlanCodec.read(in.readAllBytes(), PhaseBytes.class));
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot read {}: {}", f.getPath(), e.getMessage());
      }
    }
    return sum;
  }

  /** The write that replaces attempt {@code attempt}'s file with {@code own}. */
  public FileWrite file(int attempt, PhaseBytes own) {
    return () -> SmallFiles.replace(fs, work.amBytes(attempt), PlanCodec.write(own));
  }

}
