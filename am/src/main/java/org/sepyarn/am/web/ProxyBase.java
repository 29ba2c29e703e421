package org.sepyarn.am.web;

import org.apache.hadoop.yarn.api.records.ApplicationId;

/**
 * The page's base address behind YARN's web proxy, {@code /proxy/<application id>/}: the proxy
 * forwards {@code /proxy/APPID} and {@code /proxy/APPID/} alike, and without a base the browser
 * would resolve the page's relative links ({@code api/job}, {@code timeline.svg},
 * {@code ?page=1}) against {@code /proxy/} in the first case. The proxy's path is the same on
 * every ResourceManager and on a standalone proxy server.
 */
final class ProxyBase {
  private static final String HEAD = "<head>";

  private ProxyBase() {
  }

  /** {@code /proxy/<application id>/}. */
  static String of(ApplicationId application) {
    return "/proxy/" + application + "/";
  }

  /** {@code html} with {@code <base href="base">} first in its head; unchanged when it has no head. */
  static String insert(String html, String base) {
    int head = html.indexOf(HEAD);
    if (head < 0) {
      return html;
    }
    int at = head + HEAD.length();
    return html.substring(0, at) + "\n<base href=\"" + Markup.escape(base) + "\">" + html.substring(at);
  }
}
