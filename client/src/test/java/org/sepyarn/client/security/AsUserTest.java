package org.sepyarn.client.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.hadoop.security.UserGroupInformation;
import org.junit.jupiter.api.Test;
import org.sepyarn.client.cli.InvalidInputException;

class AsUserTest {
  private final UserGroupInformation alice = UserGroupInformation.createRemoteUser("alice");

  @Test
  void theCommandRunsAsTheUser() throws Exception {
    assertEquals(7, AsUser.call(alice, () -> UserGroupInformation.getCurrentUser().getShortUserName().equals("alice")
        ? 7 : 1));
  }

  @Test
  void aCheckedExceptionComesOutAsTheCommandThrewIt() {
    InvalidInputException invalid = new InvalidInputException("bad job");
    assertSame(invalid, assertThrows(InvalidInputException.class, () -> AsUser.call(alice, () -> {
      throw invalid;
    })));
  }
}
