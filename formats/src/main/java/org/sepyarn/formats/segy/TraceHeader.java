package org.sepyarn.formats.segy;

/** Reads and writes the fields of one 240-byte SEG-Y trace header held in an array. */
public final class TraceHeader {
  private TraceHeader() {
  }

  /** The value of {@code field} in the header starting at {@code offset} of {@code bytes}. */
  public static int get(byte[] bytes, int offset, TraceHeaderField field) {
    return BigEndian.get(bytes, offset + field.position() - 1, field.size(), field.unsigned());
  }

  /**
   * Sets {@code field} to {@code value}.
   *
   * @throws IllegalArgumentException when the value does not fit the field, naming it
   */
  public static void set(byte[] bytes, int offset, TraceHeaderField field, long value) {
    if (value < field.min() || value > field.max()) {
      throw new IllegalArgumentException("trace header field " + field.key() + " (bytes " + field.position() + "-"
          + (field.position() + field.size() - 1) + ") holds " + field.min() + ".." + field.max() + ", not " + value);
    }
    BigEndian.put(bytes, offset + field.position() - 1, field.size(), (int) value);
  }
}
