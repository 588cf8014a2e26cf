package selectors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import py.ConnectionRefusedError;
import py.ConnectionResetError;
import py.OSError;

/**
 * The notes' {@code Fetcher}, with callbacks on an {@link EventLoop}: connect without blocking,
 * send the request once connected (however many writes that takes), read until EOF, then call
 * back with the parsed response, or with the error.
 */
public final class Fetcher {
    private final EventLoop loop;
    /** One read buffer for every fetch: callbacks never run at the same time (one thread). */
    private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);

    public Fetcher(EventLoop loop) {
        this.loop = loop;
    }

    /** Starts a GET; the callbacks run inside {@code loop.run()}. */
    public void get(String url, Consumer<Response> onResponse, Consumer<Exception> onError) throws IOException {
        start(url, "GET", new byte[0], onResponse, onError);
    }

    /** Starts a POST of {@code body} (sent with Content-Length); the callbacks run inside {@code loop.run()}. */
    public void post(String url, byte[] body, Consumer<Response> onResponse, Consumer<Exception> onError) throws IOException {
        start(url, "POST", body, onResponse, onError);
    }

    private void start(String url, String method, byte[] body, Consumer<Response> onResponse, Consumer<Exception> onError)
            throws IOException {
        URI uri = URI.create(url);
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port + "\r\nConnection: close\r\n"
                + (method.equals("POST") ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
        ByteBuffer request = ByteBuffer.allocate(head.length() + body.length);
        request.put(head.getBytes(StandardCharsets.ISO_8859_1)).put(body).flip();
        new Exchange(SocketChannel.open(), request, onResponse, onError).begin(new InetSocketAddress(uri.getHost(), port));
    }

    /** One fetch in progress: its channel, what is left to send, what has arrived. */
    private final class Exchange {
        private final SocketChannel channel;
        private final ByteBuffer request;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final Consumer<Response> onResponse;
        private final Consumer<Exception> onError;

        Exchange(SocketChannel channel, ByteBuffer request, Consumer<Response> onResponse, Consumer<Exception> onError) {
            this.channel = channel;
            this.request = request;
            this.onResponse = onResponse;
            this.onError = onError;
        }

        void begin(InetSocketAddress address) throws IOException {
            channel.configureBlocking(false);
            try {
                boolean now = channel.connect(address);
                loop.register(channel, now ? SelectionKey.OP_WRITE : SelectionKey.OP_CONNECT, now ? this::writable : this::connected);
            } catch (ConnectException e) {
                channel.close();
                onError.accept(new ConnectionRefusedError("[Errno 111] Connection refused", e));
            }
        }

        private void connected(SelectionKey key) {
            try {
                if (channel.finishConnect()) {
                    loop.modify(channel, SelectionKey.OP_WRITE, this::writable);
                }
            } catch (ConnectException e) {
                // "writable" after a refused connect only means the attempt is over: finishConnect tells how
                fail(new ConnectionRefusedError("[Errno 111] Connection refused", e));
            } catch (IOException e) {
                fail(new OSError(String.valueOf(e.getMessage()), e));
            }
        }

        private void writable(SelectionKey key) {
            try {
                channel.write(request); // may send only part: the rest waits for the next OP_WRITE
                if (!request.hasRemaining()) {
                    loop.modify(channel, SelectionKey.OP_READ, this::readable);
                }
            } catch (IOException e) {
                fail(resetOr(e));
            }
        }

        private void readable(SelectionKey key) {
            try {
                readBuffer.clear();
                int read = channel.read(readBuffer);
                if (read > 0) {
                    received.write(readBuffer.array(), 0, read);
                    return;
                }
                if (read < 0) {
                    finish();
                }
            } catch (IOException e) {
                fail(resetOr(e));
            }
        }

        private void finish() throws IOException {
            loop.unregister(channel);
            channel.close();
            Response response;
            try {
                response = ResponseParser.parse(received.toByteArray());
            } catch (RuntimeException e) {
                onError.accept(e);
                return;
            }
            onResponse.accept(response);
        }

        private void fail(Exception error) {
            try {
                channel.close(); // also takes it off the selector
            } catch (IOException ignored) {
                // the error we report matters more than this one
            }
            onError.accept(error);
        }
    }

    private static Exception resetOr(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("reset") ? new ConnectionResetError("[Errno 104] Connection reset by peer")
                : new OSError(message, e);
    }
}
