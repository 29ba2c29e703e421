package org.sepyarn.formats.segy;

/**
 * How the traces of a SEG-Y file are shared among the tasks that write (or read) them: task
 * {@code i} of {@code n} gets {@code traces / n} whole traces, the remainder one each to the first
 * tasks (SEP's split rule), and so the byte range of the file those traces fill.
 *
 * @param dataStart the byte where the first trace starts (3600 without extended textual headers)
 * @param traceBytes bytes of one trace, its header included
 * @param traceCount the number of traces
 */
public record SegyTraceRanges(long dataStart, long traceBytes, long traceCount) {
  public SegyTraceRanges {
    if (dataStart < 0 || traceBytes < 1 || traceCount < 0) {
      throw new IllegalArgumentException("no SEG-Y layout has data from byte " + dataStart + ", " + traceCount
          + " traces of " + traceBytes + " bytes");
    }
  }

  /** The bytes of the whole file: its headers, then every trace. */
  public long fileBytes() {
    return Math.addExact(dataStart, Math.multiplyExact(traceBytes, traceCount));
  }

  /**
   * The traces task {@code task} of {@code tasks} gets.
   *
   * @return {@code [first trace (0-based), number of traces]}
   */
  public long[] taskTraces(int task, int tasks) {
    if (tasks < 1 || task < 0 || task >= tasks) {
      throw new IllegalArgumentException("task " + task + " of " + tasks + " does not exist");
    }
    long each = traceCount / tasks;
    long rest = traceCount % tasks;
    long first = task * each + Math.min(task, rest);
    return new long[] {first, each + (task < rest ? 1 : 0)};
  }

  /** The byte range {@code [start, end)} of the file that task {@code task} of {@code tasks}'s traces fill. */
  public long[] taskBytes(int task, int tasks) {
    long[] traces = taskTraces(task, tasks);
    long start = dataStart + traces[0] * traceBytes;
    return new long[] {start, start + traces[1] * traceBytes};
  }
}
