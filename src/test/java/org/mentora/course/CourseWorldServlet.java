package org.mentora.course;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mentora.platform.security.Role;
import org.mentora.support.CourseFixtures;
import org.mentora.support.TestData;

/**
 * Test-only (added to the browser test's deployment, never to the shipped WAR): an edition of its
 * own, open for applications, and a trainee account of its own (password {@link
 * TestData#PASSWORD}), enrolled when {@code enrol=true}; answers "editionId;username;family
 * name;edition's label in the apply page", so a journey neither depends on nor changes the demo
 * world's people.
 */
@WebServlet("/test-fixtures/course-world")
public class CourseWorldServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CourseFixtures fixtures;
  @PersistenceContext transient EntityManager em;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long editionId = fixtures.world(10).editionId();
    String username = TestData.unique("trainee");
    String family = "Bērziņa-" + username.substring(username.length() - 6);
    long person = fixtures.person(username, "Līga", family, Role.PARTICIPANT);
    if ("true".equals(request.getParameter("enrol"))) {
      fixtures.enrol(editionId, person);
    }
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    Edition edition = em.find(Edition.class, editionId);
    String label = edition.getTitle() + " (" + edition.getCode() + ")";
    response.getWriter().write(editionId + ";" + username + ";" + family + ";" + label);
  }
}
