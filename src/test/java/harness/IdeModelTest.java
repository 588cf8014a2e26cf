package harness;

import static org.assertj.core.api.Assertions.assertThat;

import harness.run.Javac;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * IDEs import source folders from the Maven model: the build's {@code sourceDirectory} and
 * build-helper's {@code add-source}, never a compiler execution's {@code compileSourceRoots}. So the
 * model must name the learner's katas/ and both roots of given code (the given code that names the
 * learner's classes compiles only beside katas/), and never solutions/: a class declared twice
 * would leave every spec red in the IDE.
 */
@DisplayName("The Maven model an IDE imports")
class IdeModelTest {
    private static Document pom;

    @BeforeAll
    static void parse() throws Exception {
        pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Manifest.basedir().resolve("pom.xml").toFile());
    }

    @Test
    @DisplayName("has the learner's katas/ as its source directory")
    void katasAreTheSourceDirectory() {
        assertThat(texts("sourceDirectory")).as("<sourceDirectory> in pom.xml (IDEs mark it as a source folder)")
                .containsExactly("katas");
    }

    @Test
    @DisplayName("adds the given code, both roots and nothing else, as source roots")
    void givenCodeIsAdded() {
        List<String> added = new ArrayList<>();
        NodeList goals = pom.getElementsByTagName("goal");
        for (int i = 0; i < goals.getLength(); i++) {
            if (goals.item(i).getTextContent().equals("add-source")) {
                Element execution = (Element) goals.item(i).getParentNode().getParentNode();
                added.addAll(texts(execution.getElementsByTagName("source")));
            }
        }
        assertThat(added).as("build-helper add-source roots (IDEs import these too)").containsExactly("src/main/java", Javac.GIVEN_WITH_KATA);
    }

    @Test
    @DisplayName("never shows solutions/ to an IDE")
    void solutionsStayHidden() {
        assertThat(texts("sourceDirectory")).as("<sourceDirectory> anywhere in pom.xml").noneMatch(root -> root.contains("solutions"));
        assertThat(texts("source")).as("add-source roots anywhere in pom.xml").noneMatch(root -> root.contains("solutions"));
        assertThat(texts("testSourceDirectory")).as("<testSourceDirectory> anywhere in pom.xml").noneMatch(root -> root.contains("solutions"));
    }

    private static List<String> texts(String tag) {
        return texts(pom.getElementsByTagName(tag));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
