package org.mentora.certificate;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mentora.support.CourseFixtures;

/**
 * Test-only (added to the browser test's deployment, never to the shipped WAR): arranges an edition
 * of its own with small completion rules and one eligible participant, and answers
 * "editionId;enrolmentId; holder name", so a browser journey starts from data of its own rather
 * than the demo world.
 */
@WebServlet("/test-fixtures/eligible-participant")
public class EligibleParticipantServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CourseFixtures fixtures;
  @Inject transient CertificateFixtures certificates;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long editionId = fixtures.world(10).editionId();
    certificates.rules(editionId, CertificateFixtures.SMALL);
    long enrolmentId =
        certificates.eligibleParticipant(editionId, String.valueOf(request.getParameter("name")));
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(editionId + ";" + enrolmentId + ";" + certificates.holderName(enrolmentId));
  }
}
