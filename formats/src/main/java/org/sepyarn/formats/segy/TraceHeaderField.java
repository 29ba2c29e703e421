package org.sepyarn.formats.segy;

import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a SEG-Y rev1 trace header, named as Seismic Unix names them, with their 1-based
 * byte position in the 240-byte header and their size. Together they cover every byte of the
 * header exactly once (the unassigned bytes 233-240 included), so a header converted to keys and
 * back is byte for byte the same. Values are big-endian two's-complement integers, except
 * {@link #NS} and {@link #DT}, unsigned 16-bit as rev2 reads them.
 */
public enum TraceHeaderField {
  TRACL(1, 4), TRACR(5, 4), FLDR(9, 4), TRACF(13, 4), EP(17, 4), CDP(21, 4), CDPT(25, 4),
  TRID(29, 2), NVS(31, 2), NHS(33, 2), DUSE(35, 2),
  OFFSET(37, 4), GELEV(41, 4), SELEV(45, 4), SDEPTH(49, 4), GDEL(53, 4), SDEL(57, 4), SWDEP(61, 4), GWDEP(65, 4),
  SCALEL(69, 2), SCALCO(71, 2),
  SX(73, 4), SY(77, 4), GX(81, 4), GY(85, 4),
  COUNIT(89, 2), WEVEL(91, 2), SWEVEL(93, 2), SUT(95, 2), GUT(97, 2), SSTAT(99, 2), GSTAT(101, 2), TSTAT(103, 2),
  LAGA(105, 2), LAGB(107, 2), DELRT(109, 2), MUTS(111, 2), MUTE(113, 2),
  NS(115, 2, true), DT(117, 2, true),
  GAIN(119, 2), IGC(121, 2), IGI(123, 2), CORR(125, 2), SFS(127, 2), SFE(129, 2), SLEN(131, 2), STYP(133, 2),
  STAS(135, 2), STAE(137, 2), TATYP(139, 2), AFILF(141, 2), AFILS(143, 2), NOFILF(145, 2), NOFILS(147, 2),
  LCF(149, 2), HCF(151, 2), LCS(153, 2), HCS(155, 2),
  YEAR(157, 2), DAY(159, 2), HOUR(161, 2), MINUTE(163, 2), SEC(165, 2), TIMBAS(167, 2),
  TRWF(169, 2), GRNORS(171, 2), GRNOFR(173, 2), GRNLOF(175, 2), GAPS(177, 2), OTRAV(179, 2),
  CDPX(181, 4), CDPY(185, 4), ILINE(189, 4), XLINE(193, 4), SP(197, 4), SCALSP(201, 2),
  TVMU(203, 2), TDCM(205, 4), TDCE(209, 2), TDUNIT(211, 2), DEVID(213, 2), SCALT(215, 2), STYPE(217, 2),
  SEDIR1(219, 2), SEDIR2(221, 2), SEDIR3(223, 2), SMEAS(225, 4), SMEASE(229, 2), SMUNIT(231, 2),
  UNASS1(233, 4), UNASS2(237, 4);

  /** Bytes in a trace header. */
  public static final int BYTES = 240;

  private final int position;
  private final int size;
  private final boolean unsigned;

  TraceHeaderField(int position, int size) {
    this(position, size, false);
  }

  TraceHeaderField(int position, int size, boolean unsigned) {
    this.position = position;
    this.size = size;
    this.unsigned = unsigned;
  }

  /** The key name: the constant in lower case ({@code cdpx}, {@code offset}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** 1-based byte position in the trace header, as the standard counts. */
  public int position() {
    return position;
  }

  /** 2 or 4 bytes. */
  public int size() {
    return size;
  }

  public boolean unsigned() {
    return unsigned;
  }

  /** The smallest value the field holds. */
  public long min() {
    return unsigned ? 0 : size == 2 ? Short.MIN_VALUE : Integer.MIN_VALUE;
  }

  /** The largest value the field holds. */
  public long max() {
    return unsigned ? 0xffff : size == 2 ? Short.MAX_VALUE : Integer.MAX_VALUE;
  }

  /** The field whose key is {@code key}, if any. */
  public static Optional<TraceHeaderField> byKey(String key) {
    for (TraceHeaderField f : values()) {
      if (f.key().equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
