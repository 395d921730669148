package org.stint.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class FragmentRendererTests {

    @Test
    void charactersBeyondLatin1BecomeReferencesThatReadTheSame() {
        String html = "<p title=\"€20 – ok\">₹1,000 · café 😀</p>";

        String latin1 = FragmentRenderer.latin1(html);

        assertThat(latin1).isEqualTo("<p title=\"&#x20AC;20 &#x2013; ok\">&#x20B9;1,000 · café &#x1F600;</p>");
        assertThat(latin1.chars()).allMatch(c -> c <= 0xFF);
        assertThat(Jsoup.parse(latin1).select("p").text()).isEqualTo("₹1,000 · café 😀");
        assertThat(Jsoup.parse(latin1).select("p").attr("title")).isEqualTo("€20 – ok");
    }

    @Test
    void latin1HtmlIsLeftAsItIs() {
        String html = "<p>£500 · naïve</p>";

        assertThat(FragmentRenderer.latin1(html)).isSameAs(html);
    }
}
