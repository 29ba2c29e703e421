package org.sepyarn.formats.element;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How one sample is stored in a dataset's binary: its kind, byte order and size
 * ({@code data_format} and {@code esize} in a history file). Samples convert to and from
 * {@code double} so that merges can do their arithmetic in one type; complex samples have two
 * components (real, imaginary).
 */
public final class ElementFormat {
  /** What a sample is. */
  public enum Kind {
    FLOAT(4, 1), DOUBLE(8, 1), INT(4, 1), SHORT(2, 1), LONG(8, 1), BYTE(1, 1), UCHAR(1, 1),
    COMPLEX(8, 2), DOUBLE_COMPLEX(16, 2);

    final int esize;
    final int components;

    Kind(int esize, int components) {
      this.esize = esize;
      this.components = components;
    }
  }

  /** SEPlib's default when a header has no {@code data_format}. */
  public static final ElementFormat XDR_FLOAT = new ElementFormat("xdr", Kind.FLOAT);
  public static final ElementFormat NATIVE_FLOAT = new ElementFormat("native", Kind.FLOAT);
  public static final ElementFormat XDR_INT = new ElementFormat("xdr", Kind.INT);
  public static final ElementFormat NATIVE_INT = new ElementFormat("native", Kind.INT);
  public static final ElementFormat XDR_DOUBLE = new ElementFormat("xdr", Kind.DOUBLE);
  public static final ElementFormat NATIVE_DOUBLE = new ElementFormat("native", Kind.DOUBLE);
  public static final ElementFormat XDR_COMPLEX = new ElementFormat("xdr", Kind.COMPLEX);
  public static final ElementFormat NATIVE_COMPLEX = new ElementFormat("native", Kind.COMPLEX);
  public static final ElementFormat XDR_BYTE = new ElementFormat("xdr", Kind.BYTE);
  public static final ElementFormat NATIVE_BYTE = new ElementFormat("native", Kind.BYTE);

  private static final List<ElementFormat> ALL;

  static {
    List<ElementFormat> all = new ArrayList<>();
    for (String prefix : new String[] {"xdr", "native"}) {
      for (Kind k : Kind.values()) {
        all.add(new ElementFormat(prefix, k));
      }
    }
    ALL = Collections.unmodifiableList(all);
  }

  private final String prefix;
  private final Kind kind;
  private final ByteOrder order;

  private ElementFormat(String prefix, Kind kind) {
    this.prefix = prefix;
    this.kind = kind;
    this.order = prefix.equals("xdr") ? ByteOrder.BIG_ENDIAN : ByteOrder.nativeOrder();
  }

  /** Every supported format. */
  public static List<ElementFormat> all() {
    return ALL;
  }

  /**
   * The format a header describes. {@code dataFormat} may be null (SEPlib then assumes
   * {@code xdr_float}, or {@code xdr_byte}/complex when {@code esize} says 1/8); {@code esize} may
   * be null. Throws naming the unsupported format or the inconsistent esize.
   */
  public static ElementFormat fromHeader(String dataFormat, Integer esize) {
    ElementFormat f;
    if (dataFormat == null || dataFormat.isEmpty()) {
      if (esize == null || esize == 4) {
        f = XDR_FLOAT;
      } else if (esize == 8) {
        f = XDR_COMPLEX;
      } else if (esize == 1) {
        f = XDR_BYTE;
      } else if (esize == 0) {
        throw new IllegalArgumentException("esize=0 means ASCII data, which sepyarn does not read; "
            + "convert it to binary first (for example with sfdd form=native)");
      } else {
        throw new IllegalArgumentException("esize=" + esize + " without data_format: cannot tell the element type; "
            + "add data_format= (for example data_format=\"xdr_float\")");
      }
    } else {
      f = byName(dataFormat);
    }
    if (esize != null && esize != f.esize()) {
      throw new IllegalArgumentException("esize=" + esize + " disagrees with data_format=\"" + f.name()
          + "\", whose elements are " + f.esize() + " bytes");
    }
    return f;
  }

  /** The format named {@code xdr_float}, {@code native_complex} and so on. */
  public static ElementFormat byName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    String prefix;
    String type;
    int underscore = n.indexOf('_');
    if (underscore < 0) {
      throw unsupported(name);
    }
    prefix = n.substring(0, underscore);
    type = n.substring(underscore + 1);
    if (prefix.equals("ascii")) {
      throw new IllegalArgumentException("data_format=\"" + name + "\" (ASCII) is not supported: sepyarn reads binary "
          + "data; convert it first (for example with sfdd form=native). Supported: " + supportedNames());
    }
    if (!prefix.equals("xdr") && !prefix.equals("native")) {
      throw unsupported(name);
    }
    Kind kind;
    switch (type) {
      case "float": kind = Kind.FLOAT; break;
      case "double": kind = Kind.DOUBLE; break;
      case "int": kind = Kind.INT; break;
      case "short": kind = Kind.SHORT; break;
      case "long": kind = Kind.LONG; break;
      case "byte": case "char": kind = Kind.BYTE; break;
      case "uchar": kind = Kind.UCHAR; break;
      case "complex": kind = Kind.COMPLEX; break;
      case "double_complex": case "complex_double": kind = Kind.DOUBLE_COMPLEX; break;
      default: throw unsupported(name);
    }
    return new ElementFormat(prefix, kind);
  }

  private static IllegalArgumentException unsupported(String name) {
    return new IllegalArgumentException("data_format=\"" + name + "\" is not supported; supported formats are "
        + supportedNames());
  }

  private static String supportedNames() {
    StringBuilder sb = new StringBuilder();
    for (ElementFormat f : ALL) {
      sb.append(sb.length() == 0 ? "" : ", ").append(f.name());
    }
    return sb.toString();
  }

  /** The {@code data_format} value, e.g. {@code xdr_float}. */
  public String name() {
    String type;
    switch (kind) {
      case DOUBLE_COMPLEX: type = "double_complex"; break;
      default: type = kind.name().toLowerCase(Locale.ROOT);
    }
    return prefix + "_" + type;
  }

  public Kind kind() {
    return kind;
  }

  public ByteOrder order() {
    return order;
  }

  public boolean isXdr() {
    return prefix.equals("xdr");
  }

  /** Bytes per element ({@code esize}). */
  public int esize() {
    return kind.esize;
  }

  /** Values per element: 2 for complex, 1 otherwise. */
  public int components() {
    return kind.components;
  }

  /** Bytes per component. */
  public int componentSize() {
    return kind.esize / kind.components;
  }

  /** The same element type in another byte order prefix ({@code xdr} or {@code native}). */
  public ElementFormat withPrefix(String newPrefix) {
    return new ElementFormat(newPrefix, kind);
  }

  /**
   * Decodes {@code elements} samples from {@code src} at byte {@code srcOff} into
   * {@code elements * components()} doubles at {@code dst[dstOff]}.
   */
  public void decode(byte[] src, int srcOff, double[] dst, int dstOff, int elements) {
    ByteBuffer b = ByteBuffer.wrap(src).order(order);
    int values = elements * kind.components;
    int cs = componentSize();
    for (int i = 0; i < values; i++) {
      int p = srcOff + i * cs;
      double v;
      switch (kind) {
        case FLOAT: case COMPLEX: v = b.getFloat(p); break;
        case DOUBLE: case DOUBLE_COMPLEX: v = b.getDouble(p); break;
        case INT: v = b.getInt(p); break;
        case SHORT: v = b.getShort(p); break;
        case LONG: v = b.getLong(p); break;
        case BYTE: v = src[p]; break;
        case UCHAR: v = src[p] & 0xff; break;
        default: throw new IllegalStateException(kind.toString());
      }
      dst[dstOff + i] = v;
    }
  }

  /**
   * Encodes {@code elements} samples ({@code elements * components()} doubles) into {@code dst} at
   * byte {@code dstOff}. Integer kinds round to the nearest value and clamp to their range.
   */
  public void encode(double[] src, int srcOff, byte[] dst, int dstOff, int elements) {
    ByteBuffer b = ByteBuffer.wrap(dst).order(order);
    int values = elements * kind.components;
    int cs = componentSize();
    for (int i = 0; i < values; i++) {
      int p = dstOff + i * cs;
      double v = src[srcOff + i];
      switch (kind) {
        case FLOAT: case COMPLEX: b.putFloat(p, (float) v); break;
        case DOUBLE: case DOUBLE_COMPLEX: b.putDouble(p, v); break;
        case INT: b.putInt(p, (int) clampRound(v, Integer.MIN_VALUE, Integer.MAX_VALUE)); break;
        case SHORT: b.putShort(p, (short) clampRound(v, Short.MIN_VALUE, Short.MAX_VALUE)); break;
        case LONG: b.putLong(p, Math.round(v)); break;
        case BYTE: dst[p] = (byte) clampRound(v, Byte.MIN_VALUE, Byte.MAX_VALUE); break;
        case UCHAR: dst[p] = (byte) clampRound(v, 0, 255); break;
        default: throw new IllegalStateException(kind.toString());
      }
    }
  }

  private static long clampRound(double v, long lo, long hi) {
    if (Double.isNaN(v)) {
      return 0;
    }
    long r = Math.round(v);
    return Math.max(lo, Math.min(hi, r));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElementFormat && ((ElementFormat) o).name().equals(name())
        && ((ElementFormat) o).order.equals(order);
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return name();
  }
}
