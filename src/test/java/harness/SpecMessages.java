package harness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exception messages that one spec file demands word for word, read from its source with a
 * small Java lexer (strings, text blocks, char literals and comments are skipped correctly, so a
 * quote in a comment cannot derail it). {@link LessonMessagesTest} says what it is used for.
 */
final class SpecMessages {
    /** AssertJ's message assertions whose first argument is the message, or a fixed part of it. */
    static final Set<String> ASSERTIONS = Set.of("hasMessage", "withMessage", "hasMessageContaining", "withMessageContaining",
            "hasMessageStartingWith", "withMessageStartingWith", "hasMessageEndingWith", "withMessageEndingWith");

    /**
     * A message, or a fixed part of one, that a spec demands at a line. {@code whole} is false for
     * the literal parts of a message joined with other values or formatted by AssertJ;
     * {@code raisedBySpec} is true when the spec itself passes that literal to a constructor
     * ({@code new ValueError("boom")}), so it only checks that an exception passes through.
     */
    record Demand(int line, String assertion, String text, boolean whole, boolean raisedBySpec) {
    }

    private enum Kind { STRING, WORD, SYMBOL }

    private record Token(Kind kind, String text, int offset) {
        boolean is(String symbol) {
            return kind != Kind.STRING && text.equals(symbol);
        }
    }

    private final String source;
    private final List<Token> tokens;
    private final Map<String, String> constants = new HashMap<>();
    private final Set<String> raisedBySpec = new HashSet<>();

    SpecMessages(String source) {
        this.source = source;
        this.tokens = lex(source);
        readConstants();
        readConstructorLiterals();
    }

    /** True when the file's top-level type is tagged {@code @Tag("given")}: it checks given code, not the learner's. */
    boolean givenCode() {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.WORD && Set.of("class", "interface", "record", "enum").contains(token.text())) {
                return false;
            }
            if (token.is("Tag") && i + 2 < tokens.size() && tokens.get(i + 2).kind() == Kind.STRING
                    && tokens.get(i + 2).text().equals("given")) {
                return true;
            }
        }
        return false;
    }

    List<Demand> demands() {
        List<Demand> demands = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token call = tokens.get(i);
            if (call.kind() == Kind.WORD && ASSERTIONS.contains(call.text()) && tokens.get(i + 1).is("(")
                    && (i == 0 || tokens.get(i - 1).is("."))) {
                List<List<Token>> arguments = split(group(i + 1), ",");
                if (!arguments.isEmpty()) {
                    demand(call, arguments.get(0), arguments.size() > 1, demands);
                }
            }
        }
        return demands;
    }

    private void demand(Token call, List<Token> message, boolean formatted, List<Demand> demands) {
        List<String> pieces = new ArrayList<>();
        boolean allLiteral = true;
        for (List<Token> operand : split(message, "+")) {
            String literal = literal(operand);
            allLiteral &= literal != null;
            pieces.add(literal);
        }
        List<String> texts = allLiteral ? List.of(String.join("", pieces)) : pieces.stream().filter(p -> p != null).toList();
        boolean whole = allLiteral && !formatted;
        int line = lineOf(call.offset());
        for (String text : texts) {
            for (String part : formatted ? List.of(text.split("%[sdr]", -1)) : List.of(text)) {
                if (part.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    demands.add(new Demand(line, call.text(), part, whole, raisedBySpec.contains(part)));
                }
            }
        }
    }

    /** The value of an operand that is one string literal or one known constant, else null. */
    private String literal(List<Token> operand) {
        if (operand.size() != 1) {
            return null;
        }
        Token token = operand.get(0);
        return token.kind() == Kind.STRING ? token.text() : constants.get(token.text());
    }

    /** {@code static final String NAME = "..." + OTHER;} made only of literals and earlier constants. */
    private void readConstants() {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (tokens.get(i).is("final") && tokens.get(i + 1).is("String") && tokens.get(i + 2).kind() == Kind.WORD
                    && tokens.get(i + 3).is("=")) {
                int end = i + 4;
                while (end < tokens.size() && !tokens.get(end).is(";")) {
                    end++;
                }
                StringBuilder value = new StringBuilder();
                for (List<Token> operand : split(tokens.subList(i + 4, end), "+")) {
                    String literal = literal(operand);
                    if (literal == null) {
                        value = null;
                        break;
                    }
                    value.append(literal);
                }
                if (value != null) {
                    constants.put(tokens.get(i + 2).text(), value.toString());
                }
            }
        }
    }

    /**
     * The literal first operand of every {@code new Anything<...>("...")}: messages the spec raises
     * itself. For {@code new KeyError("k")} the message is the key's repr, {@code 'k'}, as in CPython.
     */
    private void readConstructorLiterals() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("new")) {
                int j = i + 1;
                while (j < tokens.size() && !tokens.get(j).is("(") && !tokens.get(j).is(";") && tokens.get(j).kind() != Kind.STRING) {
                    j++;
                }
                if (j + 1 < tokens.size() && tokens.get(j).is("(") && tokens.get(j + 1).kind() == Kind.STRING) {
                    String literal = tokens.get(j + 1).text();
                    raisedBySpec.add(tokens.get(j - 1).is("KeyError") ? py.Repr.of(literal) : literal);
                }
            }
        }
    }

    /** The tokens between the parenthesis at {@code open} and its match. */
    private List<Token> group(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return tokens.subList(open + 1, i);
            }
        }
        return List.of();
    }

    /** Splits at a symbol outside any parentheses, brackets or braces. */
    private static List<List<Token>> split(List<Token> expression, String symbol) {
        List<List<Token>> parts = new ArrayList<>();
        if (expression.isEmpty()) {
            return parts;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < expression.size(); i++) {
            Token token = expression.get(i);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
            } else if (depth == 0 && token.is(symbol)) {
                parts.add(expression.subList(start, i));
                start = i + 1;
            }
        }
        parts.add(expression.subList(start, expression.size()));
        return parts;
    }

    private int lineOf(int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<Token> lex(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                i = end(s.indexOf('\n', i), s);
            } else if (s.startsWith("/*", i)) {
                i = end(s.indexOf("*/", i + 2), s) + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int close = end(s.indexOf("\"\"\"", i + 3), s);
                tokens.add(new Token(Kind.STRING, unescape(s.substring(s.indexOf('\n', i) + 1, close)), i));
                i = close + 3;
            } else if (c == '"' || c == '\'') {
                int close = closingQuote(s, i);
                tokens.add(c == '"' ? new Token(Kind.STRING, unescape(s.substring(i + 1, close)), i) : new Token(Kind.SYMBOL, "'", i));
                i = close + 1;
            } else if (Character.isJavaIdentifierPart(c)) {
                int start = i;
                while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, s.substring(start, i), start));
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
                i++;
            }
        }
        return tokens;
    }

    private static int end(int found, String s) {
        return found < 0 ? s.length() : found;
    }

    private static int closingQuote(String s, int open) {
        int i = open + 1;
        while (i < s.length() && s.charAt(i) != s.charAt(open)) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, s.length());
    }

    /** Java's escapes: \b \t \n \f \r \s \" \' \\, octal and unicode escapes. */
    static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 == literal.length()) {
                out.append(c);
                continue;
            }
            char next = literal.charAt(++i);
            switch (next) {
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case 's' -> out.append(' ');
                case 'u' -> {
                    while (literal.charAt(i) == 'u') {
                        i++;
                    }
                    out.append((char) Integer.parseInt(literal.substring(i, i + 4), 16));
                    i += 3;
                }
                default -> {
                    if (next >= '0' && next <= '7') {
                        int end = i;
                        while (end < literal.length() && end < i + 3 && literal.charAt(end) >= '0' && literal.charAt(end) <= '7') {
                            end++;
                        }
                        out.append((char) Integer.parseInt(literal.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        out.append(next);
                    }
                }
            }
        }
        return out.toString();
    }
}
