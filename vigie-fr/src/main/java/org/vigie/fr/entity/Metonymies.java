package org.vigie.fr.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.core.Span;
import org.vigie.core.Token;

/**
 * Capitals used for their government: "Moscou a nié", "Washington annonce de nouvelles sanctions", "selon
 * Pékin", "la réponse de Téhéran". A capital is read as its country's government when it is the subject of a
 * verb of speech or action, the source after "selon", or the complement of a noun of speech or action; a
 * capital in any other position ("à Moscou", "Moscou compte 12 millions d'habitants") is only the city.
 */
final class Metonymies {
  /** Lemmas of verbs whose subject is an actor: speech, decision, diplomacy, force. */
  private static final Set<String> ACTOR_VERBS = Set.of("annoncer", "déclarer", "affirmer", "dire", "nier",
      "démentir", "dénoncer", "accuser", "condamner", "rejeter", "refuser", "répondre", "réagir", "riposter",
      "menacer", "avertir", "prévenir", "exiger", "demander", "réclamer", "appeler", "exhorter", "insister",
      "assurer", "estimer", "juger", "considérer", "qualifier", "reprocher", "critiquer", "saluer", "féliciter",
      "soutenir", "approuver", "autoriser", "interdire", "décider", "promettre", "proposer", "souhaiter", "vouloir",
      "espérer", "craindre", "redouter", "envoyer", "livrer", "fournir", "déployer", "retirer", "imposer",
      "sanctionner", "expulser", "convoquer", "rappeler", "protester", "s'opposer", "opposer", "négocier",
      "signer", "reconnaître", "confirmer", "indiquer", "préciser", "souligner", "expliquer", "ajouter",
      "répliquer", "mettre", "lancer", "bombarder", "frapper", "attaquer", "envahir", "annexer", "suspendre",
      "geler", "bloquer", "durcir", "renforcer", "multiplier", "intensifier", "dénier", "contester", "fustiger",
      "déplorer", "regretter", "exclure", "tenter", "chercher", "entendre", "continuer",
      "poursuivre", "accepter", "annuler", "ordonner", "voter", "adopter", "reconnaitre", "alerter", "s'inquiéter",
      "inquiéter", "presser", "pousser", "tancer", "mettre en garde", "réfuter", "assumer", "revendiquer");
  /** Nouns of speech or action whose complement is an actor ("la réponse de Moscou"). */
  private static final Set<String> ACTOR_NOUNS = Set.of("réponse", "annonce", "décision", "position",
      "exigence", "demande", "sanction", "accusation", "menace", "refus", "proposition", "soutien", "appel",
      "déclaration", "avertissement", "initiative", "politique", "diplomatie", "ultimatum", "plan", "stratégie",
      "intention", "volonté", "réaction", "riposte", "démenti", "condamnation", "critique", "garantie",
      "revendication", "objectif", "offensive", "invasion", "intervention", "ingérence", "pression", "offre",
      "veto", "feu vert", "aval", "protestation", "inquiétude", "colère", "mise en garde",
      "troupe", "force", "armée", "allié", "partenaire", "émissaire", "ambassadeur", "représentant",
      "porte-parole", "diplomate", "négociateur", "ligne", "doctrine", "rhétorique", "propagande", "agression",
      "attaque", "frappe", "bombardement", "provocation", "reconnaissance", "annexion", "retrait", "recul",
      "revirement", "condition", "projet", "rôle", "responsabilité", "implication");
  /** Clitics and particles that may stand between a subject and its verb ("Moscou ne l'a pas nié"). */
  private static final Set<String> BETWEEN = Set.of("ne", "n'", "se", "s'", "l'", "le", "la", "les", "lui",
      "leur", "y", "en", "nous", "vous", "me", "m'", "te", "t'");

  /** Seats of government named as places ("l'Élysée a annoncé"), with the country they stand for. */
  private static final java.util.Map<String, String> SEATS = java.util.Map.of("elysee", "Q142",
      "palais de l'elysee", "Q142", "downing street", "Q145", "zhongnanhai", "Q148");

  private final KnowledgeBase kb;

  Metonymies(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The entities, each capital's with the mentions of it that stand for a government. */
  List<Entity> mark(List<Entity> entities, List<Token> tokens, String text) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      KnowledgeBase.Entry place = e.type() == EntityType.LOC ? kb.byQid(e.qid()) : null;
      KnowledgeBase.Entry country = kb.countryOfCapital(place);
      if (country == null && e.type() == EntityType.LOC) {
        country = kb.byQid(SEATS.get(Names.key(e.name())));
      }
      if (country == null && place == null && e.type() == EntityType.LOC) {
        // A capital the knowledge base knows only as its country's ("Pyongyang"), by its name.
        country = kb.countryOfCapitalNamed(e.name());
      }
      if (country == null) {
        out.add(e);
        continue;
      }
      List<Metonymy> uses = new ArrayList<>();
      for (Span s : e.spans()) {
        String cue = cue(s, tokens, text);
        if (cue != null) {
          uses.add(new Metonymy(s.start(), s.end(), s.of(text), country.qid(), country.name(), cue));
        }
      }
      out.add(uses.isEmpty() ? e : e.withMetonymies(uses));
    }
    return out;
  }

  /** Why the mention at {@code s} is an actor (a verb's or noun's lemma, or "selon"), or null. */
  private static String cue(Span s, List<Token> tokens, String text) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Span t = tokens.get(i).span();
      if (first < 0 && t.start() >= s.start()) {
        first = i;
      }
      if (t.end() <= s.end()) {
        last = i;
      } else if (t.start() >= s.end()) {
        break;
      }
    }
    if (first < 0 || last < first) {
      return null;
    }
    int sentence = tokens.get(first).sentence();
    Token before = first > 0 && tokens.get(first - 1).sentence() == sentence ? tokens.get(first - 1) : null;
    if (before != null) {
      String b = lower(before, text);
      if (b.equals("selon") || b.equals("d'après")) {
        return "selon";
      }
      // "la réponse de Moscou", "les sanctions de Washington": the capital owns the act.
      if ((b.equals("de") || b.equals("d'")) && first >= 2 && tokens.get(first - 2).sentence() == sentence) {
        Token noun = tokens.get(first - 2);
        String lemma = lemma(noun, text);
        if (noun.pos().equals("NOUN") && ACTOR_NOUNS.contains(lemma)) {
          return lemma;
        }
      }
      // After a preposition the capital is where something happens ("à Moscou a eu lieu"); after a verb it is
      // its object ("qui attaque Paris attaque...").
      if (before.pos().equals("ADP") || before.pos().equals("VERB")) {
        return null;
      }
    }
    // The subject of a verb of speech or action, with clitics, negation, auxiliaries or adverbs between.
    int k = last + 1;
    for (int skipped = 0; k < tokens.size() && skipped < 5; k++, skipped++) {
      Token t = tokens.get(k);
      if (t.sentence() != sentence || t.span().start() < s.end()) {
        continue;
      }
      String form = lower(t, text);
      if (t.pos().equals("VERB")) {
        String lemma = lemma(t, text);
        return ACTOR_VERBS.contains(lemma) ? lemma : null;
      }
      if (!(t.pos().equals("AUX") || t.pos().equals("ADV") || BETWEEN.contains(form))) {
        return null;
      }
    }
    return null;
  }

  private static String lower(Token t, String text) {
    return t.span().of(text).replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  private static String lemma(Token t, String text) {
    String l = t.lemma() == null || t.lemma().isBlank() ? lower(t, text) : t.lemma().toLowerCase(Locale.ROOT);
    return l.replace('’', '\'');
  }
}
