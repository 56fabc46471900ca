package claimwatch.avro;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A Java record in Avro's single-object encoding ({@code C3 01}, the writer schema's 64-bit
 * fingerprint, the binary datum): compact, and every value says which schema wrote it. Records are
 * written with the current (latest) schema; a value written by any earlier version is read through
 * Avro's schema resolution into the current one (a field added since takes its default), so state
 * written by the previous release restores as it was.
 *
 * <p>The schemas are files, reviewed like code: {@code schemas/internal/<Record>/v1.avsc},
 * {@code v2.avsc}, ... on the class path, every version ever shipped, the highest the current one.
 * A new version must be able to read every earlier one ({@link SchemaCompatibility}), or the serde
 * is not made.
 */
public final class AvroSerde<T extends Record> implements Serde<T> {

    /**
     * Avro's generic data with the one kind of union {@link RecordMapping} allows, null and one type,
     * resolved by a null test. {@link GenericData#resolveUnion} looks the datum's schema name up in the
     * union for every nullable field written, which was most of the cost of writing a record; the bytes
     * are the same (the branch index of null, or of the other type).
     */
    private static final GenericData NULLABLE_UNIONS = new GenericData() {
        @Override
        public int resolveUnion(Schema union, Object datum) {
            List<Schema> types = union.getTypes();
            if (types.size() == 2) {
                int nullAt = types.get(0).getType() == Schema.Type.NULL ? 0 : types.get(1).getType() == Schema.Type.NULL ? 1 : -1;
                if (nullAt >= 0) {
                    return datum == null ? nullAt : 1 - nullAt;
                }
            }
            return super.resolveUnion(union, datum);
        }
    };

    /** Where the schemas of {@link #of(Class)} live on the class path. */
    public static final String SCHEMAS = "schemas/internal/";

    private final Class<T> type;
    private final RecordMapping<T> mapping;
    private final BinaryMessageEncoder<GenericRecord> encoder;
    private final BinaryMessageDecoder<GenericRecord> decoder;
    private final List<Schema> schemas;
    private final Deserializer<T> legacy;

    private AvroSerde(Class<T> type, List<Schema> versions, Deserializer<T> legacy) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no schema for " + type.getSimpleName());
        }
        Schema current = versions.get(versions.size() - 1);
        SchemaStore.Cache store = new SchemaStore.Cache();
        for (int v = 0; v < versions.size(); v++) {
            var compatibility = SchemaCompatibility.checkReaderWriterCompatibility(current, versions.get(v));
            if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
                throw new IllegalStateException("the current schema of " + type.getSimpleName() + " cannot read version "
                        + (v + 1) + ": " + compatibility.getResult().getIncompatibilities());
            }
            store.addSchema(versions.get(v));
        }
        this.type = type;
        this.schemas = List.copyOf(versions);
        this.legacy = legacy;
        this.mapping = RecordMapping.of(type, current);
        this.encoder = new BinaryMessageEncoder<>(NULLABLE_UNIONS, current);
        this.decoder = new BinaryMessageDecoder<>(GenericData.get(), current, store);
    }

    /** The serde of {@code type} with its schemas from {@value #SCHEMAS}{@code <simple name>/v<n>.avsc}. */
    public static <T extends Record> AvroSerde<T> of(Class<T> type) {
        return new AvroSerde<>(type, shipped(type.getSimpleName()), null);
    }

    /** The serde of {@code type} with these schema versions, oldest first, the last one current. */
    public static <T extends Record> AvroSerde<T> of(Class<T> type, List<Schema> versions) {
        return new AvroSerde<>(type, versions, null);
    }

    /**
     * This serde, reading a value that starts with '{' with {@code json}: what the release before
     * these schemas wrote to the stores, changelogs and repartition topics, so that an upgrade
     * keeps its state. Writing is Avro only; once every store has been rewritten (the longest
     * retention after the upgrade), the fallback can go.
     */
    public AvroSerde<T> readingJsonOf(Deserializer<T> json) {
        return new AvroSerde<>(type, schemas, json);
    }

    /** Every version of the schema named {@code name} on the class path: v1, v2, ... until one is missing. */
    public static List<Schema> shipped(String name) {
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            String resource = SCHEMAS + name + "/v" + v + ".avsc";
            try (InputStream in = AvroSerde.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return List.copyOf(versions);
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }

    /** The schema records are written with. */
    public Schema current() {
        return mapping.schema();
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (legacy != null && bytes.length > 0 && bytes[0] == '{') {
                return legacy.deserialize(topic, bytes);
            }
            return decode(bytes);
        };
    }

    byte[] encode(T value) {
        try {
            Bytes out = new Bytes();
            encoder.encode(mapping.toAvro(value), out);
            return out.toByteArray();
        } catch (IOException | AvroRuntimeException | IllegalArgumentException | ClassCastException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " as Avro: " + e.getMessage(), e);
        }
    }

    T decode(byte[] bytes) {
        try {
            return mapping.fromAvro(decoder.decode(new Unsynchronized(bytes), null));
        } catch (MissingSchemaException e) {
            throw new SerializationException(String.format(Locale.ROOT,
                    "not a %s of any shipped schema: its writer schema's fingerprint %s is none of the %d version(s) in %s%s/"
                            + " (written by a newer claimwatch, or not a %s)",
                    type.getSimpleName(), fingerprint(bytes), schemas.size(), SCHEMAS, type.getSimpleName(), type.getSimpleName()), e);
        } catch (BadHeaderException e) {
            throw new SerializationException("not a " + type.getSimpleName()
                    + ": no Avro single-object header (C3 01 and a schema fingerprint): " + e.getMessage(), e);
        } catch (IOException | AvroRuntimeException | IllegalArgumentException | ClassCastException e) {
            throw new SerializationException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /*
     * Avro's message encoder and decoder write and read a byte at a time (direct, unbuffered), so the
     * streams they are given are unsynchronised: ByteArrayOutputStream's and ByteArrayInputStream's
     * locks were the largest single cost of a round trip.
     */

    /** A growable byte array to write to. */
    private static final class Bytes extends OutputStream {
        private byte[] buf = new byte[256];
        private int count;

        @Override
        public void write(int b) {
            if (count == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (count + len > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, count);
        }
    }

    /** A byte array to read from. */
    private static final class Unsynchronized extends InputStream {
        private final byte[] buf;
        private int pos;

        Unsynchronized(byte[] buf) {
            this.buf = buf;
        }

        @Override
        public int read() {
            return pos < buf.length ? buf[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= buf.length) {
                return len == 0 ? 0 : -1;
            }
            int n = Math.min(len, buf.length - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() {
            return buf.length - pos;
        }
    }

    /** The 8 fingerprint bytes after the 2-byte marker, as written (little-endian), in hex. */
    private static String fingerprint(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (int i = 2; i < Math.min(bytes.length, 10); i++) {
            hex.append(String.format(Locale.ROOT, "%02x", bytes[i]));
        }
        return hex.toString();
    }
}
