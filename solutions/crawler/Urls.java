package crawler;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import py.ValueError;

/**
 * {@code urllib.parse.urlsplit}, {@code urljoin} and {@code urldefrag}, character for character,
 * plus the crawler's own {@link #normalize} policy built on them.
 */
public final class Urls {
    /** The schemes for which urljoin resolves relative references and urlparse splits ;params (of those that matter here). */
    private static final Set<String> USES_RELATIVE = Set.of("", "ftp", "http", "gopher", "nntp", "imap", "wais", "file",
            "https", "shttp", "mms", "prospero", "rtsp", "rtsps", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss");
    private static final Set<String> USES_NETLOC = Set.of("", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais",
            "file", "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh",
            "sftp", "nfs", "git", "git+ssh", "ws", "wss");
    private static final Set<String> USES_PARAMS = Set.of("", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp",
            "rtsp", "rtsps", "rtspu", "sip", "sips", "mms", "sftp", "tel");
    private static final Pattern IPV_FUTURE = Pattern.compile("v[a-fA-F0-9]+\\..+");

    private Urls() {
    }

    /** {@code urlsplit(url)}: scheme, netloc, path, query, fragment; ValueError for a broken netloc. */
    public static SplitResult split(String url) {
        // WHATWG rules, as in 3.11.4+: leading C0 controls and spaces go, and tabs/newlines anywhere.
        String rest = stripLeadingControls(url).replace("\t", "").replace("\r", "").replace("\n", "");
        String scheme = "";
        String netloc = "";
        String query = "";
        String fragment = "";
        int colon = rest.indexOf(':');
        if (colon > 0 && isAsciiLetter(rest.charAt(0)) && rest.substring(0, colon).chars().allMatch(Urls::isSchemeChar)) {
            scheme = rest.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            rest = rest.substring(colon + 1);
        }
        if (rest.startsWith("//")) {
            int end = rest.length();
            for (char delimiter : new char[] {'/', '?', '#'}) {
                int at = rest.indexOf(delimiter, 2);
                if (at >= 0) {
                    end = Math.min(end, at);
                }
            }
            netloc = rest.substring(2, end);
            rest = rest.substring(end);
            checkBrackets(netloc);
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        checkNfkc(netloc);
        return new SplitResult(scheme, netloc, rest, query, fragment);
    }

    /** {@code urljoin(base, href)}: the URL that {@code href}, found on page {@code base}, points to. */
    public static String join(String base, String href) {
        if (base.isEmpty()) {
            return href;
        }
        if (href.isEmpty()) {
            return base; // even with base's fragment: Python returns base untouched
        }
        Parsed b = parse(base, "");
        Parsed h = parse(href, b.scheme);
        if (!h.scheme.equals(b.scheme) || !USES_RELATIVE.contains(h.scheme)) {
            return href;
        }
        String netloc = h.netloc;
        if (USES_NETLOC.contains(h.scheme)) {
            if (!h.netloc.isEmpty()) {
                return unparse(h.scheme, h.netloc, h.path, h.params, h.query, h.fragment);
            }
            netloc = b.netloc;
        }
        if (h.path.isEmpty() && h.params.isEmpty()) {
            return unparse(h.scheme, netloc, b.path, b.params, h.query.isEmpty() ? b.query : h.query, h.fragment);
        }
        String resolved = resolvePath(b.path, h.path);
        return unparse(h.scheme, netloc, resolved, h.params, h.query, h.fragment);
    }

    /** {@code urldefrag(url).url}: the URL without its fragment (re-assembled, so an empty '?' goes too). */
    public static String defrag(String url) {
        if (url.indexOf('#') < 0) {
            return url;
        }
        Parsed p = parse(url, "");
        return unparse(p.scheme, p.netloc, p.path, p.params, p.query, "");
    }

    /**
     * The crawler's identity for a page: two URLs that name the same resource come out equal. Lower-case
     * scheme and host, no default port, no fragment, no dot segments, '/' for an empty path. A trailing
     * slash stays ({@code /a} and {@code /a/} are different resources), so do the query and percent-escapes.
     */
    public static String normalize(String url) {
        SplitResult parts = split(url);
        int defaultPort = switch (parts.scheme()) {
            case "http" -> 80;
            case "https" -> 443;
            default -> throw new ValueError("unsupported URL scheme " + py.Repr.of(parts.scheme()));
        };
        String host = parts.hostname();
        if (host == null) {
            throw new ValueError("URL has no host");
        }
        Integer port = parts.port();
        int at = parts.netloc().lastIndexOf('@');
        String hostinfo = parts.netloc().substring(at + 1);
        StringBuilder netloc = new StringBuilder(parts.netloc().substring(0, at + 1));
        netloc.append(hostinfo.contains("[") ? "[" + host + "]" : host);
        if (port != null && port != defaultPort) {
            netloc.append(':').append(port);
        }
        String path = removeDotSegments(parts.path());
        return unsplit(parts.scheme(), netloc.toString(), path.isEmpty() ? "/" : path, parts.query(), "");
    }

    /** urlparse's six parts: urlsplit's five with the ;params of the last path segment taken apart. */
    private record Parsed(String scheme, String netloc, String path, String params, String query, String fragment) {
    }

    private static Parsed parse(String url, String defaultScheme) {
        SplitResult s = split(url);
        String scheme = s.scheme().isEmpty() ? defaultScheme : s.scheme();
        String path = s.path();
        String params = "";
        if (USES_PARAMS.contains(scheme) && path.contains(";")) {
            int semicolon = path.contains("/") ? path.indexOf(';', path.lastIndexOf('/')) : path.indexOf(';');
            if (semicolon >= 0) {
                params = path.substring(semicolon + 1);
                path = path.substring(0, semicolon);
            }
        }
        return new Parsed(scheme, s.netloc(), path, params, s.query(), s.fragment());
    }

    /** urljoin's own dot-segment walk (not RFC 3986's): empty segments in the middle vanish, '..' stops at the root. */
    private static String resolvePath(String basePath, String path) {
        List<String> segments = new ArrayList<>();
        if (path.startsWith("/")) {
            segments.addAll(List.of(path.split("/", -1)));
        } else {
            List<String> baseParts = new ArrayList<>(List.of(basePath.split("/", -1)));
            if (!baseParts.get(baseParts.size() - 1).isEmpty()) {
                baseParts.remove(baseParts.size() - 1); // the last segment is a file, not a directory
            }
            baseParts.addAll(List.of(path.split("/", -1)));
            segments.add(baseParts.get(0));
            for (int i = 1; i < baseParts.size() - 1; i++) {
                if (!baseParts.get(i).isEmpty()) {
                    segments.add(baseParts.get(i));
                }
            }
            if (baseParts.size() > 1) {
                segments.add(baseParts.get(baseParts.size() - 1));
            }
        }
        List<String> resolved = new ArrayList<>();
        for (String segment : segments) {
            if (segment.equals("..")) {
                if (!resolved.isEmpty()) {
                    resolved.remove(resolved.size() - 1);
                }
            } else if (!segment.equals(".")) {
                resolved.add(segment);
            }
        }
        String last = segments.get(segments.size() - 1);
        if (last.equals(".") || last.equals("..")) {
            resolved.add(""); // "g/.." names a directory: keep its trailing slash
        }
        String joined = String.join("/", resolved);
        return joined.isEmpty() ? "/" : joined;
    }

    /** RFC 3986 section 5.2.4, for normalize: '..' removes the previous segment, never climbs above the root. */
    private static String removeDotSegments(String path) {
        List<String> output = new ArrayList<>();
        String rest = path;
        while (!rest.isEmpty()) {
            if (rest.startsWith("../")) {
                rest = rest.substring(3);
            } else if (rest.startsWith("./")) {
                rest = rest.substring(2);
            } else if (rest.startsWith("/./") || rest.equals("/.")) {
                rest = "/" + rest.substring(Math.min(3, rest.length()));
            } else if (rest.startsWith("/../") || rest.equals("/..")) {
                rest = "/" + rest.substring(Math.min(4, rest.length()));
                if (!output.isEmpty()) {
                    output.remove(output.size() - 1);
                }
            } else if (rest.equals(".") || rest.equals("..")) {
                rest = "";
            } else {
                int end = rest.indexOf('/', 1);
                end = end < 0 ? rest.length() : end;
                output.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
        }
        return String.join("", output);
    }

    private static String unparse(String scheme, String netloc, String path, String params, String query, String fragment) {
        return unsplit(scheme, netloc, params.isEmpty() ? path : path + ";" + params, query, fragment);
    }

    /** {@code urlunsplit}: empty parts and their delimiters are left out, so "?" and "#" alone vanish. */
    private static String unsplit(String scheme, String netloc, String path, String query, String fragment) {
        String url = path;
        if (!netloc.isEmpty() || (!scheme.isEmpty() && USES_NETLOC.contains(scheme) && !url.startsWith("//"))) {
            if (!url.isEmpty() && !url.startsWith("/")) {
                url = "/" + url;
            }
            url = "//" + netloc + url;
        }
        if (!scheme.isEmpty()) {
            url = scheme + ":" + url;
        }
        if (!query.isEmpty()) {
            url = url + "?" + query;
        }
        if (!fragment.isEmpty()) {
            url = url + "#" + fragment;
        }
        return url;
    }

    private static String stripLeadingControls(String url) {
        int start = 0;
        while (start < url.length() && url.charAt(start) <= ' ') {
            start++;
        }
        return url.substring(start);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSchemeChar(int c) {
        return isAsciiLetter((char) c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    }

    /** One bracket without the other is a broken IPv6 literal; inside brackets only IPv6 or IPvFuture may stand. */
    private static void checkBrackets(String netloc) {
        boolean open = netloc.contains("[");
        boolean close = netloc.contains("]");
        if (open != close) {
            throw new ValueError("Invalid IPv6 URL");
        }
        if (open) {
            String afterOpen = netloc.substring(netloc.indexOf('[') + 1);
            int end = afterOpen.indexOf(']');
            String host = end < 0 ? afterOpen : afterOpen.substring(0, end);
            if (host.startsWith("v")) {
                if (!IPV_FUTURE.matcher(host).matches()) {
                    throw new ValueError("IPvFuture address is invalid");
                }
            } else if (IpAddresses.isIpv4(host)) {
                throw new ValueError("An IPv4 address cannot be in brackets");
            } else if (!IpAddresses.isIpv6(host)) {
                throw new ValueError(py.Repr.of(host) + " does not appear to be an IPv4 or IPv6 address");
            }
        }
    }

    /** A non-ASCII netloc must not hide '/', '?', '#', '@' or ':' that NFKC (what IDNA applies) would reveal. */
    private static void checkNfkc(String netloc) {
        if (netloc.isEmpty() || netloc.chars().allMatch(c -> c < 128)) {
            return;
        }
        String n = netloc.replace("@", "").replace(":", "").replace("#", "").replace("?", "");
        String normalized = Normalizer.normalize(n, Normalizer.Form.NFKC);
        if (n.equals(normalized)) {
            return;
        }
        for (char c : "/?#@:".toCharArray()) {
            if (normalized.indexOf(c) >= 0) {
                throw new ValueError("netloc '" + netloc + "' contains invalid characters under NFKC normalization");
            }
        }
    }

    /** Python's {@code ipaddress} rules, reduced to yes or no (urlsplit only reports that the host is not an address). */
    static final class IpAddresses {
        private IpAddresses() {
        }

        static boolean isIpv4(String text) {
            String[] octets = text.split("\\.", -1);
            if (octets.length != 4) {
                return false;
            }
            for (String octet : octets) {
                boolean digits = !octet.isEmpty() && octet.chars().allMatch(c -> c >= '0' && c <= '9');
                // "Leading zeros are not permitted": 010 could mean octal to some parsers.
                if (!digits || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')
                        || Integer.parseInt(octet) > 255) {
                    return false;
                }
            }
            return true;
        }

        static boolean isIpv6(String text) {
            int percent = text.indexOf('%');
            String address = percent < 0 ? text : text.substring(0, percent);
            if (percent >= 0 && (percent == text.length() - 1 || text.indexOf('%', percent + 1) >= 0)) {
                return false; // an empty zone id, or a second '%'
            }
            List<String> parts = new ArrayList<>(List.of(address.split(":", -1)));
            if (address.isEmpty() || parts.size() < 3) {
                return false;
            }
            if (parts.get(parts.size() - 1).contains(".")) {
                if (!isIpv4(parts.remove(parts.size() - 1))) {
                    return false;
                }
                parts.add("0"); // the embedded IPv4 address fills two hextets
                parts.add("0");
            }
            if (parts.size() > 9) {
                return false;
            }
            return hextetsFit(parts);
        }

        /** At most one '::', and with it, at most 7 other hextets; without it, exactly 8. */
        private static boolean hextetsFit(List<String> parts) {
            int skip = -1;
            for (int i = 1; i < parts.size() - 1; i++) {
                if (parts.get(i).isEmpty()) {
                    if (skip >= 0) {
                        return false;
                    }
                    skip = i;
                }
            }
            int count;
            if (skip >= 0) {
                int high = skip;
                int low = parts.size() - skip - 1;
                if (parts.get(0).isEmpty() && --high > 0) {
                    return false;
                }
                if (parts.get(parts.size() - 1).isEmpty() && --low > 0) {
                    return false;
                }
                if (8 - (high + low) < 1) {
                    return false;
                }
                count = high + low;
                List<String> kept = new ArrayList<>(parts.subList(0, high));
                kept.addAll(parts.subList(parts.size() - low, parts.size()));
                parts = kept;
            } else {
                if (parts.size() != 8 || parts.get(0).isEmpty() || parts.get(7).isEmpty()) {
                    return false;
                }
                count = 8;
            }
            return parts.size() == count && parts.stream().allMatch(h -> h.matches("[0-9a-fA-F]{1,4}"));
        }
    }
}
