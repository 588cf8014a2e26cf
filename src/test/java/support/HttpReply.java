package support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What {@link LoopbackHttpServer} does with one request: the response it sends and how it
 * misbehaves. Built fluently and immutable in spirit (each call returns {@code this}, build a new
 * one per request):
 *
 * <pre>{@code
 * HttpReply.ok("hello").chunked(3).latency(Duration.ofMillis(200))   // chunked body, late
 * HttpReply.ok(bytes).untilClose().writeSizes(seed, 100)             // no length; many small writes
 * HttpReply.ok("hello").closeAfter(20)                               // dies 20 bytes into the response
 * HttpReply.reset()  /  HttpReply.garbage("SSH-2.0\r\n")             // RST / not HTTP at all
 * }</pre>
 */
public final class HttpReply {
    /** How the body is delimited on the wire. */
    public enum Framing { CONTENT_LENGTH, CHUNKED, UNTIL_CLOSE }

    private final int status;
    private final String reason;
    private final byte[] body;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private Framing framing = Framing.CONTENT_LENGTH;
    private int chunkSize = 1 << 14;
    private Duration latency = Duration.ZERO;
    private long writeSeed;
    private int maxWrite;
    private int closeAfter = -1;
    private boolean reset;
    private byte[] garbage;

    private HttpReply(int status, String reason, byte[] body) {
        this.status = status;
        this.reason = reason;
        this.body = body.clone();
    }

    /** {@code 200 OK} with these bytes as the body. */
    public static HttpReply ok(byte[] body) {
        return new HttpReply(200, "OK", body);
    }

    /** {@code 200 OK} with this text, UTF-8 encoded, as the body. */
    public static HttpReply ok(String body) {
        return ok(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Any status line, e.g. {@code status(404, "Not Found", "no such page")}. */
    public static HttpReply status(int status, String reason, String body) {
        return new HttpReply(status, reason, body.getBytes(StandardCharsets.UTF_8));
    }

    /** No response at all: the server aborts the connection with a TCP RST (SO_LINGER 0). */
    public static HttpReply reset() {
        HttpReply reply = new HttpReply(0, "", new byte[0]);
        reply.reset = true;
        return reply;
    }

    /** Sends these raw bytes instead of an HTTP response, then closes. */
    public static HttpReply garbage(String raw) {
        HttpReply reply = new HttpReply(0, "", new byte[0]);
        reply.garbage = raw.getBytes(StandardCharsets.ISO_8859_1);
        return reply;
    }

    /** Adds a response header (sent after the framing header). */
    public HttpReply header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    /** {@code Transfer-Encoding: chunked}, with chunks of at most {@code size} bytes. */
    public HttpReply chunked(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be positive");
        }
        framing = Framing.CHUNKED;
        chunkSize = size;
        return this;
    }

    /** Neither Content-Length nor chunked: the body ends when the server closes the connection. */
    public HttpReply untilClose() {
        framing = Framing.UNTIL_CLOSE;
        return this;
    }

    /** Waits this long after the request has been read before answering. */
    public HttpReply latency(Duration delay) {
        latency = delay;
        return this;
    }

    /** Writes the response in pieces of random sizes 1..maxWrite (one socket write each), seeded. */
    public HttpReply writeSizes(long seed, int maxWriteBytes) {
        if (maxWriteBytes < 1) {
            throw new IllegalArgumentException("maxWrite must be positive");
        }
        writeSeed = seed;
        maxWrite = maxWriteBytes;
        return this;
    }

    /** Closes the connection (a clean FIN) after only this many bytes of the response. */
    public HttpReply closeAfter(int bytes) {
        closeAfter = bytes;
        return this;
    }

    Duration latency() {
        return latency;
    }

    boolean isReset() {
        return reset;
    }

    /** The exact bytes the server puts on the wire (before any early close). */
    public byte[] wireBytes() {
        if (garbage != null) {
            return garbage.clone();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
        switch (framing) {
            case CONTENT_LENGTH -> head.append("Content-Length: ").append(body.length).append("\r\n");
            case CHUNKED -> head.append("Transfer-Encoding: chunked\r\n");
            case UNTIL_CLOSE -> { }
        }
        for (Map.Entry<String, String> header : headers) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (framing == Framing.CHUNKED) {
            for (int at = 0; at < body.length; at += chunkSize) {
                int length = Math.min(chunkSize, body.length - at);
                out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, at, length);
                out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** The wire bytes cut at {@link #closeAfter}, split into the sizes of the socket writes. */
    List<byte[]> writes() {
        byte[] wire = wireBytes();
        int length = closeAfter >= 0 ? Math.min(closeAfter, wire.length) : wire.length;
        List<byte[]> writes = new ArrayList<>();
        Random sizes = new Random(writeSeed);
        for (int at = 0; at < length; ) {
            int size = maxWrite > 0 ? 1 + sizes.nextInt(maxWrite) : length - at;
            size = Math.min(size, length - at);
            byte[] piece = new byte[size];
            System.arraycopy(wire, at, piece, 0, size);
            writes.add(piece);
            at += size;
        }
        return writes;
    }

    /** True when the server must not wait for the client to close (it broke the connection itself). */
    boolean endsAbruptly() {
        return closeAfter >= 0 || garbage != null;
    }

    /** The body this reply carries, as the client should see it after undoing the framing. */
    public byte[] body() {
        return body.clone();
    }
}
