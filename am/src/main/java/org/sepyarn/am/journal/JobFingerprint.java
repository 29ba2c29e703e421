package org.sepyarn.am.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * A SHA-256 hash of the job description and the shapes of its inputs. The first AM attempt
 * journals it; a later attempt computes it again and resumes only if it is the same, so a job
 * whose description or inputs changed in between is not stitched together from two versions.
 * Pure: the caller reads the job and the inputs and passes them in as text.
 */
public final class JobFingerprint {

  /**
   * One input dataset as the fingerprint sees it.
   *
   * @param path the input's path as the job names it
   * @param cube the input's grid as text: {@code Hypercube.toString()} (lengths)
   * @param axes each axis as text, {@code Axis.toString()} (length, origin, sampling, label, unit)
   * @param bytes the size of the input's binary data
   */
  public record InputShape(String path, String cube, List<String> axes, long bytes) {

    public InputShape {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(cube, "cube");
      axes = List.copyOf(axes);
      if (bytes < 0) {
        throw new IllegalArgumentException("input " + path + " has " + bytes + " bytes; a size is 0 or more");
      }
    }

    /** The shape of input {@code path} with grid {@code cube} and {@code bytes} bytes of data. */
    public static InputShape of(String path, Hypercube cube, long bytes) {
      return new InputShape(path, cube.toString(), cube.axes().stream().map(Axis::toString).toList(), bytes);
    }
  }

  private JobFingerprint() {
  }

  /** The fingerprint, {@code sha256:} and 64 hex digits, of the canonical job JSON and the inputs in job order. */
  public static String of(String canonicalJobJson, List<InputShape> inputs) {
    MessageDigest sha = sha256();
    field(sha, "job", canonicalJobJson);
    for (InputShape input : inputs) {
      field(sha, "input", input.path());
      field(sha, "cube", input.cube());
      for (String axis : input.axes()) {
        field(sha, "axis", axis);
      }
      field(sha, "bytes", Long.toString(input.bytes()));
    }
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }

  /** Feeds a name and a length-prefixed value, so that no two different inputs feed the same bytes. */
  private static void field(MessageDigest sha, String name, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update(name.getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java runtime lacks SHA-256, which every Java runtime must provide", e);
    }
  }
}
