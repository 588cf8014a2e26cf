package sockets;

import py.PyException;

/** Python's {@code http.client.HTTPException}: the base of the HTTP protocol errors below. */
public class HttpException extends PyException {
    private static final long serialVersionUID = 1L;

    public HttpException(String message) {
        super(message);
    }
}
