package org.sepyarn.formats.segy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Random;

/**
 * Random SEG-Y files built byte by byte from the standard's layout, without the codec under test:
 * EBCDIC text, a binary header, traces with random header bytes and random samples.
 */
final class SegyFiles {
  final int samples;
  final int traces;
  final int format;
  final byte[] bytes;

  SegyFiles(Random random, int format, int traces, int samples) {
    this.samples = samples;
    this.traces = traces;
    this.format = format;
    ByteBuffer b = ByteBuffer.allocate(3600 + traces * (240 + 4 * samples));
    StringBuilder text = new StringBuilder();
    for (int line = 1; line <= 40; line++) {
      String l = String.format("C%2d LINE %d OF A TEST FILE, SEED %d", line, line, random.nextInt(1000));
      text.append(l).append(" ".repeat(80 - l.length()));
    }
    b.put(text.toString().getBytes(Charset.forName("IBM037")));
    b.putInt(random.nextInt()).putInt(7).putInt(1);
    b.putShort((short) 24).putShort((short) 0);
    b.putShort((short) 2000).putShort((short) 2000).putShort((short) samples).putShort((short) samples);
    b.putShort((short) format).putShort((short) 24).putShort((short) 1);
    while (b.position() < 3500) {
      b.put((byte) 0);
    }
    b.putShort((short) 0x0100).putShort((short) 1).putShort((short) 0);
    while (b.position() < 3600) {
      b.put((byte) 0);
    }
    for (int t = 0; t < traces; t++) {
      byte[] header = new byte[240];
      random.nextBytes(header);
      header[114] = (byte) (samples >>> 8);
      header[115] = (byte) samples;
      header[116] = (byte) (2000 >>> 8);
      header[117] = (byte) 2000;
      b.put(header);
      for (int s = 0; s < samples; s++) {
        b.putInt(format == 1 ? randomIbm(random) : randomIeee(random));
      }
    }
    bytes = b.array();
  }

  /** A normalized IBM float whose value is a normal IEEE float, or a signed zero. */
  static int randomIbm(Random random) {
    int exponent = 64 - 30 + random.nextInt(60);
    int fraction = 0x100000 + random.nextInt(0xf00000);
    int sign = random.nextBoolean() ? 0x80000000 : 0;
    return random.nextInt(50) == 0 ? sign : sign | (exponent << 24) | fraction;
  }

  static int randomIeee(Random random) {
    int bits;
    do {
      bits = random.nextInt();
    } while (Float.isNaN(Float.intBitsToFloat(bits)));
    return bits;
  }

  /** The samples of trace {@code t}, as they are in the file. */
  byte[] traceSamples(int t) {
    int start = 3600 + t * (240 + 4 * samples) + 240;
    return Arrays.copyOfRange(bytes, start, start + 4 * samples);
  }

  byte[] traceHeader(int t) {
    int start = 3600 + t * (240 + 4 * samples);
    return Arrays.copyOfRange(bytes, start, start + 240);
  }
}
