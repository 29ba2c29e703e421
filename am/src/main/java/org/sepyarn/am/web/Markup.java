package org.sepyarn.am.web;

/**
 * Text made safe for HTML and XML, in element content and in quoted attribute values alike. User
 * values (job names, arguments, paths, diagnostics) go through {@link #escape} before they reach a
 * page. Characters XML 1.0 forbids (control characters other than tab, newline and carriage
 * return, lone surrogates, U+FFFE and U+FFFF), which programs' stderr may contain, become U+FFFD so
 * that the SVG stays well-formed.
 */
final class Markup {
  private static final char REPLACEMENT = '\uFFFD';

  private Markup() {
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else {
            sb.append(isAllowedInXml(c) ? c : REPLACEMENT);
          }
        }
      }
    }
    return sb.toString();
  }

  private static boolean isAllowedInXml(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
