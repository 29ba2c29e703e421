package org.sepyarn.formats.irregular;

import java.util.Arrays;

/**
 * A strictly increasing list of record numbers written compactly as runs: {@code 0-99,150,180-260}
 * (0-based, both ends included), the empty list as the empty string. What a task's plan carries
 * to say which header records its piece of an irregular input holds.
 */
public final class RecordRuns {
  private RecordRuns() {
  }

  /** @throws IllegalArgumentException when {@code records} is not strictly increasing or holds a negative */
  public static String encode(long[] records) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < records.length) {
      if (records[i] < 0 || i > 0 && records[i] <= records[i - 1]) {
        throw new IllegalArgumentException("records must be 0 or more and strictly increasing; record " + records[i]
            + " at position " + i);
      }
      int j = i;
      while (j + 1 < records.length && records[j + 1] == records[j] + 1) {
        j++;
      }
      sb.append(sb.length() == 0 ? "" : ",").append(records[i]);
      if (j > i) {
        sb.append('-').append(records[j]);
      }
      i = j + 1;
    }
    return sb.toString();
  }

  /** @throws IllegalArgumentException naming the run that is not a run, or runs out of order */
  public static long[] decode(String runs) {
    if (runs.isEmpty()) {
      return new long[0];
    }
    long count = 0;
    String[] parts = runs.split(",", -1);
    long[][] bounds = new long[parts.length][];
    long previous = -1;
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      int dash = part.indexOf('-', 1);
      try {
        long first = Long.parseLong(dash < 0 ? part : part.substring(0, dash));
        long last = dash < 0 ? first : Long.parseLong(part.substring(dash + 1));
        if (first <= previous || last < first) {
          throw new IllegalArgumentException("run \"" + part + "\" in \"" + abbreviate(runs) + "\" is not after the "
              + "previous one, or ends before it starts");
        }
        bounds[p] = new long[] {first, last};
        count += last - first + 1;
        previous = last;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("run \"" + part + "\" in \"" + abbreviate(runs) + "\" is not N or N-M", e);
      }
    }
    if (count > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("runs hold " + count + " records, more than one list holds");
    }
    long[] records = new long[(int) count];
    int at = 0;
    for (long[] b : bounds) {
      for (long r = b[0]; r <= b[1]; r++) {
        records[at++] = r;
      }
    }
    return records;
  }

  private static String abbreviate(String runs) {
    return runs.length() <= 60 ? runs : runs.substring(0, 60) + "...";
  }

  /** The records of {@code all} (increasing) that {@code keep} accepts, in order. */
  static long[] filter(long[] all, java.util.function.LongPredicate keep) {
    return Arrays.stream(all).filter(keep).toArray();
  }
}
