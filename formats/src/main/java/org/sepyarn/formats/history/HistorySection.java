package org.sepyarn.formats.history;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The section one program appends to a history: a title line
 * ({@code \n\n<program>:   <user>@<host>   <date>}) and then one {@code key=value} line per
 * parameter it sets, quoted as {@link HistoryValues} says. Appending, rather than rewriting,
 * keeps every earlier section and unknown key of the original text as it was. Immutable.
 */
public final class HistorySection {
  /** The date format of C's {@code ctime}, which SEPlib and Madagascar title lines use. */
  public static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);

  private final String program;
  private final String user;
  private final String host;
  private final String date;
  private final Map<String, String> parameters;

  public HistorySection(String program, String user, String host, String date, Map<String, String> parameters) {
    this.program = checkOneLine("program", program);
    if (program.isBlank() || program.indexOf('=') >= 0) {
      throw new IllegalArgumentException("a history section needs a program name without '=', got \"" + program
          + "\"");
    }
    this.user = checkOneLine("user", user);
    this.host = checkOneLine("host", host);
    this.date = checkOneLine("date", date);
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      HistoryValues.quote(e.getKey(), e.getValue());
      copy.put(e.getKey(), e.getValue());
    }
    this.parameters = Collections.unmodifiableMap(copy);
  }

  /** A section by the current user on this host, dated now. */
  public static HistorySection now(String program, Map<String, String> parameters) {
    return new HistorySection(program, System.getProperty("user.name", "unknown"), localHostName(),
        CTIME.format(ZonedDateTime.now()), parameters);
  }

  public String program() {
    return program;
  }

  public Map<String, String> parameters() {
    return parameters;
  }

  /** The title line as a parser reports it in {@link History#programTitles()}. */
  public String title() {
    return (program + ":   " + user + "@" + host + "   " + date).trim();
  }

  /** The section's text, starting with the blank line that separates it from the previous one. */
  public String render() {
    StringBuilder sb = new StringBuilder("\n\n").append(title()).append('\n');
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      sb.append(HistoryValues.assignment(e.getKey(), e.getValue())).append('\n');
    }
    return sb.toString();
  }

  /** {@code historyText} followed by this section (without leading blank lines when the text is empty). */
  public String appendTo(String historyText) {
    String section = render();
    return historyText.isEmpty() ? section.substring(2) : historyText + section;
  }

  private static String checkOneLine(String what, String value) {
    if (value == null) {
      throw new IllegalArgumentException("the " + what + " of a history section must not be null");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\t') {
        throw new IllegalArgumentException("the " + what + " of a history section \"" + value.replace("\n", "\\n")
            + "\" holds control character " + (int) c + ": it must fit on the title line");
      }
    }
    return value;
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
