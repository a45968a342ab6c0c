package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.roleatlas.Browser;
import org.roleatlas.InertHtml;

/**
 * The XSS corpus in real Chromium (see {@link Browser}): every vector in every member field ({@link VectorPosts}),
 * then the pages that show them as a signed-in member sees them: each question page (title, body, poll, answer,
 * comments and the signature with the display name and job title of that moment), each article page, the profile
 * page with every token name, the question list, the role's discussions, the article list and search results page by
 * page, and the moderation queue. No page may open a dialog, and in the live DOM (after Chromium parsed the page and
 * htmx processed it) there may be no script but the page's own, no embedded document, SVG or MathML inside member
 * content, no event-handler or htmx attribute a template did not write, and no javascript:, vbscript: or data: URL.
 * The pages have a strict CSP, which would stop most inline scripts anyway: the DOM is checked, not only dialogs.
 */
class XssInChromiumTest extends OwnServer {

    /** Everything on the page that could run code or act for the reader, read from the live DOM. */
    private static final String ACTIVE_IN_DOM = """
            const member = '.post-body, .comment-body, .article-body, .queued-body, #question-title, .question-item h2,'
              + ' .signature, .poll-label, .poll-options li, form.poll-vote label, .hit h2, .snippet, .hit .meta,'
              + ' .suggestions li, .article h1, .lede, .article-item h2, .summary, .toc, .queued-title, .flag-note,'
              + ' .log-reason, table.tokens td:first-child, #signature, p.meta';
            const found = [];
            const clip = e => e.outerHTML.slice(0, 200);
            const executable = v => /^(javascript|vbscript|data|livescript):/i.test(v.replace(/[\\u0000-\\u0020\\u00ad\\u200b-\\u200f\\u2028-\\u202e\\ufeff]/g, ''));
            for (const s of document.querySelectorAll('script')) {
              if (s.getAttribute('src') !== '/js/htmx.min.js' || s.textContent.trim() !== '') found.push('script: ' + clip(s));
            }
            for (const e of document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, meta[http-equiv]')) {
              found.push('element: ' + clip(e));
            }
            for (const e of document.querySelectorAll('*')) {
              for (const a of e.attributes) {
                const name = a.name.toLowerCase();
                if (name.startsWith('on') || name.startsWith('hx-on') || name.startsWith('data-hx-on')) found.push('handler: ' + clip(e));
                if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc'].includes(name) && executable(a.value)) found.push('url: ' + clip(e));
              }
            }
            for (const c of document.querySelectorAll(member)) {
              for (const e of c.querySelectorAll('*')) {
                const tag = e.localName.toLowerCase();
                // the one image member Markdown may show: a web image, loaded lazily, sending no referrer
                const webImage = tag === 'img' && /^https?:[/][/]/i.test(e.getAttribute('src') || '')
                    && e.getAttribute('loading') === 'lazy' && e.getAttribute('referrerpolicy') === 'no-referrer'
                    && [...e.attributes].every(a => ['src', 'alt', 'title', 'loading', 'referrerpolicy'].includes(a.name));
                if ((['script', 'iframe', 'object', 'embed', 'svg', 'math', 'img', 'image', 'style', 'form', 'textarea',
                     'select', 'button', 'video', 'audio', 'template', 'noscript', 'link', 'meta', 'base', 'details'].includes(tag)
                     && !webImage)
                    || (tag === 'input' && !(e.type === 'radio' && e.name === 'option'))) {
                  found.push('in member content: ' + clip(e));
                }
                for (const a of e.attributes) {
                  if (a.name.toLowerCase().startsWith('hx-') || a.name.toLowerCase().startsWith('data-hx-') || a.name.toLowerCase() === 'style') {
                    found.push('attribute in member content: ' + clip(e));
                  }
                }
              }
            }
            return found;
            """;

    @RegisterExtension
    static final Browser browser = new Browser();

    private int pages;

    @Test
    void noVectorOpensADialogOrLeavesAnythingActiveInTheLiveDom() throws IOException {
        long started = System.nanoTime();
        Site site = Site.onPort(port);
        Site.Member writer = site.member("chromium-writer", "Writer in Chromium");
        Site.Member flagger = site.member("chromium-flagger", "Flagger in Chromium");
        Site.Member moderator = site.member("chromium-moderator", "Moderator in Chromium");
        Grants.grant(jdbc, writer.username, "editor");
        Grants.grant(jdbc, moderator.username, "moderator");
        VectorPosts posts = new VectorPosts(site, writer, flagger, "chromemark");
        oracleCatchesWhatItMustCatch();
        browser.signIn(site.base, writer.username);

        List<String> vectors = InertHtml.xssVectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(200);
        List<VectorPosts.Posted> posted = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            VectorPosts.Posted p = posts.post(i, vectors.get(i));
            posted.add(p);
            load(site.base + "/questions/" + p.question()); // the signature shows this vector's name and title now
            String text = browser.driver().findElement(org.openqa.selenium.By.id("question-title")).getText();
            assertThat(text).as("the title of question %d as Chromium shows it", p.question()).endsWith(p.marker());
            if (p.hasArticle()) {
                load(site.base + "/articles/" + p.articleSlug());
            }
        }
        load(site.base + "/me");
        loadPages(site.base + "/questions?page=");
        loadPages(site.base + "/roles/cto/discussions?page=");
        loadPages(site.base + "/articles?page=");
        loadPages(site.base + "/search?q=chromemark&page=");
        load(site.base + "/questions/" + posted.get(0).question() + "/comments?on=question&post="
                + posted.get(0).question());
        browser.driver().manage().deleteAllCookies();
        browser.signIn(site.base, moderator.username);
        load(site.base + "/moderation");
        System.out.printf("XSS in Chromium: %d vectors, %d pages loaded, no dialog and nothing active in the DOM; %d s%n",
                vectors.size(), pages, (System.nanoTime() - started) / 1_000_000_000);
    }

    /** The checks themselves are tested: a dialog, a handler and SVG in member content must each fail a page. */
    private void oracleCatchesWhatItMustCatch() {
        for (String bad : List.of("<script>alert(1)</script>", "<p onclick=\"x()\">x</p>",
                "<div class=post-body><svg></svg></div>", "<a href=\"java&#x09;script:x()\">x</a>",
                "<div class=comment-body><b hx-get=/me>x</b></div>")) {
            boolean caught;
            try {
                load("data:text/html;charset=utf-8," + java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
                caught = false;
            } catch (AssertionError expected) {
                caught = true;
                try {
                    browser.driver().switchTo().alert().dismiss();
                } catch (NoAlertPresentException none) {
                    // the dialog was already handled
                }
            }
            assertThat(caught).as("the checks catch %s", bad).isTrue();
        }
        pages = 0;
    }

    private void loadPages(String prefix) {
        for (int n = 1; n <= 100; n++) {
            load(prefix + n);
            if (browser.driver().findElements(org.openqa.selenium.By.cssSelector("a[rel=next]")).isEmpty()) {
                return;
            }
        }
    }

    /** Loads a page, lets its scripts run, and checks for dialogs and for anything active in the DOM. */
    private void load(String url) {
        ChromeDriver driver = browser.driver();
        List<?> found;
        try {
            driver.get(url);
            found = (List<?>) driver.executeScript(ACTIVE_IN_DOM);
        } catch (UnhandledAlertException e) {
            throw new AssertionError("a dialog opened on " + url + ": " + e.getAlertText(), e);
        }
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError("a dialog opened on " + url + ": " + text);
        } catch (NoAlertPresentException expected) {
            // none: good
        }
        assertThat(found).as("active content in the live DOM of %s", url).isEmpty();
        pages++;
    }
}
