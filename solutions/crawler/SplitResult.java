package crawler;

import py.ValueError;

/**
 * What {@code urllib.parse.urlsplit} returns: the five parts of a URL, as written (nothing is
 * decoded), plus the {@code hostname} and {@code port} that Python computes from the netloc on demand.
 */
public record SplitResult(String scheme, String netloc, String path, String query, String fragment) {

    /** The host, lower-cased, without brackets or userinfo; null (Python's None) if there is none. */
    public String hostname() {
        String host = hostAndPort()[0];
        if (host.isEmpty()) {
            return null;
        }
        // An IPv6 zone id ("%eth0") is a name on this machine: only the address part is case-insensitive.
        int zone = host.indexOf('%');
        return zone < 0 ? host.toLowerCase(java.util.Locale.ROOT)
                : host.substring(0, zone).toLowerCase(java.util.Locale.ROOT) + host.substring(zone);
    }

    /** The port as a number; null if the netloc names none (or ends with a bare ':'). */
    public Integer port() {
        String port = hostAndPort()[1];
        if (port.isEmpty()) {
            return null;
        }
        // Python checks isdigit() and isascii(): '+80', ' 80' and full-width digits are all refused.
        if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ValueError("Port could not be cast to integer value as " + py.Repr.of(port));
        }
        String digits = port.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 5 || Integer.parseInt(digits) > 65535) {
            throw new ValueError("Port out of range 0-65535");
        }
        return Integer.parseInt(digits);
    }

    /** Python's {@code _hostinfo}: the last '@' ends the userinfo; brackets protect the colons of IPv6. */
    private String[] hostAndPort() {
        String hostinfo = netloc.substring(netloc.lastIndexOf('@') + 1);
        int open = hostinfo.indexOf('[');
        if (open >= 0) {
            String bracketed = hostinfo.substring(open + 1);
            int close = bracketed.indexOf(']');
            String host = close < 0 ? bracketed : bracketed.substring(0, close);
            String after = close < 0 ? "" : bracketed.substring(close + 1);
            int colon = after.indexOf(':');
            return new String[] {host, colon < 0 ? "" : after.substring(colon + 1)};
        }
        int colon = hostinfo.indexOf(':');
        return colon < 0 ? new String[] {hostinfo, ""} : new String[] {hostinfo.substring(0, colon), hostinfo.substring(colon + 1)};
    }
}
