package org.sepyarn.formats.job;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Who besides the submitting user and the cluster's administrators may see a job ({@code view}:
 * its tracking page, {@code status}, {@code logs}) and change it ({@code modify}: {@code kill}),
 * as YARN's application ACLs. An entry is a user name, {@code @group} for a group, or {@code *}
 * for everyone.
 *
 * @param view who may view the job (default nobody else)
 * @param modify who may kill it (default nobody else)
 */
public record Acls(List<String> view, List<String> modify) {
  /** Nobody beyond the submitting user and the cluster's administrators. */
  public static final Acls OWNER_ONLY = new Acls(List.of(), List.of());
  private static final Pattern ENTRY = Pattern.compile("[*]|@?[A-Za-z0-9_][A-Za-z0-9_.@$-]*");

  public Acls {
    view = List.copyOf(view);
    modify = List.copyOf(modify);
    Problems problems = new Problems();
    check(view, problems.field("view"));
    check(modify, problems.field("modify"));
    problems.throwIfAny("acls");
  }

  static void check(List<String> entries, Problems at) {
    for (int i = 0; i < entries.size(); i++) {
      if (!ENTRY.matcher(entries.get(i)).matches()) {
        at.index(i).add("\"" + entries.get(i) + "\" is not a user, \"@group\" or \"*\": write a user name such as"
            + " \"alice\", a group as \"@geophysics\", or \"*\" for everyone (no spaces or commas)");
      }
    }
  }

  /**
   * {@code entries} in YARN's ACL form: users, a space, groups, each list comma separated;
   * {@code "*"} for everyone; a single space for nobody (beyond the owner and the administrators).
   */
  public static String yarnAcl(List<String> entries) {
    if (entries.contains("*")) {
      return "*";
    }
    String users = String.join(",", entries.stream().filter(e -> !e.startsWith("@")).toList());
    String groups = String.join(",", entries.stream().filter(e -> e.startsWith("@")).map(e -> e.substring(1))
        .toList());
    return users + " " + groups;
  }

  public boolean isOwnerOnly() {
    return view.isEmpty() && modify.isEmpty();
  }
}
