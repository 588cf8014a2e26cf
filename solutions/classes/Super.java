package classes;

import java.util.List;
import py.AttributeError;
import py.TypeError;

/** {@code super(thisClass, self)}: lookup that starts after {@code thisClass} in {@code type(self).__mro__}. */
public final class Super {
    private final PyClass thisClass;
    private final Instance self;

    /** {@code super(thisClass, self)}; self must be an instance of thisClass. */
    public Super(PyClass thisClass, Instance self) {
        if (!self.type().mro().contains(thisClass)) {
            throw new TypeError("super(type, obj): obj must be an instance or subtype of type");
        }
        this.thisClass = thisClass;
        this.self = self;
    }

    /** {@code super().name}: found on a class after thisClass in the MRO of self's type, bound to self. */
    public Object getattr(String attribute) {
        // Not the base of thisClass: the next class in the instance's MRO, which may be a sibling.
        List<PyClass> mro = self.type().mro();
        for (PyClass cls : mro.subList(mro.indexOf(thisClass) + 1, mro.size())) {
            if (cls.dict().containsKey(attribute)) {
                return Binding.bind(cls.dict().get(attribute), self, self.type());
            }
        }
        throw new AttributeError("'super' object has no attribute '" + attribute + "'");
    }
}
