package dev.cookiereg.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The manifest's records to and from JSON, member by member as {@link Manifest} states: the
 * component's name (or its {@link JsonProperty}) in declaration order;
 * {@code @JsonInclude(NON_NULL)} optional, {@code @JsonInclude(ALWAYS)} present but possibly null,
 * every other member present and not null. Values are strings, {@code true}/{@code false}, whole
 * numbers, lists and records, each read only from JSON of its own type; members this version does
 * not know are skipped (format 1.x only ever adds optional fields).
 *
 * <p>Jackson's record binding honours the same annotations and writes the same text, but it
 * introspects every type on first use, which costs a short-lived process about 90 ms; this reads
 * each record's components once and walks them with Jackson's streaming generator and parser.
 */
public final class ManifestJson {
  private ManifestJson() {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  /** A record type's accessors in declaration order, each as (Object) → Object; for writing. */
  private static final ClassValue<MethodHandle[]> GETTERS =
      new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          MethodHandle[] getters = new MethodHandle[components.length];
          for (int i = 0; i < components.length; i++) {
            try {
              getters[i] =
                  MethodHandles.publicLookup()
                      .unreflect(components[i].getAccessor())
                      .asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
              throw new IllegalArgumentException(components[i] + " is not public", e);
            }
          }
          return getters;
        }
      };

  /**
   * Reads the members of {@code type} and of every record it holds, the work of a first write, so
   * that it can be done ahead (on another core while the registry loads).
   */
  public static void prepare(Class<? extends Record> type) {
    prepare(ValueType.of(type));
  }

  private static void prepare(ValueType type) {
    if (type.kind() == Kind.LIST) prepare(type.element());
    if (type.kind() != Kind.RECORD) return;
    GETTERS.get(type.type());
    for (Member m : SHAPES.get(type.type()).members()) prepare(m.type());
  }

  /** Writes {@code value}, a manifest record, as one JSON object. */
  public static void write(JsonGenerator out, Record value) throws IOException {
    new Writing(false, null).record(out, value);
  }

  /**
   * Writes {@code value} in its canonical form (RFC 8785): every object's members sorted by name,
   * strings escaped as RFC 8785 says, and {@code omitted} (a record component, e.g. the digest
   * itself) left out; the generator must write no white space.
   */
  static void writeCanonical(JsonGenerator out, Record value, RecordComponent omitted)
      throws IOException {
    new Writing(true, omitted).record(out, value);
  }

  /**
   * The record of {@code type} at the parser's current token, which must start an object; the
   * parser is left on the object's end.
   *
   * @throws Mismatch a member is missing, null where it may not be, or of another JSON type
   * @throws JsonProcessingException the text is not JSON (or breaks the parser's limits)
   */
  public static <T extends Record> T read(JsonParser in, Class<T> type) throws IOException {
    return type.cast(new Reading(in).value(ValueType.of(type)));
  }

  /** A manifest that is JSON but not of the manifest's shape; the message names the member. */
  public static final class Mismatch extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    Mismatch(String message, JsonLocation location) {
      super(message, location);
    }
  }

  /**
   * One way of writing: as declared, or canonical (members in name order, RFC 8785's strings); and
   * one member that is left out.
   */
  private record Writing(boolean canonical, RecordComponent omitted) {
    void record(JsonGenerator out, Object record) throws IOException {
      Shape shape = SHAPES.get(record.getClass());
      MethodHandle[] getters = GETTERS.get(record.getClass());
      out.writeStartObject();
      for (int i : canonical ? shape.byName() : shape.declared()) {
        Member m = shape.members().get(i);
        if (omitted != null && m.is(omitted)) continue;
        Object value = get(getters[i], record);
        if (value == null && m.optional()) continue;
        out.writeFieldName(m.name());
        value(out, m.type(), value);
      }
      out.writeEndObject();
    }

    private void value(JsonGenerator out, ValueType type, Object value) throws IOException {
      if (value == null) {
        out.writeNull();
        return;
      }
      switch (type.kind()) {
        case STRING -> {
          if (canonical) out.writeRawValue(canonicalString((String) value));
          else out.writeString((String) value);
        }
        case BOOLEAN -> out.writeBoolean((Boolean) value);
        case INT -> out.writeNumber((Integer) value);
        case LONG -> out.writeNumber((Long) value);
        case LIST -> {
          out.writeStartArray();
          for (Object item : (List<?>) value) value(out, type.element(), item);
          out.writeEndArray();
        }
        case RECORD -> record(out, value);
      }
    }
  }

  /**
   * A string as RFC 8785 writes it: {@code \b \t \n \f \r \" \\} by name, other characters below
   * U+0020 as a backslash, u and four lower-case hex digits, every other character as itself.
   */
  static String canonicalString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static Object get(MethodHandle getter, Object record) {
    try {
      return (Object) getter.invokeExact(record);
    } catch (Throwable e) { // a record's accessor throws nothing
      throw new IllegalStateException("cannot read " + record.getClass(), e);
    }
  }

  /** One reading of a document, with the path to the member being read for messages. */
  private static final class Reading {
    private final JsonParser in;
    private final Deque<Object> path = new ArrayDeque<>();

    Reading(JsonParser in) {
      this.in = in;
    }

    Object value(ValueType type) throws IOException {
      JsonToken token = in.currentToken();
      if (token == JsonToken.VALUE_NULL) return null;
      switch (type.kind()) {
        case STRING -> {
          if (token == JsonToken.VALUE_STRING) return in.getText();
        }
        case BOOLEAN -> {
          if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
          }
        }
        case INT -> {
          if (token == JsonToken.VALUE_NUMBER_INT
              && in.getNumberType() == JsonParser.NumberType.INT) {
            return in.getIntValue();
          }
        }
        case LONG -> {
          if (token == JsonToken.VALUE_NUMBER_INT
              && in.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return in.getLongValue();
          }
        }
        case LIST -> {
          if (token == JsonToken.START_ARRAY) return list(type.element());
        }
        case RECORD -> {
          if (token == JsonToken.START_OBJECT) return record(type.type());
        }
      }
      throw mismatch("is not " + type.kind().json);
    }

    private List<Object> list(ValueType element) throws IOException {
      List<Object> items = new ArrayList<>();
      while (in.nextToken() != JsonToken.END_ARRAY) {
        path.push(items.size());
        Object item = value(element);
        if (item == null) throw mismatch("is null");
        path.pop();
        items.add(item);
      }
      return items;
    }

    private Object record(Class<?> type) throws IOException {
      Shape shape = SHAPES.get(type);
      Object[] values = new Object[shape.members().size()];
      boolean[] present = new boolean[values.length];
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        Integer i = shape.index().get(in.currentName());
        in.nextToken();
        if (i == null) {
          in.skipChildren();
          continue;
        }
        Member m = shape.members().get(i);
        path.push(m.name());
        values[i] = value(m.type());
        if (values[i] == null && !m.optional() && !m.nullable()) throw mismatch("is null");
        path.pop();
        present[i] = true;
      }
      for (int i = 0; i < values.length; i++) {
        Member m = shape.members().get(i);
        if (!present[i] && !m.optional()) {
          path.push(m.name());
          throw mismatch("is missing");
        }
      }
      try {
        return shape.construct(values);
      } catch (RuntimeException e) {
        throw mismatch("cannot be made: " + e.getMessage());
      }
    }

    private Mismatch mismatch(String what) {
      StringBuilder at = new StringBuilder();
      for (Iterator<Object> i = path.descendingIterator(); i.hasNext(); ) {
        Object step = i.next();
        if (step instanceof Integer index) {
          at.append('[').append(index).append(']');
        } else {
          at.append(at.length() == 0 ? "" : ".").append(step);
        }
      }
      return new Mismatch(
          (at.length() == 0 ? "the manifest" : at) + " " + what, in.currentTokenLocation());
    }
  }

  /** The JSON types a member can have. */
  private enum Kind {
    STRING("a string"),
    BOOLEAN("true or false"),
    INT("a whole number"),
    LONG("a whole number"),
    LIST("an array"),
    RECORD("an object");

    final String json;

    Kind(String json) {
      this.json = json;
    }
  }

  /** A member's type: its kind, its class, and for a list the type of its items. */
  private record ValueType(Kind kind, Class<?> type, ValueType element) {
    static ValueType of(Type type) {
      if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
        return new ValueType(Kind.LIST, List.class, of(p.getActualTypeArguments()[0]));
      }
      if (type == String.class) return new ValueType(Kind.STRING, String.class, null);
      if (type == boolean.class || type == Boolean.class) {
        return new ValueType(Kind.BOOLEAN, (Class<?>) type, null);
      }
      if (type == int.class || type == Integer.class) {
        return new ValueType(Kind.INT, (Class<?>) type, null);
      }
      if (type == long.class || type == Long.class) {
        return new ValueType(Kind.LONG, (Class<?>) type, null);
      }
      if (type instanceof Class<?> c && c.isRecord()) return new ValueType(Kind.RECORD, c, null);
      throw new IllegalArgumentException("a manifest member cannot be a " + type.getTypeName());
    }
  }

  /** A record component as a JSON member. */
  private record Member(
      RecordComponent component, String name, ValueType type, boolean optional, boolean nullable) {
    /** True when this is {@code c} (record components have no equality of their own). */
    boolean is(RecordComponent c) {
      return component.getDeclaringRecord() == c.getDeclaringRecord()
          && component.getName().equals(c.getName());
    }

    static Member of(RecordComponent c) {
      // annotations on a component reach its accessor (their targets include methods)
      Method accessor = c.getAccessor();
      JsonProperty property = accessor.getAnnotation(JsonProperty.class);
      JsonInclude include = accessor.getAnnotation(JsonInclude.class);
      JsonInclude.Include when = include == null ? null : include.value();
      boolean optional = when == JsonInclude.Include.NON_NULL;
      boolean nullable = when == JsonInclude.Include.ALWAYS;
      if (when != null && !optional && !nullable) {
        throw new IllegalArgumentException(c + ": a manifest member is not written " + when);
      }
      if (when != null && c.getType().isPrimitive()) {
        throw new IllegalArgumentException(c + ": an optional or nullable member needs a class");
      }
      return new Member(
          c,
          property == null || property.value().isEmpty() ? c.getName() : property.value(),
          ValueType.of(c.getGenericType()),
          optional,
          nullable);
    }
  }

  /**
   * A record type's members in declaration order, by name, their indexes in declaration and in name
   * order (UTF-16 code units, as RFC 8785 sorts), and its canonical constructor.
   */
  private record Shape(
      List<Member> members,
      Map<String, Integer> index,
      int[] declared,
      int[] byName,
      Constructor<?> creator) {
    static Shape of(Class<?> type) {
      if (!type.isRecord()) throw new IllegalArgumentException(type + " is not a record");
      RecordComponent[] components = type.getRecordComponents();
      List<Member> members = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      Class<?>[] parameters = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        Member m = Member.of(components[i]);
        members.add(m);
        index.put(m.name(), i);
        parameters[i] = components[i].getType();
      }
      try {
        Constructor<?> creator = type.getConstructor(parameters);
        creator.setAccessible(true);
        int[] declared = IntStream.range(0, members.size()).toArray();
        int[] byName =
            IntStream.range(0, members.size())
                .boxed()
                .sorted(Comparator.comparing(i -> members.get(i).name()))
                .mapToInt(Integer::intValue)
                .toArray();
        return new Shape(List.copyOf(members), Map.copyOf(index), declared, byName, creator);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type + " has no public canonical constructor", e);
      }
    }

    Object construct(Object[] values) {
      try {
        return creator.newInstance(values);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        throw new IllegalStateException("cannot make a " + creator.getDeclaringClass(), e);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make a " + creator.getDeclaringClass(), e);
      }
    }
  }
}
