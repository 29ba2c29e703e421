package org.sepyarn.formats.dataset;

import java.io.IOException;
import java.util.Arrays;

/**
 * Groups a window's runs (given in increasing position order) into spans that one positional
 * read each can fetch: a run joins the current span when the gap before it is at most the
 * allowed gap, the span's gaps stay at most {@code 1/}{@value #SPAN_BYTES_PER_GAP_BYTE} of the
 * bytes it reads, and the span stays within the buffer size. Every positional read costs a round
 * trip on HDFS, so bridging short gaps between the rows of a patch trades a few unneeded bytes
 * for far fewer reads; but a gap as long as the runs it joins (a split along the fastest axis
 * keeps a fifth of every row for five tasks) is skipped, so that every byte of the dataset is
 * read about once however it is split: at most {@code 8/7} of the needed bytes are read. With a
 * gap of 0 only the needed bytes are read. A run longer than the buffer is handed on alone to be
 * read in pieces.
 */
final class SpanPlanner {
  /** Most runs gathered in one span, which bounds the bookkeeping arrays. */
  static final int MAX_RUNS_PER_SPAN = 1 << 16;
  /** A span reads through gaps of at most one byte in this many of the bytes it reads. */
  static final int SPAN_BYTES_PER_GAP_BYTE = 8;

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
  /** Bytes of the current span between its runs. */
  private long gapBytes;

  SpanPlanner(int maxSpanBytes, long maxGapBytes, SpanSink sink) {
    this.maxSpanBytes = maxSpanBytes;
    this.maxGapBytes = maxGapBytes;
    this.sink = sink;
  }

  void add(long position, long length) throws IOException {
    if (count > 0) {
      long gap = position - spanEnd;
      long joinedSpan = position + length - spanStart;
      boolean joins = gap <= maxGapBytes && joinedSpan <= maxSpanBytes && count < MAX_RUNS_PER_SPAN
          && (gapBytes + gap) * SPAN_BYTES_PER_GAP_BYTE <= joinedSpan;
      if (joins) {
        gapBytes += gap;
      }
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
      gapBytes = 0;
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
