package org.sepyarn.formats.sep3d;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a set of traces fetches exactly their bytes, one read per run of consecutive traces per buffer-full. */
class TraceReadCountTest {
  /** Counts the buffer-fulls written, each the result of one read. */
  private static final class CountingSink extends OutputStream {
    int writes;
    long bytes;

    @Override
    public void write(int b) {
      throw new AssertionError("traces are written a buffer at a time");
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writes++;
      bytes += len;
    }
  }

  @TempDir
  java.nio.file.Path tmp;

  @Test
  void onlyTheWantedTracesAreReadOneReadPerRun() throws IOException {
    Configuration conf = new Configuration();
    FileSystem fs = FileSystem.getLocal(conf);
    Random random = new Random(17);
    RandomSep3d data = new RandomSep3d(random, false, false);
    while (data.traces < 50) {
      data = new RandomSep3d(random, false, false);
    }
    Sep3dDataset ds = Sep3dDataset.open(fs, data.write(fs, new Path(tmp.toUri().toString(), "c.H")));
    long[] traces = random.longs(data.traces / 3, 0, data.traces).sorted().distinct().toArray();
    int runs = 0;
    for (int i = 0; i < traces.length; i++) {
      runs += i == 0 || traces[i] != traces[i - 1] + 1 ? 1 : 0;
    }
    FileSystem.Statistics stats = FileSystem.getStatistics("file", org.apache.hadoop.fs.RawLocalFileSystem.class);
    try (TraceReader reader = new TraceReader(ds, conf, ds.traceBytes() * data.traces)) {
      long bytes = stats.getBytesRead();
      CountingSink sink = new CountingSink();
      reader.copyTraces(traces, sink);
      assertEquals((long) traces.length * ds.traceBytes(), stats.getBytesRead() - bytes, "only the wanted bytes");
      assertEquals(runs, sink.writes, "one read per run of consecutive traces");
    }
    try (TraceReader reader = new TraceReader(ds, conf, ds.traceBytes())) {
      CountingSink sink = new CountingSink();
      reader.copyTraces(traces, sink);
      assertEquals(traces.length, sink.writes, "a buffer of one trace reads one trace at a time");
      assertEquals((long) traces.length * ds.traceBytes(), sink.bytes);
    }
  }
}
