package org.vigie.core;

/** The coarse types of named entities, as in news NER: person, organization, place, other. */
public enum EntityType {
  PER,
  ORG,
  LOC,
  MISC
}
