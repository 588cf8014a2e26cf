package sockets;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import py.ConnectionRefusedError;
import py.ValueError;

/** The notes' {@code get_url}, done right: an HTTP/1.1 GET over a plain socket. */
public final class HttpGet {
    private HttpGet() {
    }

    /** Fetches an {@code http://host[:port][/path]} URL and parses the response. */
    public static HttpResponse get(String url) throws IOException {
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new ValueError("unsupported URL: " + url);
        }
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        String host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + port;
        try (Socket socket = new Socket()) {
            connect(socket, new InetSocketAddress(uri.getHost(), port));
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
            // getOutputStream().write sends everything, like Python's sendall (send may stop short)
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return HttpParser.read(new BufferedInputStream(socket.getInputStream()));
        }
    }

    private static void connect(Socket socket, InetSocketAddress address) throws IOException {
        try {
            socket.connect(address);
        } catch (ConnectException e) {
            throw new ConnectionRefusedError("[Errno 111] Connection refused", e);
        }
    }
}
