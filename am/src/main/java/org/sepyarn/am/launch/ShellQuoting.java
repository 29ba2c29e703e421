package org.sepyarn.am.launch;

/**
 * YARN runs a container's command through a shell script. Every word of ours that is not a YARN
 * expansion goes through {@link #quote} so that nothing in it is interpreted by that shell.
 */
public final class ShellQuoting {
  private ShellQuoting() {
  }

  /** The word in single quotes, each embedded single quote written as {@code '\''}. */
  public static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
