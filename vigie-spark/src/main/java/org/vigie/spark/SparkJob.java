package org.vigie.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Document;
import org.vigie.ingest.Ingest;
import org.vigie.ingest.ReadResult;
import org.vigie.store.TableRows;
import scala.Tuple2;

/**
 * Vigie as an Apache Spark batch job, for archives that outgrow one machine: reads articles (files and folders as
 * {@code vigie ingest} reads them, on the executors, one file per task; or Parquet tables of articles), runs the
 * French annotators per partition (one pipeline per executor JVM), and writes one Parquet folder per store table
 * ({@code documents}, {@code mentions}, {@code doc_entities}, {@code quotes}, {@code times}, {@code amounts},
 * {@code events}...) with the store's columns and types, plus {@code errors}: one row per record that gave no
 * document, with where and why. Then the cross-document steps (entity resolution, learned roles, event grouping,
 * stories) run over those tables as distributed stages ({@link CrossDocument}). {@code vigie import-parquet} loads the result into
 * an embedded store; DuckDB and Spark read it directly.
 *
 * <p>Entry points: {@link #main} for {@code spark-submit} and {@code vigie spark-job}; {@link #run} with a session
 * of one's own.
 */
public final class SparkJob {
  private SparkJob() {}

  /** The errors table: one row per input record that gave no document. */
  public static final String ERRORS = "errors";

  /** Where the per-document tables that the cross-document steps rewrite wait for them (Spark skips names
   * starting with an underscore when it reads a folder). */
  private static final String STAGING = "_per_document";

  /**
   * What a run did: documents written, records that failed (in the {@code errors} table; the first few here),
   * and its times: reading, analysis and writing of the per-document tables, of which loading the models in this
   * JVM (local mode; executors elsewhere load theirs unseen here); then the cross-document steps.
   */
  public record Report(long documents, long errors, List<String> firstErrors, int partitions, double seconds,
      double modelLoadSeconds, boolean resolved, double resolveSeconds) {}

  /**
   * Runs the job on a session (its master decides where).
   *
   * @throws IllegalArgumentException when no input exists
   */
  public static Report run(SparkSession spark, SparkJobConfig config) {
    long start = System.nanoTime();
    double loadedBefore = Pipelines.loadSeconds();
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    // Dates as they are (proleptic Gregorian, as DuckDB reads them): "en 1214" is a date before 1582.
    spark.conf().set("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");
    spark.conf().set("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED");
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = config.partitions() > 0 ? config.partitions() : Math.max(1, sc.defaultParallelism() * 4);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);

    List<String> parquet = new ArrayList<>();
    List<Tuple2<Long, String>> files = new ArrayList<>();
    for (String in : config.inputs()) {
      if (isParquet(in)) {
        parquet.add(in);
      } else {
        for (String f : files(in)) {
          files.add(new Tuple2<>((long) files.size(), f));
        }
      }
    }
    JavaRDD<Serializable> read = sc.parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
        .flatMap(f -> readFile(f._1(), f._2(), config));
    if (!parquet.isEmpty()) {
      read = read.union(readParquet(spark, parquet, config, files.size()));
    }
    read = read.persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Outcome> readErrors = read.filter(x -> x instanceof Outcome).map(x -> (Outcome) x);
    JavaRDD<Outcome> analyzed = read.filter(x -> x instanceof Article).map(x -> (Article) x)
        .mapToPair(a -> new Tuple2<>(a.id(), a))
        .reduceByKey((a, b) -> a.seq() >= b.seq() ? a : b, partitions)
        .values()
        .mapPartitions(it -> analyze(it, config, now));
    // Kept as objects: each table's write reads them again, and deserialising every row per table would cost
    // more than the memory (what does not fit spills to disk).
    JavaRDD<Outcome> outcomes = analyzed.union(readErrors).persist(StorageLevel.MEMORY_AND_DISK());

    // The tables whose cross-document columns the next steps fill go to a staging folder first: Spark cannot
    // overwrite a table it is reading.
    String staging = path(config.out(), STAGING);
    for (TableRows.Table t : TableRows.perDocument()) {
      String name = t.name();
      JavaRDD<Row> rows = outcomes.flatMap(o -> o.failed() ? List.<Row>of().iterator()
          : o.rows().getOrDefault(name, List.of()).stream().map(r -> RowFactory.create(r)).iterator());
      boolean staged = config.resolve() && CrossDocument.UPDATED.contains(name);
      spark.createDataFrame(rows, schema(t)).write().mode(SaveMode.Overwrite)
          .parquet(path(staged ? staging : config.out(), name));
    }
    JavaRDD<Row> errors = outcomes.filter(Outcome::failed)
        .map(o -> RowFactory.create(o.origin(), o.docId(), o.stage(), o.reason()));
    spark.createDataFrame(errors, errorSchema()).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(path(config.out(), ERRORS));
    long documents = outcomes.filter(o -> !o.failed()).count();
    List<String> firstErrors = outcomes.filter(Outcome::failed).take(20).stream()
        .map(o -> o.origin() + ": " + o.reason()).toList();
    long errorCount = outcomes.filter(Outcome::failed).count();
    outcomes.unpersist(false);
    read.unpersist(false);
    double seconds = (System.nanoTime() - start) / 1e9;

    long resolveStart = System.nanoTime();
    if (config.resolve()) {
      CrossDocument.run(spark, staging, config.out());
      delete(spark, staging);
    }
    return new Report(documents, errorCount, firstErrors, partitions, seconds,
        Pipelines.loadSeconds() - loadedBefore, config.resolve(), (System.nanoTime() - resolveStart) / 1e9);
  }

  // -----------------------------------------------------------------------------------------------------------
  // Reading

  private static final List<String> EXTENSIONS = List.of("txt", "html", "htm", "json", "jsonl", "ndjson", "rss",
      "atom", "xml");

  private static boolean isParquet(String in) {
    if (in.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
      return true;
    }
    Path p = localPath(in);
    if (p == null) {
      return true; // a URI (hdfs://, s3a://...): Spark reads it, as Parquet
    }
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.anyMatch(c -> c.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Removes a folder of the output, on whatever file system holds it. */
  private static void delete(SparkSession spark, String dir) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(dir);
      p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, true);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot remove the staging folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A local path, or null for a URI with another scheme than {@code file}. */
  private static Path localPath(String s) {
    if (s.matches("^[A-Za-z][A-Za-z0-9+.-]+://.*")) {
      URI u = URI.create(s);
      return "file".equals(u.getScheme()) ? Path.of(u) : null;
    }
    return Path.of(s);
  }

  /** A table's folder in an output folder (a local path or a URI). */
  static String path(String dir, String table) {
    return dir.endsWith("/") ? dir + table : dir + "/" + table;
  }

  /**
   * The article files of an input, in the order {@code ingest} reads them: a folder depth-first in name order,
   * hidden entries and metadata sidecars left out, only known extensions; a file as given (reading it reports
   * a missing or unknown file).
   */
  static List<String> files(String input) {
    Path p = Path.of(input);
    if (!Files.isDirectory(p)) {
      return List.of(input);
    }
    List<String> out = new ArrayList<>();
    walk(p, out);
    return out;
  }

  private static void walk(Path dir, List<String> out) {
    List<Path> children;
    try (Stream<Path> s = Files.list(dir)) {
      children = s.sorted(Comparator.comparing(c -> c.getFileName().toString())).toList();
    } catch (IOException e) {
      out.add(dir.toString()); // reading it reports the problem
      return;
    }
    for (Path c : children) {
      String name = c.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      if (name.startsWith(".") || lower.endsWith(".meta.jsonl")) {
        continue;
      }
      if (Files.isDirectory(c)) {
        walk(c, out);
      } else if (lower.contains(".") && EXTENSIONS.contains(lower.substring(lower.lastIndexOf('.') + 1))) {
        out.add(c.toString());
      }
    }
  }

  /** One file's documents (or failures), read as {@code ingest} reads it, with its sidecars. */
  private static Iterator<Serializable> readFile(long index, String file, SparkJobConfig config) {
    List<Serializable> out = new ArrayList<>();
    try (Stream<ReadResult> s = Ingest.read(List.of(Path.of(file)), config.ingestConfig())) {
      int[] n = {0};
      s.forEach(r -> {
        if (r instanceof ReadResult.Ok ok) {
          out.add(Article.of((index << 24) + n[0]++, ok.document()));
        } else if (r instanceof ReadResult.Failure f) {
          out.add(Outcome.error(null, f.origin(), "read", f.problem()));
        }
      });
    } catch (RuntimeException e) {
      out.add(Outcome.error(null, file, "read", "cannot read: " + e));
    }
    return out.iterator();
  }

  /**
   * Articles from Parquet: one per row, with columns {@code text}, {@code id} (else the {@code url}), and
   * optionally {@code title}, {@code url}, {@code date} (a date or an ISO string), {@code lang} or
   * {@code language} (the field names of {@code --text-field}, {@code --id-field}, {@code --date-field} when
   * given). A row without text or id is an error.
   */
  private static JavaRDD<Serializable> readParquet(SparkSession spark, List<String> inputs, SparkJobConfig config,
      long offset) {
    Dataset<Row> df = spark.read().parquet(inputs.toArray(String[]::new))
        .withColumn("_vigie_origin", functions.input_file_name());
    String[] fields = df.schema().fieldNames();
    String idField = field(fields, config.idField() != null ? config.idField() : "id");
    String textField = field(fields, config.textField() != null ? config.textField() : "text");
    String dateField = field(fields, config.dateField() != null ? config.dateField() : "date");
    String titleField = field(fields, "title");
    String urlField = field(fields, "url");
    String langField = field(fields, "lang") != null ? field(fields, "lang") : field(fields, "language");
    LocalDate fallbackDate = config.date() == null ? null : LocalDate.parse(config.date());
    return df.javaRDD().zipWithIndex().map(t -> {
      Row r = t._1();
      long seq = ((offset + 1) << 24) + t._2();
      String origin = r.getAs("_vigie_origin") + "#row-" + (t._2() + 1);
      try {
        String text = value(r, textField);
        String url = value(r, urlField);
        String id = value(r, idField) != null ? value(r, idField) : url;
        if (text == null || text.isBlank()) {
          return Outcome.error(id, origin, "read", "record without text (field '"
              + (textField == null ? "text" : textField) + "')");
        }
        if (id == null || id.isBlank()) {
          return Outcome.error(null, origin, "read", "record without id or url");
        }
        Document d = new Document(id, text, value(r, titleField), url, value(r, langField), null, null, null,
            origin);
        String date = value(r, dateField);
        if (date != null && date.length() >= 10) {
          d = d.withDate(LocalDate.parse(date.substring(0, 10)), org.vigie.core.DateSource.METADATA, date);
        } else if (fallbackDate != null) {
          d = d.withDate(fallbackDate, org.vigie.core.DateSource.COMMAND_LINE, null);
        }
        return (Serializable) Article.of(seq, d);
      } catch (RuntimeException e) {
        return Outcome.error(null, origin, "read", "bad record: " + e.getMessage());
      }
    });
  }

  private static String field(String[] fields, String name) {
    for (String f : fields) {
      if (f.equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }

  private static String value(Row r, String field) {
    if (field == null) {
      return null;
    }
    Object v = r.getAs(field);
    return v == null ? null : v.toString();
  }

  // -----------------------------------------------------------------------------------------------------------
  // Analysis

  /** Analyses a partition lazily, one document at a time, with the executor's pipeline. */
  private static Iterator<Outcome> analyze(Iterator<Article> articles, SparkJobConfig config, LocalDateTime now) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Outcome next() {
        Article a = articles.next();
        Document d = a.document();
        AnalyzedDocument analyzed;
        try {
          analyzed = Pipelines.get(config.parse(), config.knowledgeBase(), config.quoteConfig()).process(d);
        } catch (RuntimeException | StackOverflowError e) {
          return Outcome.error(a.id(), a.origin(), "analyze", "analysis failed: " + e);
        }
        try {
          Map<String, List<Object[]>> rows = TableRows.rows(analyzed);
          List<Object[]> docRows = rows.get("documents");
          Object[] row = docRows.get(0).clone();
          row[row.length - 1] = now;
          docRows.set(0, row);
          return Outcome.ok(a.id(), a.origin(), rows);
        } catch (RuntimeException e) {
          return Outcome.error(a.id(), a.origin(), "store", "cannot store: " + e.getMessage());
        }
      }
    };
  }

  // -----------------------------------------------------------------------------------------------------------
  // Tables

  static StructType schema(TableRows.Table t) {
    List<StructField> fields = new ArrayList<>();
    for (TableRows.Column c : t.columns()) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(String sql) {
    return switch (sql.split(" ")[0]) {
      case "VARCHAR" -> DataTypes.StringType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "BIGINT" -> DataTypes.LongType;
      case "DOUBLE" -> DataTypes.DoubleType;
      case "BOOLEAN" -> DataTypes.BooleanType;
      case "DATE" -> DataTypes.DateType;
      case "TIMESTAMP" -> DataTypes.TimestampNTZType;
      default -> throw new IllegalStateException("no Spark type for " + sql);
    };
  }

  private static StructType errorSchema() {
    return DataTypes.createStructType(List.of(
        DataTypes.createStructField("origin", DataTypes.StringType, true),
        DataTypes.createStructField("doc_id", DataTypes.StringType, true),
        DataTypes.createStructField("stage", DataTypes.StringType, true),
        DataTypes.createStructField("reason", DataTypes.StringType, true)));
  }

  // -----------------------------------------------------------------------------------------------------------
  // Command line

  /**
   * {@code --input PATH... --out DIR [--master URL] [--partitions N] [--date D] [--meta F] [--encoding C]
   * [--max-bytes N] [--text-field F] [--date-field F] [--id-field F] [--kb FILE] [--parse]
   * [--reported-speech people|all] [--no-resolve]}.
   * Exit code 0, 1 when some records failed (see the {@code errors} table), 2 for a usage error.
   */
  public static void main(String[] args) {
    JobArgs a;
    try {
      a = JobArgs.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("vigie spark-job: " + e.getMessage());
      System.err.println(JobArgs.USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("vigie");
    if (a.master() != null) {
      b = b.master(a.master());
    } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      b = b.master("local[*]");
    }
    boolean local = a.master() == null || a.master().startsWith("local");
    if (local) {
      b = b.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8");
    }
    SparkSession spark = b.getOrCreate();
    Report r;
    try {
      r = run(spark, a.config());
    } finally {
      spark.stop();
    }
    for (String e : r.firstErrors()) {
      System.err.println("vigie: skipped " + e);
    }
    double analysis = r.seconds() - r.modelLoadSeconds();
    System.err.printf(Locale.ROOT, "vigie: %,d articles analysed, %,d failed (table %s) in %.1f s (%.2f articles/s;"
        + " after %.1f s of model loading, %.2f articles/s), %d partitions; %s; tables in %s%n", r.documents(),
        r.errors(), ERRORS, r.seconds(), r.seconds() > 0 ? r.documents() / r.seconds() : 0.0,
        r.modelLoadSeconds(), analysis > 0 ? r.documents() / analysis : 0.0, r.partitions(),
        r.resolved() ? String.format(Locale.ROOT, "cross-document steps %.1f s", r.resolveSeconds())
            : "cross-document steps skipped (--no-resolve; import-parquet runs them)", a.config().out());
    System.exit(r.errors() > 0 ? 1 : 0);
  }
}
