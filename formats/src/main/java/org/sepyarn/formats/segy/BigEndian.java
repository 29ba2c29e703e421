package org.sepyarn.formats.segy;

/** Big-endian 2- and 4-byte integers in byte arrays. */
final class BigEndian {
  private BigEndian() {
  }

  static int get(byte[] b, int at, int size, boolean unsigned) {
    if (size == 2) {
      int v = ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
      return unsigned ? v : (short) v;
    }
    return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
  }

  static void put(byte[] b, int at, int size, int v) {
    if (size == 2) {
      b[at] = (byte) (v >>> 8);
      b[at + 1] = (byte) v;
    } else {
      b[at] = (byte) (v >>> 24);
      b[at + 1] = (byte) (v >>> 16);
      b[at + 2] = (byte) (v >>> 8);
      b[at + 3] = (byte) v;
    }
  }
}
