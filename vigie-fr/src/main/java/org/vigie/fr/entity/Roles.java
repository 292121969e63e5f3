package org.vigie.fr.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role phrases that name a person by office: "le président américain", "le secrétaire général de l'OTAN",
 * "le chef de la diplomatie américaine", "le dirigeant français". Each is read into a class of office and
 * what the office belongs to (a country adjective, or "de/du/des X").
 */
final class Roles {
  enum Office { HEAD, GOVERNMENT, FOREIGN, DEFENSE, SECRETARY_GENERAL, SPOKESPERSON, OTHER }

  /** A role phrase found in the (normalized) text. {@code of} is the adjective or name it belongs to. */
  record Role(int start, int end, Office office, String head, String of, boolean former, boolean incoming) {
    Role(int start, int end, Office office, String head, String of) {
      this(start, end, office, head, of, false, false);
    }

    /** Whether the role leads its owner (a president, a head, a chief), whatever the word for it. */
    boolean leads() {
      String h = head.toLowerCase(Locale.ROOT);
      return office == Office.HEAD || h.startsWith("chef") && !h.contains("diplomatie") || h.startsWith("patron")
          || h.startsWith("dirigeant") || h.equals("pdg") || h.equals("ceo") || h.startsWith("directeur général")
          || h.startsWith("directrice générale");
    }
  }

  private static final String HEADS = "président(?:e)?|premier ministre|première ministre|chancelier|chancelière"
      + "|secrétaire d'[ÉE]tat(?! à| aux| chargé)|secrétaire général(?:e)?|secrétaire à la Défense"
      + "|ministre des Affaires étrangères|ministre de la Défense|ministre des Armées|chef de la diplomatie"
      + "|cheffe de la diplomatie|chef de l'exécutif|chef de l'[ÉE]tat|chef du gouvernement|porte-parole"
      + "|dirigeant(?:e)?|roi|reine|émir|chef|cheffe|patron|patronne|PDG|CEO|directeur général|directrice générale";
  private static final Pattern ROLE = Pattern.compile(
      "(?:\\b(?:[Ll]e|[Ll]a|[Ll]')\\s?"
          + "|(?<=, )(?=porte-parole|secrétaire général|président|présidente|chef|patron))"
          + "(?:nouveau |nouvelle |ancien |ancienne |ex-)?((?iu:" + HEADS + "))"
          + "(?:\\s+(?!d[eu]s?\\b)([a-zéèêëàâîïôöûüç][a-zéèêëàâîïôöûüç-]*))?"
          + "(?:\\s+(?:de la |de l'|du |des |d')((?:[A-ZÉÈÀÂÎÔÛÇ][\\w'\\-]*)(?:[ \\-](?:[A-ZÉÈÀÂÎÔÛÇ][\\w'\\-]*|de|du|des|la|l'"
          + "|[a-zéèêëàâîïôöûüç]+(?:éen|éenne|ain|aine|ais|aise|ien|ienne|al|ale|aux|ique|ois|oise|and|ande)s?\\b))*"
          + "|[A-ZÉ][\\w-]+|(?:diplomatie|présidence) \\w+))?");

  /** "le ministre russe des Affaires étrangères", "le secrétaire américain à la Défense": the owner inside. */
  private static final Pattern MINISTER = Pattern.compile(
      "\\b(?:[Ll]e|[Ll]a|[Ll]')\\s?(?:nouveau |nouvelle )?(ministre|secrétaire|chef|cheffe) ([a-zéèêëàâîïôöûüç-]+)"
          + " (des Affaires étrangères|de la Défense|des Armées|à la Défense)\\b");

  private static final Pattern FORMER = Pattern.compile("(?:ancien|ancienne|ex-)\\s*$");
  private static final Pattern ELECT = Pattern.compile("\\s+(?:élu|élue|désigné|désignée)\\b");

  private Roles() {}

  static List<Role> find(String normalized) {
    List<Role> out = new ArrayList<>();
    Matcher mm = MINISTER.matcher(normalized);
    while (mm.find()) {
      if (looksLikeAdjective(mm.group(2))) {
        String head = mm.group(1).toLowerCase(Locale.ROOT) + " " + mm.group(3).toLowerCase(Locale.ROOT);
        out.add(new Role(mm.start(), mm.end(), office(head), head, mm.group(2)));
      }
    }
    Matcher m = ROLE.matcher(normalized);
    while (m.find()) {
      String head = m.group(1).toLowerCase(Locale.ROOT);
      String adjective = m.group(2);
      String of = m.group(3);
      int end = m.end();
      if (adjective != null && !looksLikeAdjective(adjective)) {
        // "le président a dit": the next word is not the role's adjective; end the role at its head.
        end = m.end(1);
        of = null;
        adjective = null;
      }
      String owner = of != null ? of.replaceAll("[\\s']+$", "") : adjective;
      if (owner != null && owner.endsWith("'")) {
        owner = owner.substring(0, owner.length() - 1);
      }
      int trimmedEnd = end;
      while (trimmedEnd > m.start() && !Character.isLetterOrDigit(normalized.charAt(trimmedEnd - 1))) {
        trimmedEnd--;
      }
      // "l'ancien patron de la BCE": someone who held the office before, not its holder that day.
      boolean former = FORMER.matcher(normalized.substring(m.start(), m.start(1))).find();
      // "le président élu du Sénégal": the one who will take the office, not its holder that day ("le nouveau
      // président" may be either).
      boolean incoming = ELECT.matcher(normalized).region(m.end(1), normalized.length()).lookingAt();
      out.add(new Role(m.start(), trimmedEnd, office(head), head, owner, former, incoming));
    }
    out.sort(java.util.Comparator.comparingInt(Role::start));
    return out;
  }

  private static boolean looksLikeAdjective(String w) {
    List<org.vigie.fr.internal.FrenchDictionary.Reading> readings = org.vigie.fr.internal.FrenchDictionary.get()
        .readings(org.vigie.fr.internal.FrenchDictionary.normalize(w));
    if (!readings.isEmpty() && readings.stream().noneMatch(r -> r.tag().startsWith("J"))) {
      // "Le patron partage la déception": a word the dictionary never reads as an adjective owns nothing.
      return false;
    }
    return w.endsWith("ain") || w.endsWith("aine") || w.endsWith("ais") || w.endsWith("aise") || w.endsWith("ien")
        || w.endsWith("ienne") || w.endsWith("and") || w.endsWith("ande") || w.endsWith("ois") || w.endsWith("oise")
        || w.endsWith("e") && !w.equals("a") || w.endsWith("ol") || w.endsWith("ole") || w.endsWith("an")
        || w.endsWith("ane") || w.endsWith("en") || w.endsWith("ène") || w.endsWith("ain") || w.endsWith("ec")
        || w.endsWith("que") || w.endsWith("in") || w.endsWith("ine") || w.equals("turc") || w.equals("sortant");
  }

  static Office office(String head) {
    String h = head.toLowerCase(Locale.ROOT).replace('é', 'e').replace('è', 'e').replace('É', 'e');
    if (h.startsWith("president") || h.startsWith("chef de l'etat") || h.startsWith("roi") || h.startsWith("reine")
        || h.startsWith("emir")) {
      return Office.HEAD;
    }
    if (h.startsWith("premier") || h.startsWith("premiere") || h.startsWith("chancel")
        || h.startsWith("chef du gouvernement")) {
      return Office.GOVERNMENT;
    }
    if (h.startsWith("chef de l'executif") || h.startsWith("dirigeant")) {
      return Office.HEAD; // resolved to the country's leading office below
    }
    if (h.contains("diplomatie") || h.contains("affaires etrangeres") || h.equals("secretaire d'etat")) {
      return Office.FOREIGN;
    }
    if (h.contains("defense") || h.contains("armees")) {
      return Office.DEFENSE;
    }
    if (h.startsWith("secretaire general")) {
      return Office.SECRETARY_GENERAL;
    }
    if (h.startsWith("porte-parole")) {
      return Office.SPOKESPERSON;
    }
    return Office.OTHER;
  }
}
