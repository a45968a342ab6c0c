package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * What a member may type never makes the server fail: an article whose title repeats an existing one gets an address
 * of its own, also when the title is as long as a title may be (its address is then cut to length and numbered).
 */
class RepeatedTitlesTest extends OwnServer {

    @Test
    void aLongTitleWrittenTwiceGivesTwoArticlesAtTwoAddresses() {
        Site.Member editor = site().member("repeating-editor", "Repeating editor");
        Grants.grant(jdbc, editor.username, "editor");
        String title = ("Where the platform team reports when the company grows past one product line "
                + "and the CTO splits the engineering organisation in two ").repeat(2).substring(0, 200).strip();
        Map<String, Object> article = Map.of("title", title, "summary", "A summary.", "body", "Some text.",
                "roles", List.of("cto"), "publish", true);

        HttpResponse<String> first = editor.api("POST", "/api/articles", article);
        HttpResponse<String> second = editor.api("POST", "/api/articles", article);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        String one = first.headers().firstValue("Location").orElseThrow();
        String two = second.headers().firstValue("Location").orElseThrow();
        assertThat(two).isNotEqualTo(one);
        assertThat(site().get(two).statusCode()).isEqualTo(200);
    }
}
