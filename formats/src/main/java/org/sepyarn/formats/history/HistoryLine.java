package org.sepyarn.formats.history;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical rules for one line of a history file. A key is an ASCII letter followed by ASCII
 * letters, digits, {@code _} or {@code -}, and must start a word (follow a blank or the start of
 * the line). Its value is either a run of non-blank characters or a quoted string ({@code "..."}
 * or {@code '...'}) in which a doubled quote stands for one; a quoted string does not span lines,
 * and one left open runs to the end of its line. Words that are not {@code key=value} (program
 * titles, {@code sets next:}, dates) are skipped.
 */
final class HistoryLine {
  private HistoryLine() {
  }

  /** The {@code key=value} words of {@code line}, in order. */
  static List<Assignment> assignments(String line) {
    List<Assignment> found = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (i < n) {
      while (i < n && isBlank(line.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int keyEnd = keyEnd(line, i);
      if (keyEnd > i && keyEnd < n && line.charAt(keyEnd) == '=') {
        String key = line.substring(i, keyEnd);
        int v = keyEnd + 1;
        if (v < n && isQuote(line.charAt(v))) {
          StringBuilder value = new StringBuilder();
          i = readQuoted(line, v, value);
          found.add(new Assignment(key, value.toString()));
        } else {
          int e = v;
          while (e < n && !isBlank(line.charAt(e))) {
            e++;
          }
          found.add(new Assignment(key, line.substring(v, e)));
          i = e;
        }
      } else {
        while (i < n && !isBlank(line.charAt(i))) {
          i++;
        }
      }
    }
    return found;
  }

  /** Whether the line's first non-blank character is {@code #}. */
  static boolean isHashLine(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!isBlank(c)) {
        return c == '#';
      }
    }
    return false;
  }

  /**
   * Whether a line without assignments looks like a program's title line: SEPlib writes
   * {@code Program:   user@host   date}, Madagascar {@code sfprog   /dir:   user@host   date}, so
   * one of the first two words ends with {@code :} and a later word holds {@code @}.
   */
  static boolean isTitle(String line) {
    String[] words = line.trim().split("[\\s\\x00]+");
    if (words.length < 2 || words[0].isEmpty()) {
      return false;
    }
    int colonWord = words[0].endsWith(":") ? 0 : words[1].endsWith(":") ? 1 : -1;
    if (colonWord < 0) {
      return false;
    }
    for (int w = colonWord + 1; w < words.length; w++) {
      if (words[w].indexOf('@') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code key} is a valid history key. */
  static boolean isKey(String key) {
    return !key.isEmpty() && keyEnd(key, 0) == key.length();
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\0';
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  /** End of the key starting at {@code start}, or {@code start} when no key starts there. */
  private static int keyEnd(String s, int start) {
    if (!isAsciiLetter(s.charAt(start))) {
      return start;
    }
    int e = start + 1;
    while (e < s.length() && isKeyChar(s.charAt(e))) {
      e++;
    }
    return e;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isKeyChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  /** Reads the quoted string opening at {@code open} into {@code value}; returns the index after it. */
  private static int readQuoted(String line, int open, StringBuilder value) {
    char quote = line.charAt(open);
    int i = open + 1;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == quote) {
        if (i + 1 < line.length() && line.charAt(i + 1) == quote) {
          value.append(quote);
          i += 2;
          continue;
        }
        return i + 1;
      }
      value.append(c);
      i++;
    }
    return i;
  }
}
