package processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import py.KeyError;
import py.PyException;
import py.RuntimeError;

/** The manager's server side (in the child JVM), and the one call a proxy makes to it. */
final class ManagerServer {
    private static final Map<Integer, Object> OBJECTS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private ManagerServer() {
    }

    /** Serves until the parent closes our stdin, then exits (taking the shared objects with it). */
    static void serve(OutputStream toParent) throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> acceptLoop(listener), "manager-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        Frames.write(toParent, Frames.dumps(listener.getLocalPort()));
        // Our stdin closing means the parent called shutdown() or died: either way, stop.
        while (System.in.read() >= 0) {
            continue;
        }
        listener.close();
    }

    /** One request over a fresh loopback connection: {object id, method, args...} -> {ok, value}. */
    static Object call(int port, int objectId, String method, Object... args) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            Object[] request = new Object[] {objectId, method, args};
            Frames.write(socket.getOutputStream(), Frames.dumps(request));
            byte[] reply = Frames.read(socket.getInputStream());
            if (reply == null) {
                throw new RuntimeError("the manager closed the connection");
            }
            Object[] answer = (Object[]) Frames.loads(reply);
            if (!(Boolean) answer[0]) {
                throw (RuntimeException) answer[1];
            }
            return answer[1];
        } catch (IOException | ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException("cannot reach the manager: " + e, e));
        }
    }

    private static void acceptLoop(ServerSocket listener) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread handler = new Thread(() -> handle(client), "manager-client");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void handle(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            Object[] request = (Object[]) Frames.loads(Frames.read(in));
            Object[] reply;
            try {
                reply = new Object[] {true, dispatch((Integer) request[0], (String) request[1], (Object[]) request[2])};
            } catch (PyException e) {
                reply = new Object[] {false, e};
            }
            Frames.write(out, Frames.dumps(reply));
        } catch (IOException | ClassNotFoundException e) {
            System.err.println("manager: dropped a request: " + e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Serializable dispatch(int objectId, String method, Object[] args) {
        if (method.equals("create")) {
            int id = NEXT_ID.incrementAndGet();
            OBJECTS.put(id, args[0].equals("dict") ? new HashMap<>() : new LinkedBlockingQueue<>());
            return id;
        }
        Object target = OBJECTS.get(objectId);
        if (target instanceof Map<?, ?> map) {
            // One lock per dict: each proxy call is atomic, but a read-then-write pair is not.
            synchronized (map) {
                return dictCall((Map<Object, Object>) map, method, args);
            }
        }
        return queueCall((LinkedBlockingQueue<Object>) target, method, args);
    }

    private static Serializable dictCall(Map<Object, Object> map, String method, Object[] args) {
        return switch (method) {
            case "getitem" -> {
                if (!map.containsKey(args[0])) {
                    throw new KeyError(args[0]);
                }
                yield (Serializable) map.get(args[0]);
            }
            case "get" -> (Serializable) map.get(args[0]);
            case "setitem" -> {
                map.put(args[0], args[1]);
                yield null;
            }
            case "delitem" -> {
                if (!map.containsKey(args[0])) {
                    throw new KeyError(args[0]);
                }
                map.remove(args[0]);
                yield null;
            }
            case "len" -> map.size();
            case "contains" -> map.containsKey(args[0]);
            case "copy" -> new HashMap<>(map);
            default -> throw new RuntimeError("unknown dict method " + method);
        };
    }

    private static Serializable queueCall(LinkedBlockingQueue<Object> queue, String method, Object[] args) {
        return switch (method) {
            case "put" -> {
                queue.add(args[0]);
                yield null;
            }
            case "get" -> {
                try {
                    yield (Serializable) queue.take();
                } catch (InterruptedException e) {
                    throw new RuntimeError("interrupted");
                }
            }
            case "qsize" -> queue.size();
            default -> throw new RuntimeError("unknown queue method " + method + " " + List.of(args));
        };
    }
}
