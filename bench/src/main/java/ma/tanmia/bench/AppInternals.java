package ma.tanmia.bench;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Reaches package-private parts of the application the bench must use as they are rather than copy:
 * the text folding that fills {@code project.search_text}, SQL constants, package-private services.
 * Reflection keeps src/main untouched, and a renamed member fails loudly here instead of letting a
 * stale copy measure something else.
 */
public final class AppInternals {

	private AppInternals() {
	}

	public static Class<?> type(String className) {
		try {
			return Class.forName(className);
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException("The application has no class " + className, e);
		}
	}

	/** A static or instance method, made accessible. */
	public static Method method(String className, String name, Class<?>... parameterTypes) {
		try {
			Method method = type(className).getDeclaredMethod(name, parameterTypes);
			method.setAccessible(true);
			return method;
		}
		catch (NoSuchMethodException e) {
			throw new IllegalStateException("The application has no method " + className + "." + name, e);
		}
	}

	/** The value of a static field, e.g. a SQL constant. */
	public static Object constant(String className, String name) {
		try {
			Field field = type(className).getDeclaredField(name);
			field.setAccessible(true);
			return field.get(null);
		}
		catch (NoSuchFieldException | IllegalAccessException e) {
			throw new IllegalStateException("The application has no constant " + className + "." + name, e);
		}
	}

	/** Calls {@code method} on {@code target} (null for static), unwrapping the application's own exceptions. */
	public static Object invoke(Method method, Object target, Object... arguments) {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	private static final Method FOLD = method("ma.tanmia.project.ArabicText", "fold", String.class);

	/** {@code ArabicText.fold}: what the application stores in {@code project.search_text} and searches with. */
	public static String fold(String text) {
		return (String) invoke(FOLD, null, text);
	}
}
