package org.sepyarn.formats.dataset;

import java.io.IOException;
import java.util.Arrays;

/**
 * Groups a window's runs (given in increasing position order) into spans that one positional
 * read each can fetch: a run joins the current span when the gap before it is at most the
 * allowed gap and the span stays within the buffer size. Every positional read costs a round trip
 * on HDFS, so bridging short gaps between the rows of a patch trades a few unneeded bytes for
 * far fewer reads; with a gap of 0 only the needed bytes are read. A run longer than the buffer
 * is handed on alone to be read in pieces.
 */
final class SpanPlanner {
  /** Most runs gathered in one span, which bounds the bookkeeping arrays. */
  static final int MAX_RUNS_PER_SPAN = 1 << 16;

  /** Receives what to read. */
  interface SpanSink {
    /**
     * Read bytes {@code [start, start + length)} and keep the {@code count} runs at offsets
     * {@code runOffsets[i]} (relative to {@code start}) of lengths {@code runLengths[i]}, in order.
     */
    void span(long start, int length, int[] runOffsets, int[] runLengths, int count) throws IOException;

    /** Read the run of {@code length} bytes at {@code position}, longer than the buffer, in pieces. */
    void longRun(long position, long length) throws IOException;
  }

  private final int maxSpanBytes;
  private final long maxGapBytes;
  private final SpanSink sink;
  private int[] offsets = new int[16];
  private int[] lengths = new int[16];
  private int count;
  private long spanStart;
  private long spanEnd;

  SpanPlanner(int maxSpanBytes, long maxGapBytes, SpanSink sink) {
    this.maxSpanBytes = maxSpanBytes;
    this.maxGapBytes = maxGapBytes;
    this.sink = sink;
  }

  void add(long position, long length) throws IOException {
    if (count > 0) {
      boolean joins = position - spanEnd <= maxGapBytes && position + length - spanStart <= maxSpanBytes
          && count < MAX_RUNS_PER_SPAN;
      if (!joins) {
        flush();
      }
    }
    if (count == 0) {
      if (length > maxSpanBytes) {
        sink.longRun(position, length);
        return;
      }
      spanStart = position;
    }
    if (count == offsets.length) {
      offsets = Arrays.copyOf(offsets, count * 2);
      lengths = Arrays.copyOf(lengths, count * 2);
    }
    offsets[count] = (int) (position - spanStart);
    lengths[count] = (int) length;
    count++;
    spanEnd = position + length;
  }

  /** Hands on the last span. */
  void finish() throws IOException {
    flush();
  }

  private void flush() throws IOException {
    if (count > 0) {
      sink.span(spanStart, (int) (spanEnd - spanStart), offsets, lengths, count);
      count = 0;
    }
  }
}
