package sockets;

import py.UnicodeDecodeError;

/** {@code bytes.decode("utf-8")}: bytes to text, failing exactly where and how CPython does. */
public final class Utf8 {
    private Utf8() {
    }

    /** Decodes strict UTF-8; a bad or cut-off sequence raises CPython's UnicodeDecodeError. */
    public static String decode(byte[] data) {
        StringBuilder text = new StringBuilder(data.length);
        int at = 0;
        while (at < data.length) {
            int lead = data[at] & 0xFF;
            int length = sequenceLength(lead);
            if (length == 0) {
                throw error(data, at, at + 1, "invalid start byte");
            }
            int codePoint = length == 1 ? lead : lead & (0xFF >> (length + 1));
            for (int i = 1; i < length; i++) {
                if (at + i >= data.length) {
                    // the sequence was fine so far but the data ran out: a message cut mid-character
                    throw error(data, at, data.length, "unexpected end of data");
                }
                int next = data[at + i] & 0xFF;
                if (!continues(lead, i, next)) {
                    throw error(data, at, at + i, "invalid continuation byte");
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            text.appendCodePoint(codePoint);
            at += length;
        }
        return text.toString();
    }

    /** 1-4 for a valid lead byte; 0 for a continuation byte or one UTF-8 never uses (C0, C1, F5-FF). */
    private static int sequenceLength(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        if (lead < 0xC2) {
            return 0;
        }
        if (lead < 0xE0) {
            return 2;
        }
        if (lead < 0xF0) {
            return 3;
        }
        return lead < 0xF5 ? 4 : 0;
    }

    /** Whether {@code next} may be byte {@code index} after {@code lead}; the second byte's range excludes overlongs, surrogates and > U+10FFFF. */
    private static boolean continues(int lead, int index, int next) {
        int low = 0x80;
        int high = 0xBF;
        if (index == 1) {
            switch (lead) {
                case 0xE0 -> low = 0xA0;
                case 0xED -> high = 0x9F;
                case 0xF0 -> low = 0x90;
                case 0xF4 -> high = 0x8F;
                default -> { }
            }
        }
        return next >= low && next <= high;
    }

    private static UnicodeDecodeError error(byte[] data, int start, int end, String reason) {
        String where = end - start == 1
                ? String.format("byte 0x%02x in position %d", data[start] & 0xFF, start)
                : String.format("bytes in position %d-%d", start, end - 1);
        return new UnicodeDecodeError("'utf-8' codec can't decode " + where + ": " + reason);
    }
}
