package harness.lang;

/**
 * Every sentence the learner's commands print (the one screen, hint, watch), in each {@link Language}.
 * Kept in one place so that a translation is one table to read and no command can forget a language.
 * Spec failure messages are not here: they quote Python, whose messages are English.
 */
public enum Phrase {
    PICK_A_KATA("%nPick a kata, starting with the first: ./mvnw test -Pkata=%s%nThe katas, in teaching order: %s",
            "%n选一个练习，从第一个开始：./mvnw test -Pkata=%s%n按教学顺序，所有练习是：%s"),
    UNKNOWN_KATA("Unknown kata '%s'. The katas: %s", "没有名为 '%s' 的练习。所有练习：%s"),
    WHICH_KATA("Which kata? ./mvnw -q -P%s -Dkata=<slug>, with one of: %s", "哪个练习？./mvnw -q -P%s -Dkata=<slug>，可选：%s"),
    TASK_NUMBER("-Dtask wants a task number, like -Dtask=2; got '%s'", "-Dtask 需要一个任务编号，比如 -Dtask=2；收到的是 '%s'"),
    DOES_NOT_COMPILE("%n%s does not compile%s:", "%n%s 编译不通过%s："),
    BREAKS_A_RULE("%n%s breaks a rule, so its specs were not run%s:", "%n%s 违反了规则，所以测试用例没有运行%s："),
    ALL_PASS("%n%s: all %d specs pass%s ✓", "%n%s：全部 %d 个测试用例通过%s ✓"),
    SOME_PASS("%n%s: %d/%d specs pass%s", "%n%s：%d/%d 个测试用例通过%s"),
    ONLY_TASK(" (task %d only: -Dtask=%d)", "（只运行任务 %d：-Dtask=%d）"),
    MORE_ERRORS("  … and %d more%n", "  ……还有 %d 个%n"),
    RUNS_ONCE_IT_COMPILES("The specs run once it compiles.%n", "代码能编译之后，测试用例才会运行。%n"),
    SCORES_ZERO("Graded, such a kata scores 0. The rules and why they exist: README.md, \"The rules\".%n",
            "评分时，这样的练习得 0 分。规则和它们的缘由：README.md 的“The rules”一节。%n"),
    TASK_ROW("  task %-2d %-56s %3d/%-3d %s%n", "  任务 %-2d %-40s %3d/%-3d %s%n"),
    NO_TASK_TAG("(no task tag)", "（没有任务标签）"),
    NEXT_MARK("✗  ← next", "✗  ← 下一步"),
    FAILED_SPEC("%n✗ task %d · %s%n", "%n✗ 任务 %d · %s%n"),
    NO_MESSAGE("(no message)", "（没有消息）"),
    YOUR_CODE_PRINTED("  your code printed:%n", "  你的代码输出了：%n"),
    MORE_LINES("    | … (%d more lines)%n", "    | ……（还有 %d 行）%n"),
    LESSON_AND_HINT("  lesson: %s    stuck? ./mvnw -q -Phint -Dkata=%s%n", "  讲义：%s    卡住了？./mvnw -q -Phint -Dkata=%s%n"),
    OTHER_LESSON("  中文讲义：%s（设置 -Dlang=zh，提示和本页也用中文）%n", "  English lesson: %s (-Dlang=en)%n"),
    TASK_DONE("%nTask %d is done. The whole kata: ./mvnw test -Pkata=%s%n", "%n任务 %d 完成。整个练习：./mvnw test -Pkata=%s%n"),
    LAST_KATA("%nThat was the last kata. Where you stand overall: ./mvnw test -Pkatas%n",
            "%n这是最后一个练习。查看全部进度：./mvnw test -Pkatas%n"),
    NEXT_KATA("%nnext: ./mvnw test -Pkata=%s%n", "%n下一个：./mvnw test -Pkata=%s%n"),
    HINT_NOT_COMPILING("%s does not compile yet; fix that first:%n  %s", "%s 还不能编译，先解决这个：%n  %s"),
    HINT_ALL_PASS("%s: all %d specs pass.", "%s：全部 %d 个测试用例通过。"),
    HINT_LAST_KATA(" That was the last kata.", "这是最后一个练习。"),
    HINT_NEXT_KATA(" Next: ./mvnw test -Pkata=%s", "下一个：./mvnw test -Pkata=%s"),
    HINT_NONE("%s: task %d has no hints in its lesson; read %s", "%s：任务 %d 的讲义里没有提示；请读 %s"),
    HINT_STATUS("%s: %d/%d specs pass. First unfinished task: %d, %s%n", "%s：%d/%d 个测试用例通过。第一个未完成的任务：%d，%s%n"),
    HINT_FAILING("  failing: %s%n           %s%n", "  未通过：%s%n           %s%n"),
    HINT_NUMBERED("  hint %d of %d: %s%n", "  提示 %d/%d：%s%n"),
    HINT_AGAIN("  (run it again for the next hint)%n", "  （再运行一次，看下一条提示）%n"),
    HINT_LAST("  (that was the last hint for this task)%n", "  （这是这个任务的最后一条提示）%n"),
    HINT_LESSON("  lesson: %s", "  讲义：%s"),
    WATCHING("Watching katas/%s/ (Ctrl-C to stop). Save a file to run its specs again.%n",
            "正在监视 katas/%s/（按 Ctrl-C 停止）。保存文件，测试用例就会重新运行。%n"),
    COULD_NOT_RUN("%n%s could not be run: %s%n", "%n%s 无法运行：%s%n");

    private final String english;
    private final String chinese;

    Phrase(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The phrase in a language, with its {@link String#format} arguments filled in. */
    public String in(Language language, Object... arguments) {
        return String.format(template(language), arguments);
    }

    /** The {@link String#format} pattern of the phrase in a language. */
    public String template(Language language) {
        return language == Language.ZH ? chinese : english;
    }
}
