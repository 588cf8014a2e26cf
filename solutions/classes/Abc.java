package classes;

/** {@code isinstance}/{@code issubclass} as ABCMeta answers them, and duck-typed protocol checks. */
public final class Abc {
    private Abc() {
    }

    /** {@code issubclass(cls, parent)}: the hook first, then real inheritance, then registered virtual subclasses. */
    public static boolean issubclass(PyClass cls, PyClass parent) {
        if (parent.subclassHook != null) {
            Boolean verdict = parent.subclassHook.apply(cls);
            if (verdict != null) {
                return verdict; // True or False is final; null (NotImplemented) falls through
            }
        }
        if (cls.mro().contains(parent)) {
            return true;
        }
        for (PyClass registered : parent.registry) {
            if (issubclass(cls, registered)) {
                return true;
            }
        }
        // A virtual subclass of a subclass counts too: Sub.register(X) makes X a Base.
        for (PyClass subclass : parent.subclasses) {
            if (issubclass(cls, subclass)) {
                return true;
            }
        }
        return false;
    }

    /** {@code isinstance(obj, cls)}. */
    public static boolean isinstance(Instance obj, PyClass cls) {
        return issubclass(obj.type(), cls);
    }

    /**
     * Duck typing: does {@code cls} provide every one of {@code methods} somewhere along its MRO? A name set to
     * None (null) explicitly opts out, as {@code __hash__ = None} does.
     */
    public static boolean hasMethods(PyClass cls, String... methods) {
        for (String method : methods) {
            Object found = null;
            boolean defined = false;
            for (PyClass klass : cls.mro()) {
                if (klass.dict().containsKey(method)) {
                    found = klass.dict().get(method);
                    defined = true;
                    break;
                }
            }
            if (!defined || found == null) {
                return false;
            }
        }
        return true;
    }
}
