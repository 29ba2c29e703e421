package org.sepyarn.am.channel;

/**
 * A signed runner message the ApplicationMaster will not take: a replay, or a message of another
 * task or attempt than its container runs. The channel answers it with HTTP 409 and logs why; it
 * changes nothing.
 */
public final class RefusedMessageException extends Exception {
  private static final long serialVersionUID = 1L;

  public RefusedMessageException(String why) {
    super(why);
  }
}
