package org.sepyarn.am.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses SVG text with the JDK's XML parser, failing on anything not well-formed. */
final class SvgDocuments {
  private SvgDocuments() {
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** The {@code rect} elements whose class attribute lists {@code cssClass}. */
  static List<Element> rects(Document svg, String cssClass) {
    NodeList all = svg.getElementsByTagNameNS(TimelineSvg.NAMESPACE, "rect");
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element rect = (Element) all.item(i);
      if (Arrays.asList(rect.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(rect);
      }
    }
    return found;
  }
}
