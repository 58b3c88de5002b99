package io.dts.web.pages;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a view-scoped page reads, read once per request: the bean outlives requests, the data it
 * shows must not. Values live in the Faces context's attributes under the page's own prefix.
 */
final class PerRequest {

    private final String prefix;

    PerRequest(Class<?> page) {
        this.prefix = page.getName() + ".";
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> read) {
        Map<Object, Object> attributes = FacesContext.getCurrentInstance().getAttributes();
        Object value = attributes.get(prefix + key);
        if (value == null) {
            // not computeIfAbsent: reading one thing may read another (a list reads the height)
            value = read.get();
            attributes.put(prefix + key, value);
        }
        return (T) value;
    }

    /** Forgets everything read in this request, e.g. after an action changed it. */
    void forget() {
        FacesContext.getCurrentInstance().getAttributes().keySet().removeIf(k -> k instanceof String s && s.startsWith(prefix));
    }
}
