package org.mentora.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test deployment: the real WAR from {@code target/}, so tests run the Flyway scripts, bundles,
 * pages and descriptors that ship, plus this support package. The Arquillian runner servlet is made
 * reachable without a login; everything else keeps the shipped security.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive mentora() {
    String location = System.getProperty("mentora.war", "target/mentora.war");
    File war = new File(location);
    if (!war.isFile()) {
      throw new IllegalStateException(
          "Build the WAR first (mvn package): " + war.getAbsolutePath());
    }
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, "mentora.war").importFrom(war).as(WebArchive.class);
    archive.addPackage(Deployments.class.getPackage());
    String webXml = read(archive, "WEB-INF/web.xml");
    archive.delete("WEB-INF/web.xml");
    archive.setWebXML(new StringAsset(openRunner(webXml)));
    return archive;
  }

  private static String read(WebArchive archive, String path) {
    try (InputStream in = archive.get(path).getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String openRunner(String webXml) {
    String publicRunner =
        """
          <security-constraint>
            <web-resource-collection>
              <web-resource-name>arquillian</web-resource-name>
              <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
            </web-resource-collection>
          </security-constraint>
        </web-app>
        """;
    return webXml.replace("</web-app>", publicRunner);
  }
}
