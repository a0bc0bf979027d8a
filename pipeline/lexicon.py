"""Closed word classes per language used to trim and link spans.

These are small grammatical lists (articles, prepositions, titles), not facts about the world,
so they live beside the code that reads them; facts (names, ids) live in `patterns/`.
All entries are lower case and folded (' for ’).
"""

from __future__ import annotations

# Words that never start a mention: articles, prepositions, elided forms, possessives.
LEADING = {
    "fr": {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "en", "à",
           "par", "pour", "sur", "avec", "dans", "entre", "et", "ou", "sa", "son", "ses", "leur",
           "leurs", "ce", "cet", "cette", "ces", "qu'", "que", "dont", "notamment", "depuis", "dès",
           "vers", "via", "chez", "contre", "après", "avant", "lors", "jusqu'", "s'", "n'", "j'",
           "-", "–", "—", "(", "«", "\"", "'"},
    "en": {"the", "a", "an", "of", "in", "at", "to", "by", "for", "on", "with", "from", "and", "or",
           "its", "their", "his", "her", "this", "that", "these", "those", "between", "including",
           "since", "into", "via", "-", "–", "—", "(", "\"", "'"},
    "es": {"el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "del", "de", "al", "a", "en",
           "por", "para", "con", "sobre", "entre", "y", "e", "o", "su", "sus", "este", "esta",
           "estos", "estas", "ese", "esa", "desde", "hacia", "contra", "-", "–", "—", "(", "«",
           "\"", "'"},
}

# Words that never end a mention (cut off model spans such as "Organisation ... des douanes et de l'").
TRAILING = {
    "fr": {"et", "ou", "de", "d'", "du", "des", "la", "le", "les", "l'", "à", "au", "aux", "en",
           "pour", "sur", "par", "avec", "qui", "que", "dont"},
    "en": {"and", "or", "of", "the", "a", "an", "in", "for", "on", "to", "with", "by", "'s", "'"},
    "es": {"y", "e", "o", "de", "del", "la", "el", "los", "las", "a", "al", "en", "para", "por",
           "con", "que"},
}

# Titles that stand before a person's name and stay outside the PERSON span.
TITLES = {
    "fr": {"m.", "m", "mme", "mmes", "mlle", "mm.", "dr", "dr.", "pr", "pr.", "me", "s.e.",
           "monsieur", "madame", "docteur", "professeur", "général", "commissaire", "juge",
           "ministre", "président", "présidente", "secrétaire", "directeur", "directrice"},
    "en": {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "h.e.",
           "president", "secretary", "general", "director", "minister", "judge", "commissioner",
           "chief", "ambassador"},
    "es": {"sr", "sr.", "sra", "sra.", "srta", "srta.", "dr", "dr.", "dra", "dra.", "don", "doña",
           "señor", "señora", "presidente", "presidenta", "ministro", "ministra", "secretario",
           "secretaria", "director", "directora", "general", "comisario", "juez", "embajador"},
}

# Articles alone: a name does not have one as its second word (`Participaron el Centro`).
ARTICLES = {"le", "la", "les", "l'", "un", "une", "the", "a", "an", "el", "los", "las", "uno", "una"}

# Determiners that introduce a short back-reference ("le Comité", "its Executive Directorate").
BACKREF_DETERMINERS = {
    "fr": {"le", "la", "l'", "ce", "cet", "cette", "son", "sa", "leur", "du", "au", "de"},
    "en": {"the", "this", "its", "their", "that"},
    "es": {"el", "la", "este", "esta", "su", "del", "al"},
}

# Capitalised head nouns that name a body (ORG) or a text (INSTRUMENT) when used alone as a
# short back-reference to one just named.
BACKREF_HEADS = {
    "fr": {"ORG": ["Comité", "Bureau", "Office", "Organisation", "Conseil", "Assemblée",
                   "Secrétariat", "Commission", "Groupe", "Agence", "Direction exécutive",
                   "Direction", "Équipe spéciale", "Équipe", "Cour", "Tribunal", "Fonds",
                   "Programme", "Mission", "Union", "Alliance", "Forum", "Centre", "Unité",
                   "Coalition", "Réseau", "Communauté"],
           "INSTRUMENT": ["Pacte", "Convention", "Protocole", "Stratégie", "Traité", "Accord",
                          "Charte", "Déclaration", "Programme d'action", "Plan d'action", "Code",
                          "Feuille de route"]},
    "en": {"ORG": ["Committee", "Office", "Bureau", "Organization", "Organisation", "Council",
                   "Assembly", "Secretariat", "Commission", "Group", "Agency",
                   "Executive Directorate", "Directorate", "Task Force", "Court", "Tribunal",
                   "Fund", "Programme", "Program", "Mission", "Union", "Alliance", "Forum",
                   "Centre", "Center", "Unit", "Coalition", "Network", "Community"],
           "INSTRUMENT": ["Compact", "Convention", "Protocol", "Strategy", "Treaty", "Agreement",
                          "Charter", "Declaration", "Plan of Action", "Code", "Roadmap"]},
    "es": {"ORG": ["Comité", "Oficina", "Organización", "Consejo", "Asamblea", "Secretaría",
                   "Comisión", "Grupo", "Agencia", "Dirección Ejecutiva", "Dirección",
                   "Equipo Especial", "Corte", "Tribunal", "Fondo", "Programa", "Misión",
                   "Unión", "Alianza", "Foro", "Centro", "Unidad", "Coalición", "Red",
                   "Comunidad"],
           "INSTRUMENT": ["Pacto", "Convención", "Protocolo", "Estrategia", "Tratado", "Acuerdo",
                          "Carta", "Declaración", "Plan de Acción", "Código", "Hoja de Ruta"]},
}

# Words for "operation" and "project" that stay out of an OPERATION's norm.
OPERATION_KEYWORDS = {"opération", "operation", "operación", "operacion", "projet", "project",
                      "proyecto", "opérations", "operations", "operaciones"}
# Words for "programme" and "campaign", keywords only in lower case: `programa EL PAcCTO` is EL
# PAcCTO, but `Programme mondial de contrôle des conteneurs` is the programme's own name.
PROGRAMME_KEYWORDS = {"programme", "programa", "program", "campagne", "campaign", "campaña"}

# Sentence-internal words that cut a long form of an acronym when read backwards from "(".
ACRONYM_STOP = {
    "fr": {"et", "ou", "est", "sont", "a", "ont", "avec", "par", "selon", "dont", "qui", "que"},
    "en": {"and", "or", "is", "are", "was", "were", "has", "have", "with", "by", "which", "who",
           "that"},
    "es": {"y", "o", "es", "son", "ha", "han", "con", "por", "que", "quien"},
}

# Words that make a name generic when a span holds nothing else ("États Membres",
# "Secrétaire Général", "Directrice"): titles and common nouns the NER capitalises into names.
GENERIC = {
    "fr": {"état", "états", "etat", "etats", "membre", "membres", "partie", "parties", "pays",
           "secrétaire", "général", "générale", "directeur", "directrice", "président",
           "présidente", "ministre", "ministres", "gouvernement", "gouvernements", "représentant",
           "représentante", "spécial", "spéciale", "adjoint", "adjointe", "exécutif", "exécutive",
           "commissaire", "chef", "chefs", "nations", "organisation", "organisations", "entités",
           "agence", "agences", "police", "polices", "douanes", "mme", "m.", "monsieur", "madame"},
    "en": {"state", "states", "member", "members", "party", "parties", "country", "countries",
           "secretary", "general", "director", "executive", "president", "minister", "ministers",
           "government", "governments", "representative", "special", "deputy", "commissioner",
           "chief", "head", "nations", "organization", "organizations", "entities", "agency",
           "agencies", "police", "customs", "mr", "ms", "mrs"},
    "es": {"estado", "estados", "miembro", "miembros", "parte", "partes", "país", "países",
           "secretario", "secretaria", "general", "director", "directora", "ejecutivo",
           "ejecutiva", "presidente", "presidenta", "ministro", "ministra", "gobierno",
           "gobiernos", "representante", "especial", "adjunto", "adjunta", "comisario", "jefe",
           "naciones", "organización", "organizaciones", "entidades", "agencia", "policía",
           "aduanas", "sr", "sra"},
}

# First words of a title, not of a body: the model reads "Représentante spéciale du
# Secrétaire général ..." as an organisation.
TITLE_HEADS = {"représentant", "représentante", "secrétaire", "directeur", "directrice",
               "président", "présidente", "envoyé", "envoyée", "rapporteur", "rapporteuse",
               "ministre", "chef", "commissaire", "ambassadeur", "ambassadrice", "representative",
               "secretary", "director", "president", "envoy", "rapporteur", "minister", "chief",
               "commissioner", "ambassador", "head", "representante", "secretario", "secretaria",
               "directora", "presidente", "presidenta", "enviado", "enviada", "relator",
               "relatora", "ministro", "ministra", "jefe", "jefa", "comisario", "embajador"}

# First words of a named programme, project or campaign: an OPERATION, not an ORG.
PROGRAMME_HEADS = {"programme", "programmes", "program", "programs", "programa", "programas",
                   "projet", "project", "proyecto", "initiative", "iniciativa"}

# Name particles that stand between a first name and a surname ("Catherine De Bolle").
# Nouns of an office held by a person: a name set beside one by a comma is a person's
# (`the Executive Director of UNODC, Ghada Waly`; `Werner Vargas Torres, secretario general`).
ROLE_NOUNS = {
    "fr": {"secrétaire", "directeur", "directrice", "président", "présidente", "ministre",
           "commissaire", "chef", "cheffe", "ambassadeur", "ambassadrice", "représentant",
           "représentante", "coordonnateur", "coordonnatrice", "porte-parole", "procureur",
           "procureure", "envoyé", "envoyée", "administrateur", "administratrice",
           "sous-secrétaire", "conseiller", "conseillère", "commandant", "inspecteur"},
    "en": {"secretary", "secretary-general", "director", "director-general", "president",
           "minister", "commissioner", "chief", "head", "chair", "chairperson", "chairman",
           "ambassador", "representative", "coordinator", "spokesperson", "spokesman",
           "spokeswoman", "prosecutor", "envoy", "administrator", "under-secretary-general",
           "assistant-secretary-general", "adviser", "advisor", "commander", "inspector"},
    "es": {"secretario", "secretaria", "director", "directora", "presidente", "presidenta",
           "ministro", "ministra", "comisario", "comisaria", "jefe", "jefa", "embajador",
           "embajadora", "representante", "coordinador", "coordinadora", "portavoz", "fiscal",
           "enviado", "enviada", "viceministro", "viceministra", "subsecretario",
           "subsecretaria", "asesor", "asesora", "comandante", "inspector", "inspectora"},
}

NAME_PARTICLES = {"de", "du", "des", "da", "das", "do", "dos", "del", "della", "di", "van", "von",
                  "der", "den", "ter", "ten", "le", "la", "bin", "ben", "al", "el", "y"}

# Head nouns of a body named after another ("Secrétariat de la CITES", "Police nationale du
# Maroc", "Office of the UNHCR"), and the words that link them to that name (folded ').
COMPLEMENT_HEADS = {
    "fr": ["Secrétariat", "Bureau", "Bureaux", "Comité", "Conseil", "Direction", "Commission",
           "Sous-direction", "Assemblée",
           "Division", "Unité", "Service", "Département", "Centre", "Groupe", "Police",
           "Gendarmerie", "Ministère", "Agence", "Délégation", "Mission", "Représentation"],
    "en": ["Secretariat", "Office", "Bureau", "Committee", "Council", "Directorate", "Assembly",
           "Commission", "Division", "Unit", "Service", "Department", "Centre", "Center",
           "Group", "Police", "Ministry", "Agency", "Delegation", "Mission"],
    "es": ["Secretaría", "Oficina", "Comité", "Consejo", "Dirección", "Comisión", "División",
           "Asamblea", "Subdirección",
           "Unidad", "Servicio", "Departamento", "Centro", "Grupo", "Policía", "Ministerio",
           "Agencia", "Delegación", "Misión"],
}
COMPLEMENT_LINKERS = {
    "fr": r"de\s+la|de\s+l'|du|des|de|d'",
    "en": r"of\s+the|of",
    "es": r"de\s+la|de\s+los|de\s+las|del|de",
}

# Head nouns of bodies in languages read without a trained model: a run of capitalised words
# holding one of them is an organisation's name ("National Crime Agency", "Financial
# Intelligence Unit", "Policía Nacional de Colombia", "Unidad de Inteligencia Financiera").
ORG_HEADS = {
    "en": {"Office", "Agency", "Unit", "Directorate", "Committee", "Commission", "Council",
           "Bureau", "Service", "Services", "Department", "Ministry", "Police", "Force",
           "Forces", "Centre", "Center", "Network", "Group", "Organization", "Organisation",
           "Association", "Foundation", "Institute", "Authority", "Secretariat", "Court",
           "Tribunal", "Fund", "Bank", "University", "Academy", "Coalition", "Alliance",
           "Federation", "Union", "Guard", "Gendarmerie", "Customs", "Administration",
           "Prosecutor's", "Parliament", "Assembly"},
    "es": {"Oficina", "Agencia", "Unidad", "Dirección", "Comité", "Comisión", "Consejo",
           "Servicio", "Departamento", "Ministerio", "Policía", "Fuerza", "Fuerzas", "Centro",
           "Red", "Grupo", "Organización", "Asociación", "Fundación", "Instituto", "Autoridad",
           "Secretaría", "Corte", "Tribunal", "Fondo", "Banco", "Universidad", "Academia",
           "Coalición", "Alianza", "Federación", "Unión", "Guardia", "Gendarmería", "Aduana",
           "Aduanas", "Fiscalía", "Procuraduría", "Superintendencia", "Parlamento", "Asamblea",
           "Carabineros", "Prefectura"},
}

# First words of a text, not a body: a model ORG or an acronym's long form starting so is an
# INSTRUMENT ("Plan d'action régional", "Estatuto Temporal de Protección (ETPV)").
INSTRUMENT_HEADS = {"plan", "stratégie", "strategy", "estrategia", "convention", "convención",
                    "convenio", "protocole", "protocol", "protocolo", "pacte", "pact", "pacto",
                    "compact", "charte", "charter", "carta", "déclaration", "declaration",
                    "declaración", "accord", "agreement", "acuerdo", "traité", "treaty",
                    "tratado", "statut", "statute", "estatuto", "agenda", "programme d'action"}

# Lower-case first words that still start a body's name in French and Spanish typography.
LOWERCASE_ORG_STARTS = {"ministère", "ministerio", "ministry"}

# Bodies named for the region they serve: an office of this kind followed by `pour`/`for`/
# `para` and a place is one name ("Bureau régional de l'ONUDC pour l'Afrique de l'Ouest et du
# Centre", "Regional Office for Southeast Asia and the Pacific").
REGIONAL_HEADS = {"bureau", "bureaux", "office", "offices", "oficina", "centre", "center",
                  "centro", "antenne", "délégation", "delegation", "delegación", "mission",
                  "misión", "représentation", "representación"}
