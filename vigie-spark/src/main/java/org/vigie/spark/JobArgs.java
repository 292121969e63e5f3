package org.vigie.spark;

import java.util.ArrayList;
import java.util.List;

/** The job's command line, the same option names as {@code vigie ingest}'s. */
record JobArgs(SparkJobConfig config, String master) {
  static final String USAGE = "usage: SparkJob --input PATH... --out DIR [--master URL] [--partitions N]"
      + " [--date YYYY-MM-DD] [--meta FILE] [--encoding CHARSET] [--max-bytes N] [--text-field F] [--date-field F]"
      + " [--id-field F] [--kb FILE] [--parse] [--reported-speech people|all] [--no-resolve]";

  static JobArgs parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String out = null;
    String master = null;
    int partitions = 0;
    String date = null;
    String meta = null;
    String encoding = null;
    Long maxBytes = null;
    String textField = null;
    String dateField = null;
    String idField = null;
    String kb = null;
    boolean parse = false;
    boolean resolve = true;
    String reportedSpeech = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--input" -> {
          inputs.add(value(args, i++));
          // More paths may follow the one --input.
          while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            inputs.add(args[++i]);
          }
        }
        case "--out" -> out = value(args, i++);
        case "--master" -> master = value(args, i++);
        case "--partitions" -> partitions = number(a, value(args, i++)).intValue();
        case "--date" -> date = value(args, i++);
        case "--meta" -> meta = value(args, i++);
        case "--encoding" -> encoding = value(args, i++);
        case "--max-bytes" -> maxBytes = number(a, value(args, i++));
        case "--text-field" -> textField = value(args, i++);
        case "--date-field" -> dateField = value(args, i++);
        case "--id-field" -> idField = value(args, i++);
        case "--kb" -> kb = value(args, i++);
        case "--parse" -> parse = true;
        case "--no-resolve" -> resolve = false;
        case "--reported-speech" -> reportedSpeech = value(args, i++);
        default -> throw new IllegalArgumentException("unknown option '" + a + "'");
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--input is required");
    }
    if (out == null) {
      throw new IllegalArgumentException("--out is required");
    }
    try {
      return new JobArgs(new SparkJobConfig(inputs, out, partitions, date, meta, encoding, maxBytes, textField,
          dateField, idField, kb, parse, resolve, reportedSpeech), master);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static String value(String[] args, int i) {
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new IllegalArgumentException(args[i] + " needs a value");
    }
    return args[i + 1];
  }

  private static Long number(String option, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not a number: " + v);
    }
  }
}
