package crawler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import py.ValueError;

/**
 * The links of a page, found the way {@code html.parser.HTMLParser} finds tags: a small tokenizer
 * that knows comments, declarations, processing instructions and the raw text of script and style,
 * not a regular expression over the whole page (which would also find links in comments, scripts
 * and {@code data-href} attributes).
 */
public final class LinkExtractor {
    // HTMLParser's own patterns (html/parser.py, 3.11), with Unicode \s as Python's str patterns have it.
    private static final String SPACE = "\\s";
    private static final Pattern START_TAG_OPEN = Pattern.compile("<[a-zA-Z]");
    private static final Pattern TAG_NAME = Pattern.compile("([a-zA-Z][^\\t\\n\\r\\f />\\x00]*)(?:\\s|/(?!>))*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "((?<=['\"\\s/])[^\\s/>][^\\s/=>]*)(\\s*=+\\s*('[^']*'|\"[^\"]*\"|(?!['\"])[^>\\s]*))?(?:\\s|/(?!>))*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern START_TAG_END = Pattern.compile(
            "<[a-zA-Z][^\\t\\n\\r\\f />\\x00]*(?:[\\s/]*(?:(?<=['\"\\s/])[^\\s/>][^\\s/=>]*"
                    + "(?:\\s*=+\\s*(?:'[^']*'|\"[^\"]*\"|(?!['\"])[^>\\s]*)\\s*)?(?:\\s|/(?!>))*)*)?\\s*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern END_TAG = Pattern.compile("</" + SPACE + "*([a-zA-Z][-.a-zA-Z0-9:_]*)" + SPACE + "*>",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMMENT_CLOSE = Pattern.compile("--\\s*>", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("script", "style");
    // _markupbase's marked sections: <![CDATA[...]]> and friends end at "]]>", MS Office's <![if ...]> at "]>".
    private static final Pattern SECTION_NAME = Pattern.compile("[a-zA-Z][-_.a-zA-Z0-9]*\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SECTION_CLOSE = Pattern.compile("]\\s*]\\s*>", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MS_OFFICE_SECTION_CLOSE = Pattern.compile("]\\s*>", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> SECTIONS = Set.of("temp", "cdata", "ignore", "include", "rcdata");
    private static final Set<String> MS_OFFICE_SECTIONS = Set.of("if", "else", "endif");

    private final String html;
    private final List<String> hrefs = new ArrayList<>();
    /** Inside script or style: only the matching end tag counts, everything else is text. */
    private Pattern rawTextEnd;
    private String rawTextElement;

    private LinkExtractor(String html) {
        this.html = html;
    }

    /** The href of every {@code <a>} start tag, in document order, unescaped, exactly as HTMLParser reports it. */
    public static List<String> hrefs(String html) {
        LinkExtractor extractor = new LinkExtractor(html);
        extractor.run();
        return List.copyOf(extractor.hrefs);
    }

    /**
     * The page's links as the crawler records them: each href joined to {@code pageUrl} and
     * normalized, in document order, each once; hrefs that are not http(s) or do not parse are left out.
     */
    public static List<String> links(String pageUrl, String html) {
        Set<String> links = new LinkedHashSet<>();
        for (String href : hrefs(html)) {
            try {
                links.add(Urls.normalize(Urls.join(pageUrl, href)));
            } catch (ValueError notALink) {
                // mailto:, javascript:, a broken port or IPv6 literal: nothing a crawler can fetch
            }
        }
        return List.copyOf(links);
    }

    /** HTMLParser.goahead(end=True), keeping only what decides where tags are. */
    private void run() {
        int i = 0;
        int n = html.length();
        while (i < n) {
            int j;
            if (rawTextEnd == null) {
                j = html.indexOf('<', i);
                if (j < 0) {
                    return; // the rest is text
                }
            } else {
                Matcher end = rawTextEnd.matcher(html);
                if (!end.find(i)) {
                    return; // an unclosed script: HTMLParser keeps waiting for more input
                }
                j = end.start();
            }
            i = j;
            int k = markup(i);
            if (k == Integer.MIN_VALUE) {
                return;
            }
            if (k < 0) {
                k = unfinishedMarkupEnd(i);
            }
            i = k;
        }
    }

    /** Parses the markup at i ('<'); returns where it ends, -1 if it is unfinished, MIN_VALUE at a lone final '<'. */
    private int markup(int i) {
        if (START_TAG_OPEN.matcher(html).region(i, html.length()).lookingAt()) {
            return startTag(i);
        } else if (html.startsWith("</", i)) {
            return endTag(i);
        } else if (html.startsWith("<!--", i)) {
            Matcher close = COMMENT_CLOSE.matcher(html);
            return close.find(i + 4) ? close.end() : -1;
        } else if (html.startsWith("<?", i)) {
            int close = html.indexOf('>', i + 2);
            return close < 0 ? -1 : close + 1;
        } else if (html.startsWith("<![", i) && isMarkedSection(i)) {
            Matcher close = (MS_OFFICE_SECTIONS.contains(sectionName(i)) ? MS_OFFICE_SECTION_CLOSE : SECTION_CLOSE).matcher(html);
            return close.find(i + 3) ? close.end() : -1;
        } else if (html.startsWith("<!", i)) {
            int from = html.regionMatches(true, i, "<!doctype", 0, 9) ? i + 9 : i + 2;
            int close = html.indexOf('>', from);
            return close < 0 ? -1 : close + 1;
        } else if (i + 1 < html.length()) {
            return i + 1; // a '<' that starts nothing is text
        }
        return Integer.MIN_VALUE;
    }

    /**
     * A marked section names a known keyword right after "<![". HTMLParser raises AssertionError for any
     * other keyword; this extractor reads such a section as a bogus comment instead (up to the next '>').
     */
    private boolean isMarkedSection(int i) {
        String name = sectionName(i);
        return SECTIONS.contains(name) || MS_OFFICE_SECTIONS.contains(name);
    }

    private String sectionName(int i) {
        Matcher name = SECTION_NAME.matcher(html).region(i + 3, html.length());
        return name.lookingAt() ? name.group().strip().toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** At the end of input, unfinished markup becomes text up to the next '>' (or '<'). */
    private int unfinishedMarkupEnd(int i) {
        int gt = html.indexOf('>', i + 1);
        if (gt >= 0) {
            return gt + 1;
        }
        int lt = html.indexOf('<', i + 1);
        return lt < 0 ? i + 1 : lt;
    }

    private int startTag(int i) {
        int endpos = wholeStartTagEnd(i);
        if (endpos < 0) {
            return endpos;
        }
        Matcher name = TAG_NAME.matcher(html).region(i + 1, html.length());
        name.lookingAt();
        String tag = name.group(1).toLowerCase(java.util.Locale.ROOT);
        int k = name.end();
        List<Map.Entry<String, String>> attributes = new ArrayList<>();
        Matcher attribute = ATTRIBUTE.matcher(html).useTransparentBounds(true);
        while (k < endpos && attribute.region(k, html.length()).lookingAt()) {
            String value = attribute.group(2) == null ? null : unquote(attribute.group(3));
            attributes.add(new java.util.AbstractMap.SimpleEntry<>(attribute.group(1).toLowerCase(java.util.Locale.ROOT), value));
            k = attribute.end();
        }
        String end = html.substring(k, endpos).strip();
        if (!end.equals(">") && !end.equals("/>")) {
            return endpos; // not a tag after all: HTMLParser reports it as text
        }
        if (tag.equals("a")) {
            attributes.stream().filter(a -> a.getKey().equals("href")).findFirst()
                    .map(Map.Entry::getValue).ifPresent(hrefs::add);
        }
        if (!end.endsWith("/>") && RAW_TEXT_ELEMENTS.contains(tag)) {
            rawTextElement = tag;
            rawTextEnd = Pattern.compile("</\\s*" + tag + "\\s*>", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
        }
        return endpos;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '\'' || value.charAt(0) == '"')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return CharacterReferences.unescape(quoted ? value.substring(1, value.length() - 1) : value);
    }

    /** check_for_whole_start_tag: where the start tag at i ends, or -1 if the input ends inside it. */
    private int wholeStartTagEnd(int i) {
        Matcher m = START_TAG_END.matcher(html).region(i, html.length());
        m.lookingAt();
        int j = m.end();
        if (j == html.length()) {
            return -1;
        }
        char next = html.charAt(j);
        if (next == '>') {
            return j + 1;
        }
        if (next == '/') {
            return html.startsWith("/>", j) ? j + 2 : -1;
        }
        if (Character.isLetter(next) && next < 128 || next == '=' || next == '/') {
            return -1;
        }
        return j > i ? j : i + 1;
    }

    private int endTag(int i) {
        int gt = html.indexOf('>', i + 1);
        if (gt < 0) {
            return -1;
        }
        Matcher end = END_TAG.matcher(html).region(i, html.length());
        if (end.lookingAt()) {
            String element = end.group(1).toLowerCase(java.util.Locale.ROOT);
            if (rawTextEnd != null && element.equals(rawTextElement)) {
                rawTextEnd = null;
                rawTextElement = null;
            }
            return end.end();
        }
        if (rawTextEnd != null) {
            return gt + 1;
        }
        Matcher name = TAG_NAME.matcher(html).region(i + 2, html.length());
        if (!name.lookingAt()) {
            if (html.startsWith("</>", i)) {
                return i + 3;
            }
            int close = html.indexOf('>', i + 2);
            return close < 0 ? -1 : close + 1; // a bogus comment
        }
        return html.indexOf('>', name.end()) + 1;
    }

    /** html.unescape for attribute values: numeric references, and the named ones the lesson lists. */
    static final class CharacterReferences {
        private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\\t\\n\\f <&#;]{1,32};?)");
        /** The named references the lesson covers; those without ';' are HTML's legacy forms. */
        private static final Map<String, String> NAMED = Map.ofEntries(
                Map.entry("amp;", "&"), Map.entry("amp", "&"), Map.entry("AMP;", "&"), Map.entry("AMP", "&"),
                Map.entry("lt;", "<"), Map.entry("lt", "<"), Map.entry("gt;", ">"), Map.entry("gt", ">"),
                Map.entry("quot;", "\""), Map.entry("quot", "\""), Map.entry("apos;", "'"),
                Map.entry("nbsp;", "\u00a0"), Map.entry("nbsp", "\u00a0"), Map.entry("copy;", "\u00a9"), Map.entry("copy", "\u00a9"));

        private CharacterReferences() {
        }

        static String unescape(String text) {
            if (text.indexOf('&') < 0) {
                return text;
            }
            return REFERENCE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(replace(match.group(1))));
        }

        private static String replace(String reference) {
            if (reference.startsWith("#")) {
                boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
                String digits = reference.substring(hex ? 2 : 1).replace(";", "").replaceFirst("^0+(?=.)", "");
                long number = digits.length() > 8 ? Long.MAX_VALUE : Long.parseLong(digits, hex ? 16 : 10);
                return character(number);
            }
            if (NAMED.containsKey(reference)) {
                return NAMED.get(reference);
            }
            // The longest legacy name that starts the text wins: "&ampx" is "&x".
            for (int cut = reference.length() - 1; cut > 1; cut--) {
                String prefix = reference.substring(0, cut);
                if (NAMED.containsKey(prefix)) {
                    return NAMED.get(prefix) + reference.substring(cut);
                }
            }
            return "&" + reference;
        }

        /** What a numeric reference stands for, with HTML's repairs for the numbers that name no character. */
        private static String character(long number) {
            if (number == 0) {
                return "\ufffd";
            }
            if (number == 0x0d) {
                return "\r";
            }
            if (number >= 0x80 && number <= 0x9f) {
                // Pages that say &#150; meant Windows-1252's dash; its five holes stand for themselves.
                String decoded = new String(new byte[] {(byte) number}, java.nio.charset.Charset.forName("windows-1252"));
                return decoded.equals("\ufffd") ? String.valueOf((char) number) : decoded;
            }
            if ((number >= 0xd800 && number <= 0xdfff) || number > 0x10ffff) {
                return "\ufffd";
            }
            if (isNonCharacter((int) number)) {
                return "";
            }
            return new String(Character.toChars((int) number));
        }

        private static boolean isNonCharacter(int c) {
            return (c >= 0x1 && c <= 0x8) || c == 0xb || (c >= 0xe && c <= 0x1f) || (c >= 0x7f && c <= 0x9f)
                    || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
        }
    }
}
