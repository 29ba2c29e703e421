package org.sepyarn.client.segy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Small big-endian SEG-Y files of IEEE floats, laid out byte by byte as the standard says. */
final class SmallSegy {
  private SmallSegy() {
  }

  /** Writes {@code traces} traces of {@code samples} random samples with random trace headers. */
  static void write(Path file, int traces, int samples, long seed) throws IOException {
    Random random = new Random(seed);
    ByteBuffer b = ByteBuffer.allocate(3600 + traces * (240 + 4 * samples));
    for (int i = 0; i < 3200; i++) {
      b.put((byte) 0x40);
    }
    b.position(3216);
    b.putShort((short) 4000).putShort((short) 0).putShort((short) samples).putShort((short) 0).putShort((short) 5);
    b.position(3500);
    b.putShort((short) 0x0100).putShort((short) 1).putShort((short) 0);
    b.position(3600);
    for (int t = 0; t < traces; t++) {
      byte[] header = new byte[240];
      random.nextBytes(header);
      header[114] = (byte) (samples >>> 8);
      header[115] = (byte) samples;
      b.put(header);
      for (int s = 0; s < samples; s++) {
        b.putFloat((float) random.nextGaussian());
      }
    }
    Files.write(file, b.array());
  }
}
