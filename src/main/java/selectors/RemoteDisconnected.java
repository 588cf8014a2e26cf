package selectors;

import py.ConnectionResetError;

/** Python's {@code http.client.RemoteDisconnected}: the server closed without sending a single byte. */
public class RemoteDisconnected extends ConnectionResetError {
    private static final long serialVersionUID = 1L;

    public RemoteDisconnected() {
        super("Remote end closed connection without response");
    }
}
