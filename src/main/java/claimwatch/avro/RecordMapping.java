package claimwatch.avro;

import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A Java record to and from an Avro {@link GenericRecord} of a schema written by hand, field for
 * component by name. The schema is the contract and the record must match it exactly: a component
 * the schema lacks, a field the record lacks or a type that does not fit fails when the mapping is
 * made (at class load of the serdes), never by writing a record that restores differently.
 *
 * <p>Java to Avro: {@code String} a string; {@code long}/{@code Long}, {@code int}/{@code Integer},
 * {@code double}/{@code Double}, {@code boolean} their Avro primitives; {@link Instant} a
 * {@code long} of logical type {@code timestamp-nanos} (exact for 1677–2262, beyond it writing
 * fails); an enum an Avro enum of its constants' names; a {@code List} an array; a
 * {@code Map<String, V>} a map (read back as a {@link TreeMap} where the component is a
 * {@link SortedMap}); a record a record. A field that may be null is a union of {@code "null"} and its type.
 */
final class RecordMapping<T extends Record> {

    /** A value's conversions from its Java to its Avro form and back. */
    private record Conversion(UnaryOperator<Object> toAvro, UnaryOperator<Object> fromAvro) {
    }

    private record Component(String name, int position, Method accessor, Conversion conversion) {
    }

    private final Class<T> type;
    private final Schema schema;
    private final Constructor<T> constructor;
    private final List<Component> components;

    private RecordMapping(Class<T> type, Schema schema) {
        if (schema.getType() != Schema.Type.RECORD) {
            throw mismatch(type.getSimpleName(), schema, type);
        }
        this.type = type;
        this.schema = schema;
        RecordComponent[] declared = type.getRecordComponents();
        List<String> javaNames = Arrays.stream(declared).map(RecordComponent::getName).toList();
        List<String> avroNames = schema.getFields().stream().map(Schema.Field::name).toList();
        if (!new java.util.HashSet<>(javaNames).equals(new java.util.HashSet<>(avroNames))) {
            throw new IllegalArgumentException("schema " + schema.getFullName() + " does not match record " + type.getName()
                    + ": only in the record " + minus(javaNames, avroNames) + ", only in the schema " + minus(avroNames, javaNames));
        }
        List<Component> list = new ArrayList<>();
        for (RecordComponent c : declared) {
            Schema.Field field = schema.getField(c.getName());
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            String path = type.getSimpleName() + "." + c.getName();
            list.add(new Component(c.getName(), field.pos(), accessor, conversion(path, c.getGenericType(), field.schema())));
        }
        this.components = List.copyOf(list);
        try {
            this.constructor = type.getDeclaredConstructor(Arrays.stream(declared).map(RecordComponent::getType).toArray(Class[]::new));
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record has its canonical constructor: " + type, e);
        }
    }

    static <T extends Record> RecordMapping<T> of(Class<T> type, Schema schema) {
        return new RecordMapping<>(type, schema);
    }

    Schema schema() {
        return schema;
    }

    GenericRecord toAvro(T value) {
        GenericData.Record record = new GenericData.Record(schema);
        for (Component c : components) {
            Object v;
            try {
                v = c.accessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + c.name(), e);
            }
            record.put(c.position(), c.conversion().toAvro().apply(v));
        }
        return record;
    }

    /** The record from {@code avro}, which has this mapping's schema (the decoder resolved older versions to it). */
    T fromAvro(GenericRecord avro) {
        Object[] args = new Object[components.size()];
        for (int i = 0; i < args.length; i++) {
            Component c = components.get(i);
            args[i] = c.conversion().fromAvro().apply(avro.get(c.position()));
        }
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
        }
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(n -> !b.contains(n)).toList();
    }

    private static IllegalArgumentException mismatch(String path, Schema schema, Type java) {
        return new IllegalArgumentException(path + ": Avro " + schema + " cannot hold Java " + java.getTypeName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Conversion conversion(String path, Type java, Schema schema) {
        Class<?> raw = raw(java);
        switch (schema.getType()) {
            case UNION -> {
                return nullable(path, java, schema);
            }
            case STRING -> {
                require(path, schema, java, raw == String.class);
                return new Conversion(o -> o, Object::toString);
            }
            case LONG -> {
                LogicalType logical = schema.getLogicalType();
                if (logical != null) {
                    require(path, schema, java, raw == Instant.class && "timestamp-nanos".equals(logical.getName()));
                    return new Conversion(o -> nanos(path, (Instant) o), o -> instant((Long) o));
                }
                return same(path, schema, java, long.class, Long.class);
            }
            case INT -> {
                return same(path, schema, java, int.class, Integer.class);
            }
            case DOUBLE -> {
                return same(path, schema, java, double.class, Double.class);
            }
            case BOOLEAN -> {
                return same(path, schema, java, boolean.class, Boolean.class);
            }
            case ENUM -> {
                require(path, schema, java, raw.isEnum());
                List<String> missing = Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                        .filter(n -> !schema.hasEnumSymbol(n)).toList();
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException(path + ": enum " + schema.getFullName() + " lacks " + missing);
                }
                Class<? extends Enum> enumType = (Class<? extends Enum>) raw;
                return new Conversion(o -> new GenericData.EnumSymbol(schema, ((Enum<?>) o).name()),
                        o -> Enum.valueOf(enumType, o.toString()));
            }
            case ARRAY -> {
                require(path, schema, java, raw == List.class);
                Conversion element = conversion(path + "[]", typeArgument(path, java, 0), schema.getElementType());
                return new Conversion(o -> new GenericData.Array<>(schema, mapped((Collection<?>) o, element.toAvro())),
                        o -> Collections.unmodifiableList(mapped((Collection<?>) o, element.fromAvro())));
            }
            case MAP -> {
                require(path, schema, java, (raw == Map.class || raw == SortedMap.class)
                        && typeArgument(path, java, 0) == String.class);
                Conversion value = conversion(path + "{}", typeArgument(path, java, 1), schema.getValueType());
                boolean sorted = raw == SortedMap.class;
                return new Conversion(o -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    ((Map<String, ?>) o).forEach((k, v) -> m.put(k, value.toAvro().apply(v)));
                    return m;
                }, o -> {
                    Map<String, Object> m = sorted ? new TreeMap<>() : new LinkedHashMap<>();
                    ((Map<?, ?>) o).forEach((k, v) -> m.put(k.toString(), value.fromAvro().apply(v)));
                    return m;
                });
            }
            case RECORD -> {
                require(path, schema, java, raw.isRecord());
                RecordMapping nested = new RecordMapping(raw, schema);
                return new Conversion(o -> nested.toAvro((Record) o), o -> nested.fromAvro((GenericRecord) o));
            }
            default -> throw mismatch(path, schema, java);
        }
    }

    /** A union of null and one type: null either way, else that type's conversion. */
    private static Conversion nullable(String path, Type java, Schema union) {
        List<Schema> types = union.getTypes();
        List<Schema> notNull = types.stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
        if (types.size() != 2 || notNull.size() != 1) {
            throw new IllegalArgumentException(path + ": only a union of null and one type is supported, not " + union);
        }
        if (raw(java).isPrimitive()) {
            throw new IllegalArgumentException(path + ": a " + java.getTypeName() + " is never null; its schema must not be a union");
        }
        Conversion inner = conversion(path, java, notNull.get(0));
        return new Conversion(o -> o == null ? null : inner.toAvro().apply(o), o -> o == null ? null : inner.fromAvro().apply(o));
    }

    /** A primitive, the same value in Java ({@code primitive} or {@code boxed}) and in Avro. */
    private static Conversion same(String path, Schema schema, Type java, Class<?> primitive, Class<?> boxed) {
        require(path, schema, java, java == primitive || java == boxed);
        return new Conversion(UnaryOperator.identity(), UnaryOperator.identity());
    }

    private static List<Object> mapped(Collection<?> values, UnaryOperator<Object> conversion) {
        List<Object> list = new ArrayList<>(values.size());
        for (Object v : values) {
            list.add(conversion.apply(v));
        }
        return list;
    }

    private static void require(String path, Schema schema, Type java, boolean fits) {
        if (!fits) {
            throw mismatch(path, schema, java);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + type);
    }

    private static Type typeArgument(String path, Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException(path + ": a raw " + type.getTypeName() + " has no element type");
    }

    private static long nanos(String path, Instant at) {
        try {
            return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(path + ": " + at + " is outside timestamp-nanos (1677-09-21 .. 2262-04-11)");
        }
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
