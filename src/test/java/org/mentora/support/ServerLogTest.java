package org.mentora.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerLogTest {

  private static final String LOG =
      """
      [2026-12-06T12:26:04.153+0000] [] [\u001B[1;93mWARNING\u001B[0m] [] [PayaraMicro] [tid: _ThreadID=1] [timeMillis: 1] [levelValue: 900] Runtime directory is temporary.

      [2026-12-06T12:27:08.071+0000] [] [\u001B[1;91mSEVERE\u001B[0m] [] [org.mentora.platform.web.ErrorPage] [tid: _ThreadID=90] [timeMillis: 2] [levelValue: 1000] [[
        [ref] status 500 for /mentora/course/participant.xhtml]]

      [2026-12-06T12:27:09.000+0000] [] [\u001B[1;93mWARNING\u001B[0m] [] [jakarta.enterprise.web] [tid: _ThreadID=91] [timeMillis: 3] [levelValue: 900] [[
        StandardWrapperValve[Faces Servlet]: Servlet.service() threw exception
      java.lang.NullPointerException
      \tat org.mentora.course.web.ParticipantPage.load(ParticipantPage.java:42)
      ]]

      [2026-12-06T12:27:10.000+0000] [] [\u001B[1;92mINFO\u001B[0m] [] [x] [tid: _ThreadID=1] [timeMillis: 4] [levelValue: 800] Deployed
      """;

  @Test
  void findsTheSevereRecordAndTheWarningWithAStackTraceButNotTheRest() {
    List<String> problems = ServerLog.problems(ServerLog.records(LOG));

    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("status 500"));
    assertTrue(problems.get(1).contains("ParticipantPage.load"));
  }
}
