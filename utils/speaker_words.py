"""Word lists the speaker resolver reads (layer 3): titles and honorifics, words for bodies and for
people, name particles, nationalities, kinship and team positions.

They are plain Python sets so that one place holds them all; :mod:`utils.speakers` uses them to tell a
title from a name ("Minister for Housing Declan Furlong"), a body from a person ("Harwick Container
Terminals (HCT) said") and a role from a description ("the chairman", "the 44-year-old").

>>> "brigadier" in TITLE_WORDS, "authority" in ORG_WORDS, "diner" in PERSON_NOUNS
(True, True, True)
"""
from __future__ import annotations

# Common nouns for public bodies, which never stand for a company
PUBLIC_BODY_NOUNS = {"agency", "authority", "ministry", "department", "regulator", "watchdog", "commission",
                     "council", "government", "court", "tribunal", "inspectorate", "directorate"}

# Common nouns and the name words of the bodies they may stand for: "the lender" is Northmoor Bank
BODY_KINDS = {"lender": {"bank", "bancorp", "building"}, "carrier": {"airline", "airlines", "airways", "air"},
              "insurer": {"insurance", "assurance"}, "airline": {"airlines", "airways", "air"},
              "broadcaster": {"broadcasting", "tv", "television", "radio"},
              "union": {"association", "alliance", "federation", "guild", "congress"}}

# Nouns that name the same kind of public body: "the agency" may be an Authority or a Commission
AGENCY_NOUNS = {"agency", "authority", "regulator", "watchdog", "commission", "inspectorate", "directorate",
                "office", "bureau", "administration"}

# Nouns for what a business runs, which describe a name as a business ("Lumen, a dating app")
BUSINESS_WORDS = {"app", "platform", "website", "site", "chain", "brand", "service", "startup", "start-up"}

# Words for a kind of business that a sentence may put, capitalised, before the name
DESCRIPTOR_WORDS = {"retailer", "insurer", "lender", "broadcaster", "carrier", "miner", "grocer", "operator",
                    "startup", "start-up", "conglomerate", "supermarket", "publisher", "streamer", "brewer",
                    "shipbuilder", "shipper", "utility", "developer"}


# Portfolios that stand between a title and a name ("Minister for Housing Declan Furlong")
PORTFOLIOS = ("housing", "affairs", "environment", "energy", "employment", "culture", "tourism", "communities",
              "security", "immigration", "industry", "enterprise", "welfare", "pensions", "heritage",
              "infrastructure", "planning", "children", "equality", "science", "technology", "climate",
              "fisheries", "commerce", "labor", "homeland", "veterans", "treasury", "communications", "youth")

# Words that can stand before a name as a title or job ("Councilwoman Teresa
# Valdivia", "Local MSP Callum Fraser"): left out of the canonical name and
# kept as roles of the person.
TITLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam",
    "president", "vice", "prime", "minister", "mayor", "councilman", "councilwoman", "councillor", "councilor",
    "senator", "sen", "rep", "representative", "governor", "gov", "secretary", "general", "gen", "colonel",
    "col", "captain", "capt", "lieutenant", "lt", "major", "maj", "sergeant", "sgt", "judge", "justice",
    "chief", "director", "king", "queen", "prince", "princess", "pope", "father", "rev", "reverend",
    "bishop", "archbishop", "sheikh", "coach", "manager", "chancellor", "commissioner", "inspector",
    "superintendent", "supt", "detective", "det", "officer", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "deputy", "mp", "msp", "mep", "local", "ceo", "chairman", "chairwoman",
    "chair", "clerk", "speaker", "sheriff", "attorney", "prosecutor", "foreign", "interior", "defence",
    "defense", "finance", "health", "justice", "transport", "education", "economy", "former", "acting",
    "interim", "state", "federal", "assistant", "associate", "senior", "head", "leader", "opposition",
    "labour", "union", "party", "council", "fire", "police", "marshal", "admiral", "premier", "emir",
    "owner", "counsel", "lawyer", "solicitor", "barrister", "boss", "founder", "veteran", "star",
    "assemblyman", "assemblywoman", "congressman", "congresswoman", "recorder", "constable", "striker",
    "midfielder", "goalkeeper", "defender", "forward", "winger", "skipper", "rabbi", "imam", "priest", "pastor",
    "nurse", "dame", "baroness", "baron", "earl", "countess", "duke", "duchess", "magistrate", "coroner",
    "ayatollah", "comrade", "cllr", "trustee", "collector", "alderman", "alderwoman", "supervisor", "selectman",
    "delegate", "regent", "provost", "warden", "councillor", "mayor-elect", "dep", "insp", "pc", "ds", "di", "dci", "dean", "rector", "principal", "founder", "executive", "trade", "agriculture",
    "cs", "councilmember", "councilperson", "headteacher", "headmaster", "headmistress", "undergraduate", "pupil",
    "student", "teacher", "lecturer", "researcher", "epidemiologist", "economist", "analyst", "historian",
    "novelist", "campaigner", "activist", "entrepreneur", "businessman", "businesswoman", "forecaster",
    "paramedic", "firefighter", "midwife", "surgeon", "referee", "astronaut", "chaplain", "vicar", "archdeacon",
    "physician", "pharmacist", "scientist", "professor", "chef", "actor", "actress", "journalist", "commander",
    "debutant", "rookie", "teenager", "youngster", "newcomer", "all-rounder", "opener", "seamer", "spinner",
    "treasurer", "auditor", "comptroller", "registrar", "bursar", "curator", "conductor", "composer",
    "organiser", "organizer", "promoter", "agent", "broker", "banker", "investor", "strategist", "pollster",
    "meteorologist", "climatologist", "geologist", "volcanologist", "seismologist", "virologist", "biologist",
    "ecologist", "astronomer", "physicist", "chemist", "psychologist", "psychiatrist", "sociologist",
    "archaeologist", "anthropologist", "demographer", "advocate", "dentist", "veterinarian", "tutor",
    "trainer", "umpire", "blogger", "influencer", "commentator", "pundit", "columnist", "editor", "publisher",
    "presenter", "broadcaster", "anchor", "correspondent", "reporter", "writer", "musician", "singer",
    "songwriter", "singer-songwriter", "bassist", "drummer", "guitarist", "pianist", "violinist", "cellist",
    "frontman", "frontwoman", "rapper", "artist", "painter", "sculptor", "photographer", "filmmaker",
    "producer", "designer", "architect", "engineer", "developer", "philanthropist", "billionaire", "tycoon",
    "magnate", "mogul", "accountant", "cosmonaut", "volunteer", "pensioner", "survivor", "resident",
    "campaigner", "playwright", "poet", "author", "comedian", "dancer", "choreographer", "cyclist", "swimmer",
    "sprinter", "golfer", "jockey", "climber", "mountaineer", "athlete", "skier", "snowboarder", "skater",
    "brigadier", "brig", "commodore", "corporal", "cpl", "grandmaster", "maestro", "cardinal",
    "soprano", "mezzo-soprano", "tenor", "baritone", "metropolitan", "patriarch",
} | set(PORTFOLIOS)
# Titles that only stand before a person's name
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "judge", "justice", "prof", "professor"}
# Verbs in "X, who chairs the council" and the roles they give: "the chairman" is then X
ROLE_VERBS = {"chair": {"chair", "chairman", "chairwoman", "chairperson"}, "lead": {"leader", "head"},
              "head": {"head", "leader"}, "coach": {"coach"}, "manage": {"manager", "boss"},
              "own": {"owner"}, "found": {"founder"}, "co-found": {"founder", "co-founder"},
              "direct": {"director"}, "edit": {"editor"}, "run": {"owner", "manager", "boss"},
              "captain": {"captain", "skipper"}, "represent": {"lawyer", "counsel"},
              "prosecute": {"prosecutor"}, "defend": {"lawyer", "counsel"}, "teach": {"teacher"},
              "command": {"commander"}, "govern": {"governor"}, "train": {"trainer"}, "organise": {"organiser"},
              "organize": {"organizer"}}

# Title words that are also common first names: "Dean Fletcher" is a man called Dean.
NAME_LIKE_TITLES = {"dean", "earl"}
# Title words that qualify a role rather than name one ("Opposition leader", "Foreign Minister")
TITLE_MODIFIERS = {"opposition", "labour", "union", "party", "council", "state", "federal", "local", "foreign",
                   "interior", "defence", "defense", "finance", "health", "justice", "transport", "education",
                   "economy", "former", "acting", "interim", "assistant", "associate", "senior", "deputy", "head",
                   "vice", "prime", "chief", "trade", "agriculture", "executive", "fire", "police", "general"} | set(PORTFOLIOS)
ORG_NOUNS = {
    "company", "firm", "ministry", "department", "club", "court", "group", "union", "council", "board",
    "agency", "government", "party", "bank", "hospital", "authority", "office", "federation", "commission",
    "committee", "association", "team", "network", "operator", "airline", "university", "school", "charity",
    "organisation", "organization", "army", "military", "service", "institute", "foundation", "alliance",
    "coalition", "campaign", "administration", "embassy", "council", "cabinet", "parliament", "assembly",
    "tribunal", "panel", "inquiry", "regulator", "watchdog", "carrier", "manufacturer", "retailer", "giant",
    "insurer", "lender", "utility", "broadcaster", "newspaper", "league", "federation", "body", "brand",
    "startup", "corporation", "conglomerate", "bureau", "force", "police", "prosecutors", "state",
    "museum", "gallery", "library", "district", "trust", "zoo", "theatre", "theater", "orchestra",
    "festival", "exchange", "authority", "commission", "tribunal", "consortium", "division", "command",
    "directorate", "secretariat", "inspectorate",
}
PERSON_NOUNS = {
    "witness", "resident", "spokesman", "spokeswoman", "spokesperson", "official", "driver", "nurse", "doctor",
    "farmer", "mother", "father", "source", "man", "woman", "officer", "worker", "student", "teacher", "lawyer",
    "member", "leader", "minister", "owner", "employee", "neighbour", "neighbor", "survivor", "victim", "fan",
    "voter", "shopper", "passenger", "parent", "mum", "dad", "friend", "colleague", "analyst", "expert",
    "economist", "scientist", "researcher", "professor", "diplomat", "activist", "protester", "organiser",
    "organizer", "campaigner", "executive", "director", "manager", "chief", "president", "secretary", "aide",
    "adviser", "advisor", "representative", "negotiator", "commander", "soldier", "captain", "judge",
    "prosecutor", "detective", "inspector", "councillor", "senator", "governor", "mayor", "coach", "player",
    "shopkeeper", "trader", "baker", "fisherman", "villager", "local", "pensioner", "patient", "customer",
    "user", "engineer", "pilot", "guard", "paramedic", "firefighter", "medic", "midwife", "surgeon", "boss",
    "diner", "commuter", "motorist", "tenant", "homeowner", "landlord", "consumer", "buyer", "client", "visitor",
    "tourist", "spectator", "pupil", "graduate", "applicant", "claimant", "defendant", "juror", "inmate",
    "prisoner", "refugee", "migrant", "volunteer", "donor", "retiree", "carer", "caregiver", "cyclist",
    "pedestrian", "rider", "hiker", "labourer", "laborer", "builder", "mechanic", "chef", "cook", "waiter",
    "waitress", "cashier", "cleaner", "courier", "vendor", "journalist", "reporter", "lawmaker", "legislator",
    "politician", "candidate", "mourner", "onlooker", "bystander", "eyewitness", "hostage", "widow", "widower",
    "teenager", "girl", "boy", "daughter", "son", "wife", "husband", "sister", "brother", "grandmother",
    "grandfather", "relative", "veteran", "physician", "pharmacist", "dentist", "vet", "miner", "crofter",
}
TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
                       "col": "colonel", "capt": "captain", "lt": "lieutenant", "det": "detective",
                       "supt": "superintendent", "insp": "inspector", "prof": "professor", "dr": "doctor",
                       "sgt": "sergeant", "cllr": "councillor", "maj": "major", "pres": "president",
                       "fr": "father", "rev": "reverend", "dc": "constable", "pc": "constable"}
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le",
                  "ní", "nic", "mac", "ua",
                  "dos", "das", "del", "ben", "abu", "ter", "ten", "st"}
POST_NOMINALS = {"KC", "QC", "SC", "BL", "MP", "MEP", "MSP", "TD", "MLA", "Jr", "Jr.", "Sr", "Sr.", "PhD", "MD", "RN",
                 "Esq", "Esq.", "OBE", "MBE", "CBE", "KBE", "DBE", "II", "III"}
ORG_WORDS = {"union", "council", "ministry", "group", "bank", "radio", "news", "agency", "party", "court", "police",
             "department", "office", "company", "club", "university", "institute", "association", "federation",
             "commission", "committee", "board", "government", "army", "tv", "times", "post", "review", "gazette",
             "press", "international", "national", "city", "county", "state", "republic", "front", "alliance",
             "foundation", "fund", "health", "holdings", "inc", "ltd", "corp", "plc", "news", "daily", "weekly",
             "world", "global", "service", "services", "network", "media", "centre", "center", "united", "nations",
             "resources", "mining", "energy", "oil", "gas", "airlines", "airways", "motors", "systems", "labs",
             "technologies", "partners", "capital", "industries", "pharma", "bank", "insurance", "trust",
             "army", "forces", "movement", "brigade", "council", "ministry", "agency", "office", "house", "palace",
             "kremlin", "pentagon", "whitehall", "commission", "parliament", "congress", "senate", "assembly",
             "asa", "ab", "ag", "sa", "nv", "spa", "gmbh", "llc", "co", "foods", "labs", "group", "motors",
             "robotics", "logistics", "software", "solutions", "ventures", "enterprises", "aerospace", "automotive",
             "electronics", "biotech", "therapeutics", "pharmaceuticals", "semiconductor", "semiconductors",
             "dynamics", "analytics", "studios", "entertainment", "games", "airline", "rail", "shipping", "freight",
             "telecom", "telecoms", "communications", "bancorp", "financial", "investments", "properties",
             "fc", "afc", "town", "rovers", "wanderers", "athletic", "albion", "water", "power", "biosciences",
             "bio", "health", "retail", "stores", "airlines", "brands", "homes", "estates", "authority",
             "bureau", "directorate", "inspectorate", "sport", "sports", "events", "unit",
             "trophy", "cup", "championship", "championships", "prize", "awards", "league", "olympics",
             "tournament", "grand", "live", "racing", "motorsport"}
# Words that make an organisation's name look like a company's ("Norvik Motors", "Harrowmere Water")
COMPANY_NAME_WORDS = {"inc", "ltd", "plc", "llc", "gmbh", "ag", "sa", "nv", "asa", "ab", "spa", "co", "corp", "holdings",
                      "group", "motors", "foods", "water", "energy", "power", "gas", "oil", "airlines", "airways",
                      "systems", "labs", "technologies", "robotics", "logistics", "pharma", "pharmaceuticals",
                      "biosciences", "therapeutics", "bank", "insurance", "capital", "partners", "industries",
                      "resources", "mining", "telecom", "telecoms", "media", "software", "solutions", "retail",
                      "stores", "brands", "homes", "freight", "shipping", "rail", "electronics", "semiconductor"}
PLACE_WORDS = {"arena", "stadium", "hall", "centre", "center", "church", "mosque", "market", "port", "mine",
               "road", "street", "avenue", "lane", "river", "lake", "mountain", "valley", "bay", "square",
               "park", "bridge", "island", "islands", "county", "city", "province", "state", "district", "hill",
               "street", "way", "drive", "place", "court", "hospital", "university", "school", "station", "airport"}
FEMALE_NOUNS = {"sister", "mother", "wife", "daughter", "woman", "girl", "grandmother", "aunt", "niece", "mum",
                "spokeswoman", "chairwoman", "councilwoman", "congresswoman", "assemblywoman", "businesswoman",
                "actress", "widow", "queen", "princess", "duchess", "countess", "baroness", "dame", "mrs", "ms", "miss"}
MALE_NOUNS = {"brother", "father", "husband", "son", "man", "boy", "grandfather", "uncle", "nephew", "dad",
              "spokesman", "chairman", "councilman", "congressman", "assemblyman", "businessman", "widower",
              "king", "prince", "duke", "earl", "baron", "sir", "mr"}
ROLE_SYNONYMS = {  # a role noun and the titles that name the same role
    "skipper": {"captain"},
    "captain": {"skipper"},
    "judge": {"recorder", "justice", "magistrate", "lord", "lady", "sheriff"},  # Scottish judges are Lord/Lady X
    "priest": {"father", "reverend", "rev", "pastor", "vicar", "fr"},
    "officer": {"constable", "sergeant", "detective", "inspector", "superintendent", "pc", "dc"},
    "detective": {"constable", "sergeant", "inspector", "superintendent", "dc", "di", "ds", "dci"},
    "governor": {"gov"},
    "senator": {"sen"},
    "lawmaker": {"senator", "representative", "assemblyman", "assemblywoman", "congressman", "congresswoman", "mp"},
    "legislator": {"senator", "representative", "assemblyman", "assemblywoman", "congressman", "congresswoman", "mp"},
    "executive": {"ceo", "chief"},
    "boss": {"ceo", "chief", "manager", "coach"},
    "manager": {"coach", "boss"},
    "coach": {"manager", "boss"},
    "doctor": {"dr"},
    "counsel": {"barrister", "solicitor", "lawyer", "attorney", "advocate", "kc", "qc", "sc"},
    "lawyer": {"barrister", "solicitor", "attorney", "counsel", "advocate"},
    "ceo": {"executive", "ceo"},
    "cs": {"cs", "secretary"},  # a Kenyan cabinet secretary
    "vet": {"veterinarian", "veterinary", "vet"},
    "veterinarian": {"vet"},
}
COMPANY_NOUNS = {"company", "firm", "group", "operator", "airline", "bank", "carrier", "retailer", "manufacturer",
                 "insurer", "lender", "startup", "corporation", "club", "team", "union", "charity", "brand", "giant",
                 "utility", "broadcaster", "newspaper", "maker", "developer", "platform", "app"}
BROADCAST_NOUNS = {"programme", "program", "show", "radio", "television", "tv", "podcast", "channel", "broadcast",
                   "bulletin", "telegram", "x", "twitter", "facebook", "instagram", "linkedin", "tiktok", "youtube"}
KIN_NOUNS = {"mother", "father", "daughter", "son", "wife", "husband", "sister", "brother", "widow", "widower",
             "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "mum", "dad", "granddaughter",
             "grandson", "stepmother", "stepfather", "stepson", "stepdaughter"}
GENERIC_BODIES = {"organisation", "organization", "agency", "body", "operator", "group", "charity", "union"}
DOC_NOUNS = {"opinion", "ruling", "judgment", "judgement", "decision", "statement", "letter", "report",
             "estimate", "figure", "data", "survey", "analysis", "count", "tally", "forecast",
             "verdict", "order", "memo", "filing", "complaint", "post", "tweet"}


# Words in the name of a body that regulates ("Energy Standards Authority", "Competition Commission")
REGULATOR_NAME_WORDS = {"authority", "commission", "regulator", "ombudsman", "watchdog", "inspectorate", "office"}

# Nationality words that can stand before a name like a title ("Slovenian Matej Kranjc")
NATIONALITIES = set("""afghan albanian algerian american angolan argentine argentinian armenian australian austrian
azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian
canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian english
eritrean estonian ethiopian fijian filipino finnish french georgian german ghanaian greek guatemalan haitian
honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
jordanian kazakh kenyan korean kosovan kuwaiti kyrgyz latvian lebanese liberian libyan lithuanian malagasy malawian
malaysian malian maltese mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nigerian
nigerien norwegian pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian
rwandan saudi scottish senegalese serbian slovak slovakian slovenian somali spanish sudanese swedish swiss
syrian taiwanese tajik tanzanian thai togolese tunisian turkish turkmen ugandan ukrainian uruguayan uzbek
venezuelan vietnamese welsh yemeni zambian zimbabwean""".split())

# Nouns for a person of a nation, and the adjective the text may use for the same person earlier
# ("his Dutch team-mate Joris van Dalen ... the Dutchman")
DEMONYM_NOUNS = {"dutchman": "dutch", "dutchwoman": "dutch", "spaniard": "spanish", "frenchman": "french",
                 "frenchwoman": "french", "englishman": "english", "englishwoman": "english", "irishman": "irish",
                 "irishwoman": "irish", "scotsman": "scottish", "scotswoman": "scottish", "scot": "scottish",
                 "welshman": "welsh", "welshwoman": "welsh", "briton": "british", "brit": "british",
                 "dane": "danish", "swede": "swedish", "finn": "finnish", "pole": "polish", "turk": "turkish",
                 "swiss": "swiss", "kiwi": "new zealand", "aussie": "australian", "yank": "american"}


POSITIONS = {"striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "keeper", "centre-back", "flanker",
             "hooker", "all-rounder", "spinner", "seamer",
             "full-back", "playmaker", "fly-half", "scrum-half", "pitcher", "quarterback", "catcher", "setter",
             "linebacker", "receiver", "shortstop", "goalie", "guard", "batter", "bowler", "batsman", "jockey"}


# Person nouns that are jobs, which may stand capitalised before a name at the start of a sentence
# ("Fisherman Arnel Bautista said"); not kinship or generic words
JOB_NOUNS = PERSON_NOUNS - KIN_NOUNS - FEMALE_NOUNS - MALE_NOUNS - {
    "local", "member", "source", "fan", "friend", "user", "relative", "victim", "survivor", "official"}
