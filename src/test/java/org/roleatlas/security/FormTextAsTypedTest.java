package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Text typed into a page's form comes back as typed, whatever its alphabet: browsers send a form from a UTF-8 page as
 * percent-encoded UTF-8 with no charset in the {@code Content-Type}, and the server must read it as UTF-8 (a filter
 * that decodes the parameters before the encoding is set would store "Zoë" as "ZoÃ«"). Also the fullwidth brackets
 * some XSS vectors use, which must stay text and stay themselves.
 */
class FormTextAsTypedTest extends OwnServer {

    @Test
    void aProfileAndAQuestionSentAsABrowserSendsThemShowTheTextAsTyped() {
        Site.Member member = Site.onPort(port).signUp("form-typist", "Typist");
        String name = "Zoë Ünal-Øvrebø 山田";
        String jobTitle = "Directrice générale ＜script＞";
        HttpResponse<String> saved = member.postAsBrowsersDo("/me", "displayName", name, "jobTitle", jobTitle,
                "industry", "manufacturing", "companySize", "10001+");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        Document me = Jsoup.parse(member.get("/me").body());
        assertThat(me.selectFirst("input[name=displayName]").val()).isEqualTo(name);
        assertThat(me.selectFirst("input[name=jobTitle]").val()).isEqualTo(jobTitle);

        String title = "Qui décide du budget « plateforme » ?";
        HttpResponse<String> asked = member.postAsBrowsersDo("/questions", "title", title,
                "body", "Ça dépend — *vraiment*.", "roles", "cto");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);
        String location = asked.headers().firstValue("Location").orElseThrow();
        Document question = Jsoup.parse(member.get(location.replaceFirst("^https?://[^/]+", "")).body());
        assertThat(question.selectFirst("#question-title").text()).isEqualTo(title);
        assertThat(question.selectFirst(".post-body").text()).isEqualTo("Ça dépend — vraiment.");
        assertThat(question.selectFirst(".signature strong").text()).isEqualTo(name);
    }
}
