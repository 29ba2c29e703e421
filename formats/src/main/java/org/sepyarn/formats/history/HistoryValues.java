package org.sepyarn.formats.history;

/**
 * How values are written into a history so that SEPlib, Madagascar and {@link HistoryParser}
 * read them back unchanged: bare when they are printable ASCII without blanks or quotes,
 * otherwise in double quotes with any double quote doubled.
 */
public final class HistoryValues {
  private HistoryValues() {
  }

  /** {@code value} as it must appear after {@code key=}; throws when no line can hold it. */
  public static String quote(String key, String value) {
    checkKey(key);
    boolean bare = !value.isEmpty();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\t') {
        throw new IllegalArgumentException("value of " + key + "= holds control character " + (int) c
            + " at position " + i + ": history values must fit on one line and may hold tabs but no other "
            + "control characters");
      }
      if (c <= ' ' || c > '~' || HistoryLine.isQuote(c)) {
        bare = false;
      }
    }
    return bare ? value : "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** A {@code key=value} word for {@code value}. */
  public static String assignment(String key, String value) {
    return key + "=" + quote(key, value);
  }

  /** Shortest text that reads back as {@code d}: whole numbers without a decimal point. */
  public static String number(double d) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("cannot write " + d + " into a history: values must be finite numbers");
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  /** Throws unless {@code key} is a letter followed by letters, digits, {@code _} or {@code -}. */
  public static void checkKey(String key) {
    if (key == null || !HistoryLine.isKey(key)) {
      throw new IllegalArgumentException("\"" + key + "\" is not a valid history key: a key is an ASCII letter "
          + "followed by ASCII letters, digits, _ or -");
    }
  }
}
