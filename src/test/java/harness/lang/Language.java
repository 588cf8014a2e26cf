package harness.lang;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The languages a lesson is written in. English is the source; every other language is a
 * translation that records which English text it renders ({@link TranslationCheck}).
 *
 * <p>A learner picks one once, e.g. {@code -Dlang=zh} in {@code .mvn/maven.config}; the one
 * screen, the hints and watch then speak it and point at its lesson.
 */
public enum Language {
    EN("en", "README.md", "Hints", "Task", ": "),
    ZH("zh", "README.zh.md", "提示", "任务", "：");

    /** The system property the build sets from {@code -Dlang=…}. */
    public static final String PROPERTY = "kata.lang";

    private final String code;
    private final String lessonFile;
    private final String hintsSummary;
    private final Pattern taskHeading;

    Language(String code, String lessonFile, String hintsSummary, String taskWord, String colon) {
        this.code = code;
        this.lessonFile = lessonFile;
        this.hintsSummary = hintsSummary;
        this.taskHeading = Pattern.compile("^### " + taskWord + " (\\d+)" + colon + "(.+?)\\s*$", Pattern.MULTILINE);
    }

    public String code() {
        return code;
    }

    /** The lesson's file name inside {@code katas/<slug>/}. */
    public String lessonFile() {
        return lessonFile;
    }

    /** The opening line of a task's hints block. */
    public String hintsOpening() {
        return "<details><summary>" + hintsSummary + "</summary>";
    }

    /** {@code ### Task N: <title>} in English, {@code ### 任务 N：<标题>} in Chinese; group 1 is N, group 2 the title. */
    public Pattern taskHeading() {
        return taskHeading;
    }

    public static Optional<Language> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code.strip())).findFirst();
    }

    /** The learner's choice ({@value #PROPERTY}); English when none or an unknown one is set. */
    public static Language current() {
        return of(System.getProperty(PROPERTY, "en")).orElse(EN);
    }
}
