package harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The banner of the default run")
class BannerTest {

    @Test
    @DisplayName("lists every kata slug in teaching order, and how to start the first one")
    void listsEveryKata() {
        Manifest manifest = Manifest.load();
        String banner = Banner.render(manifest, "solutions", "all");
        int last = -1;
        for (String slug : manifest.slugs()) {
            int at = banner.indexOf(" " + slug + " ");
            assertThat(at).as("the banner names %s after the kata before it", slug).isGreaterThan(last);
            last = at;
        }
        assertThat(banner).as("the banner says how to start a kata")
                .contains("./mvnw test -Pkata=" + manifest.slugs().get(0)).contains("./mvnw test -Pkatas");
    }
}
