package org.sepyarn.client.security;

import java.lang.reflect.UndeclaredThrowableException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;
import org.apache.hadoop.security.UserGroupInformation;

/**
 * Runs a command as a Hadoop user, throwing what the command threw: {@code doAs} wraps every
 * checked exception but {@code IOException} and {@code InterruptedException}, which would turn a
 * user's invalid input (exit 2) into an unexplained failure.
 */
final class AsUser {
  private AsUser() {
  }

  static int call(UserGroupInformation user, Callable<Integer> command) throws Exception {
    try {
      return user.doAs((PrivilegedExceptionAction<Integer>) command::call);
    } catch (UndeclaredThrowableException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
