package org.mentora.course;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mentora.platform.security.Role;
import org.mentora.support.CourseFixtures;
import org.mentora.support.TestData;

/**
 * Test-only (added to the salon journey's deployment, never to the shipped WAR): enrols three
 * library directors of their own in the edition {@code edition}, as admission would, and answers
 * "enrolmentId;full name" per line. The journey walks what the salon issue asks for; enrolling is
 * not part of it.
 */
@WebServlet("/test-fixtures/salon-participants")
public class SalonParticipantsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String[][] DIRECTORS = {
    {"Ilze", "Kalniņa"}, {"Gints", "Zariņš"}, {"Vija", "Lāce"}
  };

  @Inject transient CourseFixtures fixtures;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long editionId = Long.parseLong(request.getParameter("edition"));
    List<String> lines = new ArrayList<>();
    for (String[] director : DIRECTORS) {
      String username = TestData.unique("director");
      String family = director[1] + "-" + username.substring(username.length() - 6);
      long person = fixtures.person(username, director[0], family, Role.PARTICIPANT);
      lines.add(fixtures.enrol(editionId, person) + ";" + director[0] + " " + family);
    }
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(String.join("\n", lines));
  }
}
