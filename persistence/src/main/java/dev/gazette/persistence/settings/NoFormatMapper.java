package dev.gazette.persistence.settings;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate's JSON and XML column mapper, for a model that has no such column. Left to itself Hibernate builds a
 * Jackson mapper at start from whatever Jackson it can see; on Payara, where the EAR's libraries come first
 * (glassfish-application.xml), it paired the EAR's Jackson with Payara's modules and the deployment failed.
 */
public class NoFormatMapper implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        throw unsupported();
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        throw unsupported();
    }

    /** Only a new JSON or XML column would call it: that column needs a real mapper configured in persistence.xml. */
    private static IllegalStateException unsupported() {
        return new IllegalStateException("Gazette maps no JSON or XML column; a new one needs a FormatMapper in persistence.xml");
    }
}
