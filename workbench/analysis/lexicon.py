"""Word lists behind attribution: cues, hedges, and what marks a source as media.

Everything here is generic English news vocabulary; no list holds names taken from
one article, and every word list the attribution rules read is defined here once (the
grammar words at the end included). How the lists are used:

- The cue inventory is ``CUE_VERBS`` (speech and belief), ``STANCE_CUES`` (positions),
  ``NAMING_CUES`` ("called X a disgrace"), ``EVIDENCE_CUES`` ("a study found", "data
  shows"), ``COMMUNICATION_CUES`` (other verbs PolNeAR's annotators mark) and
  ``DOCUMENT_CUES``; ``NOUN_LIKE_CUES``, ``CLAUSE_ONLY_CUES``, ``CONTROL_CUES`` and
  ``NOT_CUE_COMPOUNDS`` say when such a word is no cue.

- ``CUE_VERBS`` are reporting verbs in their news tenses; a source phrase next to one
  of them ("a spokesperson said", "said Dr. Okafor") is an attribution. Verbs of belief
  and expectation (believes, thinks, expects, hopes, fears) count too: "analysts expect
  a rise" puts the content in the analysts' mouths, as PolNeAR's annotators also read it.
  ``STANCE_CUES`` (called for, praised, vowed) attribute a position, not a fact: they
  are relations of their own but never a claim's source.
- A source is *media* when its phrase contains an outlet word ("the newspaper",
  "state broadcaster", "news agency", "local TV"), a title word of an outlet's name
  ("Washington Post", "Daily Herald", "Press TV"), a well-known wire service or
  broadcaster, or a media-report phrase ("media reports", "earlier reports",
  "a report in ..."). Cue semantics add one rule: a source that *reports* while
  *quoting* or *citing* someone else is relaying, which is what outlets do; a source
  with an organisation or document word ("the statistics office reported") stays an
  organisation.
- *Documents* (a readout, a statement, a report by an office) and *anonymous* sources
  (a spokesperson, officials, people familiar with the matter) are attributed, not
  reported. An organisation's own channel ("its website", "the company's statement") is
  a document, never media; an outlet's name is known by its shape ("The Yorkshire Post").
- Anonymous means unnamed: a described person ("the bank's chief economist"), a group
  ("officials", "residents"; ``BARE_SOURCE_NOUNS`` may speak without a determiner, and
  "police" or "prosecutors" are organisations), a quantity of respondents ("nine in 10"),
  or a request for anonymity (``ANONYMITY_PHRASES``); a name beside the description
  ("the bank's chief economist, Petra Lind") makes a named person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from workbench.analysis.timex_lexicon import MONTHS, WEEKDAYS

# Reporting verbs, most frequent first. Past, present and base forms.
CUE_VERBS = tuple(
    """said says say told tells added adds stated states announced announces reported reports
    claimed claims denied denies estimated estimates argued argues warned warns cautioned cautions
    insisted insists explained explains noted notes confirmed confirms suggested suggests stressed stresses
    acknowledged acknowledges admitted admits predicted predicts wrote writes tweeted posted revealed
    disclosed asserted asserts alleged alleges maintained maintains countered replied responded conceded
    urged urges recalled recalls complained complains forecast forecasts believes believed thinks
    emphasised emphasized emphasises emphasizes observed remarked declared declares indicated indicates
    contended reiterated reiterates assured promised vowed hinted signalled signaled concluded concludes
    projected accused asked quoted believe expect expects described saying telling adding noting stating
    hope hopes hoped fear fears feared think testified quipped joked boasted bragged gloated demurred
    lamented retorted mused""".split()
)
# Verbs of saying proper: before one of them any noun phrase may be the speaker
# ("forecasters say", "the nominee told"), where a belief or a stance verb needs a speaking head.
SPEECH_VERBS = frozenset(
    """said says say told tells added adds stated wrote writes tweeted declared insisted insist insists argued argue argues
    claimed claims reported announced explained noted acknowledged acknowledge acknowledges complained complain
    complains maintained warned warn warns admitted admit admits conceded denied deny denies replied responded
    testified recalled predicted""".split()
)
# Speech acts and stances that attribute a position rather than a statement of fact
# ("X called for a special prosecutor", "Y praised the plan", "Z supports the bill"). PolNeAR
# annotates them as attributions, so ``find_attributions`` reports them; a claim built on one
# is about its subject (checkable as it stands), so they never become the claim's own attribution.
STANCE_CUES = tuple(
    """praised praises praising proposed proposes vowed vows pledged pledges cited cites criticized criticised
    criticizes criticises condemned condemns demanded demands questioned questions challenged challenges
    welcomed welcomes endorsed endorses rejected rejects defended defends
    called calls calling describes describing dubbed labeled labelled branded
    supported opposed opposes opposing
    blamed blames blasted blasts attacked denounced denounces dismissed dismisses slammed slams
    mocked mocks ridiculed derided decried lambasted chided scolded
    agreed agrees disagreed disagrees declined declines refused refuses
    offered offers insisting arguing explaining suggesting claiming warning stressing acknowledging admitting
    recalling conceding asking urging recommending predicting
    hoping expecting fearing worried worries doubted doubts
    promises promising threatened threatens mentioned mentions
    accuse accuses applaud applauded applauding applauds assail assailed assailing assails berate berated berates
    berating blame blaming blasting castigate castigated castigates castigating chastise chastised chastises chastising
    commend commended commending commends condemn condemning congratulate congratulated congratulates congratulating
    criticise criticising criticize denounce deride derides deriding excoriate excoriated excoriates excoriating
    hailed hailing hails hammered hammering hammers lambaste lambastes lambasting laud lauded lauding lauds mocking
    rebuke rebuked rebukes rebuking reproach reproached reproaches reproaching ridicule ridicules ridiculing scorned
    scorning scorns slamming
    disavow disavowed disavowing disavows rebut rebuts rebutted rebutting recant recanted recanting recants refute
    refuted refutes refuting repudiate repudiated repudiates repudiating retract retracted retracting retracts""".split()
) + ("called for", "calls for", "calling for", "called on", "calls on", "pointed out", "points out", "pointing out",
     "referring to", "referred to", "talked about", "talking about", "spoke about", "spoke of", "weighed in",
     "talks about", "talk about", "pointed to", "points to", "pointing to", "responded to",
     "commented on", "focused on", "railed against", "shot back", "critical of")
# Verbs of communication and thought that PolNeAR's annotators mark beside "said": a
# relation of their own, never the claim's source. Kept where the subject on their left
# is the speaker far more often than not ("continued", "echoed"); left out where the verb
# is mostly an event or a perception ("see", "know", "support", "feel").
COMMUNICATION_CUES = tuple(
    """continued argue mention mentioned discuss discussed expressed echoed highlighted acknowledge
    asks identified touted implied shouted portrayed bemoaned thanked charged answered announce
    refers suggest
    accusing questioning criticizing denouncing discussing declaring thanking touting pledging refusing
    encouraged reminded voiced repeated ordered listed chanted tweeting seeks insist insists
    guessed guesses guessing pondered pondering ponders reckon reckoned reckons speculate speculated
    speculates speculating surmise surmised surmises surmising theorise theorised theorises theorising theorize
    theorized theorizes theorizing wondered wondering wonders
    bemoan bemoaning bemoans gripe griped gripes griping groused grouses grousing grumble grumbled grumbles
    grumbling lamenting laments moaned moaning railed railing rails scoff scoffed scoffing scoffs sneer sneered
    sneering sneers whine whined whines whining
    affirm affirmed affirming affirms assert asserting attest attested attesting attests avow avowed avowing avows
    concede concedes contend contending contends emphasise emphasising emphasize emphasizing proclaim proclaimed
    proclaiming proclaims profess professed professes professing reaffirm reaffirmed reaffirming reaffirms reassert
    reasserted reasserting reasserts confirm confirming corroborate corroborated corroborates corroborating""".split()
)
# Naming a thing ("the mayor called the plan a disaster") puts a judgement in the speaker's
# mouth: a stance, and also the claim's own attribution when it is the claim's main verb.
NAMING_CUES = ("called", "calls", "calling", "described", "describes", "dubbed", "labeled", "labelled", "branded")
# What evidence says ("the study found", "polls show", "data suggests"): a relation of its
# own, and the claim's source only when its subject is a document ("a survey found ...").
EVIDENCE_CUES = tuple("""show shows showed showing found finds find reveals""".split())
# Bare nouns that name an institution or a group and speak without a determiner
# ("..., police said", "according to prosecutors"); organisations unless a role word.
BARE_SOURCE_NOUNS = frozenset(
    """police prosecutors authorities investigators regulators firefighters paramedics rescuers troops
    officials analysts economists experts witnesses residents sources diplomats doctors scientists
    researchers organisers organizers protesters activists critics supporters lawmakers respondents voters
    delegates participants observers pollsters aides advisers members employees workers students""".split()
)
# A request for anonymity inside a source phrase: the source is unnamed by its own wish,
# and the verb inside ("asked", "spoke") is no relation of its own.
ANONYMITY_PHRASES = (
    "asked not to be named", "asked not to be identified", "declined to be named", "declined to be identified",
    "on condition of anonymity", "on the condition of anonymity", "requested anonymity", "asked for anonymity",
    "not authorized to speak", "not authorised to speak", "spoke anonymously", "speaking anonymously",
    "did not want to be named", "didn't want to be named", "didn’t want to be named", "did not want to be identified",
)
# An organisation's own channel ("its website", "the company's statement"): the organisation
# speaking, not the media.
OWN_CHANNEL_WORDS = frozenset({"website", "site", "blog", "page", "account", "feed", "newsletter", "channel"})
# Words that end a source with their own full stop ("Acme Inc.", "John Smith Jr.").
ABBREVIATIONS_BEFORE_POINT = frozenset({"inc", "co", "corp", "ltd", "jr", "sr", "bros", "plc", "llc", "st"})
POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our"})
# Cue words that are as often nouns ("the Late Show", "his calls went unanswered"): a cue
# only when no auxiliary, preposition or possessive shows the noun.
NOUN_LIKE_CUES = frozenset(
    """show shows calls attacks supports offers promises fears hopes doubts worries mentions plans
    questions challenges demands defends""".split()
)
# Verbs that take an action rather than a proposition before "to" ("wants to win",
# "agreed to talk"): then no attribution.
CONTROL_CUES = frozenset(
    """wants wanted agreed agrees offered offers sought seeks seeking hoping expecting promises promising
    expect expects expected hope hopes hoped plans planned intends intended
    threatened threatens""".split()
)
# Verbs of belief: a pronoun thinking inside a subordinate clause ("because they believe",
# "if you think") is a generic thought, not a source.
BELIEF_CUES = frozenset(
    """believe believes believed think thinks thought expect expects hope hopes hoped fear fears feared
    know knows knew doubted doubts""".split()
)
# Cue words that are far more often something else ("swing states", "maintains ties",
# "find a way", "polls showing"): a cue only before "that" or a quotation.
CLAUSE_ONLY_CUES = frozenset({"states", "maintains", "maintain", "maintained", "find", "finds", "found", "showing"})
# Capitalised words before a colon that label what follows rather than name a speaker.
COLON_LABELS = frozenset(
    """update updated note editor photo photos video watch related source sources correction read listen
    advertisement warning breaking exclusive analysis opinion editorial review live transcript clarification
    caption credit subscribe sign click abstract summary background context question answer lead full
    tags topics filed share image graphic chart map timeline what why how who when where here
    latest revealed bombshell wow leaked notice name age city job pay poll survey""".split()
)
# Two-word compounds in which a cue word is no cue: "a think tank", "a talk show host".
NOT_CUE_COMPOUNDS = frozenset({("think", "tank"), ("think", "tanks"), ("show", "host"), ("show", "hosts"),
                               ("adding", "to"), ("added", "to"), ("adds", "to")})
# Words that make "show(s)" a programme ("TV shows", "a talk show", "her reality show").
PROGRAMME_MODIFIERS = frozenset("tv television radio talk reality game cooking quiz chat variety late-night".split())
# Cue participles read as passives before these words ("the man accused of fraud",
# "a woman later identified as the organiser"): no speaker.
PASSIVE_PARTICLES = {"accused": ("of",), "identified": ("as",), "charged": ("with",), "called": ("up",)}
# What a document says, only at the end of a quotation: '"...," the letter read.'
DOCUMENT_CUES = ("read",)
# Verbs that also take an object before the content ("told reporters that").
OBJECT_CUES = frozenset({"told", "tells", "assured", "warned", "urged", "asked", "promised", "reminded"})
# Cues whose subject relays what others said: with "quoting"/"citing" they mark media.
REPORTING_CUES = frozenset({"reported", "reports", "said", "says"})
# Prepositions that a verb of stance takes into its cue ("warned against", "argued for",
# "complained about"); the plain verbs of saying and writing keep them out ("said for years").
STANCE_PREPOSITIONS = frozenset({"about", "against", "for"})
PREPOSITION_FREE_CUES = REPORTING_CUES | frozenset({"say", "told", "tells", "wrote", "writes", "added", "adds"})
RELAY_WORDS = ("quoting", "citing")

HEDGES = (
    "reportedly",
    "allegedly",
    "purportedly",
    "apparently",
    "supposedly",
    "is believed to",
    "are believed to",
    "was believed to",
    "were believed to",
    "is thought to",
    "are thought to",
    "is said to",
    "are said to",
    "was said to",
    "is reported to",
    "are reported to",
    "was reported to",
    "is understood to",
    "it is understood",
    "it is believed",
    "is alleged to",
    "unconfirmed",
    "rumoured",
    "rumored",
)

# Common nouns that name an outlet or the media as a whole. Strong ones decide alone;
# weak ones ("station", "paper", "press") give way to an organisation or document word
# ("police station", "white paper") and to the exclusions below ("press secretary").
STRONG_OUTLET_WORDS = frozenset(
    """newspaper newspapers broadsheet tabloid broadcaster broadcasters television tv radio magazine
    newswire media""".split()
)
WEAK_OUTLET_WORDS = frozenset(
    """paper daily weekly channel station network wire press website portal outlet outlets newsletter""".split()
)
NOT_OUTLET_PHRASES = ("press secretary", "press officer", "press office", "press release", "press conference",
                      "white paper", "policy paper", "working paper", "research paper", "discussion paper")
NEWS_ORGANISATION_HEADS = frozenset({"agency", "agencies", "service", "site", "channel", "outlet", "outlets", "organisation",
                                     "organization", "network", "portal", "website"})
# Capitalised words that end or start outlet names: "Washington Post", "Daily Herald", "Press TV".
OUTLET_NAME_WORDS = frozenset(
    """Times Post Herald Gazette Tribune Telegraph Journal Chronicle Guardian Observer Mirror Express Mail
    Courier Dispatch Inquirer Examiner Globe Standard Independent Bulletin News Daily Weekly Press TV Radio
    Television Broadcasting Network Agency Wire Newspaper Magazine Sentinel Register Star Review Today
    Monitor Record""".split()
)
# Wire services and broadcasters known world-wide (not from any one article).
KNOWN_OUTLETS = frozenset(
    """Reuters AP AFP Bloomberg Xinhua TASS Interfax Kyodo Yonhap UPI PTI ANI IANS dpa EFE ANSA BBC CNN
    NPR PBS CBS NBC ABC MSNBC Fox ITV Sky RTE CBC Politico Axios Breitbart""".split()
) | frozenset({"Associated Press", "Agence France-Presse", "Al Jazeera", "Press Association"})
# Words with which "report(s)" means a media report rather than one organisation's document.
MEDIA_REPORT_MODIFIERS = frozenset(
    """media news press earlier previous recent local foreign unconfirmed some several other many
    numerous conflicting initial""".split()
)

# Organisation heads: with these a source is an organisation even if it "reported".
ORGANISATION_WORDS = frozenset(
    """ministry ministries office department government administration council committee commission
    agency authority authorities bank company firm corporation group union party court police army military
    navy embassy institute institution association board bureau service university hospital parliament
    congress senate cabinet secretariat regulator watchdog organisation organization foundation
    federation coalition alliance campaign charity fund centre center team club league statistics
    municipality prosecutors prosecutor inc corp corporation co ltd llc plc gmbh holdings industries enterprises
    airlines airways motors bancorp technologies systems communications pharmaceuticals
    laboratories labs brands studios conglomerate brigade guard coastguard force forces""".split()
)
# Things that speak for someone: a source of this kind is a document.
DOCUMENT_WORDS = frozenset(
    """readout statement report reports study studies survey surveys poll polls data figures document documents filing filings
    letter memo memorandum minutes transcript communique communiqué release notice indictment complaint
    lawsuit ruling judgment assessment analysis review audit census estimate estimates tweet post
    message email affidavit records tallies numbers statistics results polling proposal legislation
    constitution contract agreement treaty guidelines regulation inquiry investigation probe""".split()
)
# People described by role rather than name: unnamed sources.
ROLE_WORDS = frozenset(
    """spokesperson spokesman spokeswoman spokespeople official officials source sources diplomat diplomats
    officer officers analyst analysts expert experts resident residents witness witnesses aide aides
    insider insiders person people individual individuals member members employee employees staff
    observer observers activist activists lawmaker lawmakers legislator legislators adviser advisers
    advisor advisors representative representatives investigator investigators researcher researchers
    economist economists scientist scientists doctor doctors commander commanders minister ministers
    leader leaders executive executives worker workers negotiator negotiators critic critics
    supporter supporters auditor auditors inspector inspectors manager managers director directors
    engineer engineers nurse nurses teacher teachers lawyer lawyers attorney attorneys driver drivers
    pilot pilots farmer farmers owner owners founder founders candidate candidates voter voters
    reporter reporters journalist journalists editor editors professor professors student students
    strategist strategists pollster pollsters consultant consultants operative operatives organizer
    manufacturer chairman chairwoman president governor mayor senator judge prosecutor clerk
    surgeon physician soldier soldiers guard guards survivor survivors victim victims neighbour neighbor
    relative relatives friend friends colleague colleagues partner partners director-general foreman forewoman porter treasurer accountant administrator
    superintendent commissioner coordinator counsel architect clerk clerks
    nominee nominees rival rivals politician politicians advocate advocates businessman businesswoman mogul tycoon
    actor actress backer backers attendee attendees moderator moderators pundit pundits narrator speaker staffer
    staffers commentator commentators veteran veterans fan fans host pastor writer writers associate associates""".split()
)
# Titles that mark a named person.
PERSON_TITLES = frozenset(
    """mr mrs ms dr prof president minister senator sen rep gov governor mayor general gen chairman
    chairwoman chair chief judge justice secretary ambassador king queen prince princess pope sir lord
    lady colonel col captain capt lt sgt sheikh mullah imam rev""".split()
)
# Number words for quantities of people ("nine in 10 said", "two of the officials"). (Named
# apart from the quantities' NUMBER_WORDS below, which once shadowed this list.)
RESPONDENT_QUANTITY_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "a third",
                "a quarter", "most", "many", "some", "few", "several", "majority", "a majority", "two-thirds", "none",
                             "three-quarters", "three-fourths", "majorities", "all but two", "all but one")
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
# Plain nouns for people that, described ("the candidate's friends", "many voters"), can be
# a source. Not sources alone: "people said" needs a determiner or a name before it.
PEOPLE_WORDS = frozenset(
    """people friends allies voters supporters opponents colleagues neighbours neighbors relatives family
    families parents students teachers lawyers attorneys aides advisers democrats republicans conservatives
    liberals progressives candidates delegates donors strategists pollsters operatives participants
    organizers organisers protesters demonstrators organizers man woman men women someone everyone shareholders
    investors customers consumers traders borrowers tenants landlords buyers sellers owners users viewers readers
    others""".split()
)
# What a network supplies: "cut power to 85,000 homes" counts the homes cut off, not a new level.
SUPPLY_NOUNS = frozenset("power electricity water gas heating supplies supply access service services".split())
# Nouns for two people named together: "The couple tied the knot on ..." after "X married Y".
PAIR_WORDS = frozenset("couple pair duo".split())
# How an inner link of a chain was published: "Mohammad Naeem tweet" -> "Mohammad Naeem (tweet)".
# "X sent an email saying ...", "Y released a video calling ...": what a speaker publishes,
# and the verbs of publishing it.
CHANNEL_NOUNS = frozenset(
    "statement release email e-mail message letter memo ad advertisement video tweet note post op-ed".split()
)
PUBLISHING_VERBS = frozenset({"issued", "put out", "released", "posted", "sent", "sent out", "published", "ran", "aired",
                              "launched", "wrote", "tweeted", "circulated", "distributed", "unveiled"})
MEDIUM_WORDS = frozenset({"tweet", "post", "statement", "interview", "letter", "video", "message", "blog", "podcast"})


# --- Grammar words the attribution rules read (one place for every word list) -------------
# Words that may hedge a claim, read before the HEDGES phrases are looked for.
HEDGE_WORDS = frozenset(
    {"reportedly", "allegedly", "purportedly", "apparently", "supposedly", "unconfirmed", "rumoured", "rumored",
     "believed", "understood"}
)
PASSIVE_HEDGES = ("said to", "reported to", "thought to", "alleged to")
# Words that cannot be in (or open) a source phrase: they make it a clause.
NOT_IN_SOURCE = frozenset(
    """is are was were be been being has have had will would could can should may might must do does did
    that which whether if because when while although though who whom not never don't don’t doesn't doesn’t
    didn't didn’t""".split()
)
NOT_FIRST = frozenset({"and", "but", "or", "so", "as", "where", "who", "what", "how", "why", "to", "not", "than", "for",
                       "despite", "amid", "during", "without", "with", "from", "about", "of", "on", "in", "at", "into",
                       "under", "over", "through", "against", "like", "unlike"})
# A source phrase ending in one of these is a clause cut short ("Democrats controlled the Senate and").
NOT_LAST = frozenset({"and", "or", "but", "to", "of", "for", "with", "in", "on", "at", "by", "who", "which", "that", "widely", "not"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one", "two", "three", "some", "many", "several", "both", "all"})
NOUN_CUES = frozenset({"reports", "claims", "estimates", "notes", "states", "forecasts", "forecast", "figures"})
# Adverbs after a cue that modify what follows rather than the saying ("said only that",
# "said simply that" stays; "said likely voters ...": an adjective).
NOT_MANNER_ADVERBS = frozenset({"only", "likely", "early", "nearly", "roughly", "largely", "mostly", "especially"})
NOT_ADVERBS = frozenset({"family", "ally", "daily", "weekly", "monthly", "quarterly", "assembly", "supply", "rally"})
DESCRIBED_OPENERS = frozenset({"a", "an", "one", "two", "three", "several", "some", "many", "few", "another"})
HEAD_BREAKERS = frozenset({"of", "for", "at", "in", "on", "from", "with", "to", "by", "familiar", "close", "who", "which"})
SUBORDINATORS = frozenset(
    """that when while as after before because since if though although where whereas until once unless
    who whom which whose what how why""".split()
)
COORDINATORS = frozenset({"and", "but", "or", "so", "yet", "then"})
# Agentless relations, which PolNeAR marks with a cue and no source. A verb of asking in a
# passive or an opening participle before a question ("Asked whether ...", "she was asked
# about ..."), and a passive of expectation before "to" ("is widely expected to win").
AGENTLESS_QUESTION_VERBS = frozenset({"asked"})
QUESTION_OPENERS = frozenset("about if whether what why how who whom which when where to".split())
AGENTLESS_EXPECTATION_VERBS = frozenset({"expected"})
# Subordinators that open an adverbial clause with a subject of its own ("when Ada Voss spoke").
ADVERBIAL_SUBORDINATORS = frozenset({"when", "while", "as", "after", "because", "since", "though", "although", "once"})
# Verbs that take a cue as their infinitive ("continues to insist", "went on to say",
# "is expected to argue"): they and "to" belong to the cue, and their subject is the source.
CATENATIVE_VERBS = frozenset(
    """continue continues continued went goes go expected declined declines refused refuses tried tries
    interjected began begins seemed seems appeared appears moved rushed hastened took wanted wants""".split()
)
# A determiner right after a noun opens a clause inside a noun phrase ("the day the Post
# reports", "something many voters believe"); these subordinators open one too.
CONTACT_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "many", "some",
                                 "most", "few"})
CLAUSE_OPENERS = frozenset({"that", "which", "after", "as", "when", "before", "because", "since", "while", "until",
                            "if", "though", "although", "whether"})
# Clause openers after which a cue reports a thought inside another's words rather than a
# relation of its own ("what she said", "if they believe", "a claim that he noted").
UNMARKED_SUBORDINATORS = frozenset({"that", "what", "if", "whether", "how", "why", "whom", "before"})
# "You" in reporting is the reader or the interviewer, generic ("you think you can win?"): no source.
GENERIC_PRONOUNS = frozenset({"you"})
# Before a naming verb these make its content the clause owner's ("what he called X").
OBJECT_RELATIVES = frozenset({"what", "whom", "which"})
INDEFINITE_DETERMINERS = frozenset({"a", "an", "one", "another"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
# After "called": a phrasal verb, not naming ("called off", "called up").
PHRASAL_PARTICLES = frozenset({"off", "up", "in", "out", "back", "around"})
# Coordinators that may join two noun phrases into one source ("the mayor and the police chief").
NP_COORDINATORS = frozenset({"and", "or"})
# Auxiliaries and adverbs between a subject and its cue belong to the cue ("has long said").
CUE_AUXILIARIES = frozenset(
    """has have had also further later earlier previously again then now often once repeatedly long already even first
    yet still never would will could might may did does do recently initially privately publicly
    frequently twice not really just actually truly certainly don't don’t doesn't doesn’t didn't didn’t""".split()
)
# Focus particles that open a subject without belonging to it ("even some allies said",
# "only Ms. Lee knew"): the source starts after them.
FOCUS_PARTICLES = frozenset({"even", "only", "especially", "particularly"})
# Quantifiers that float after a plural subject ("the two leaders both said", "they all agreed").
FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})
NEGATED_AUXILIARIES = frozenset(
    "wouldn't won't can't couldn't shouldn't isn't wasn't hasn't haven't hadn't didn't don't doesn't".split()
)
# "I think", "we believe": a speaker's own voice inside what they say, which the
# quotation's attribution already covers (PolNeAR's annotators leave them out too).
FIRST_PERSON = frozenset("i we i'm i’m we're we’re i've i’ve we've we’ve i'd i’d".split())
# Capitalised sentence openers that are not names.
CAPITALISED_NOT_SOURCE = frozenset({"there", "this", "these", "those", "what", "here", "it's", "that's", "but", "other",
                                    "another"})
# Participles that may sit inside a noun phrase ("a retired officer", "unnamed officials").
ADJECTIVE_PARTICIPLES = frozenset(
    {"retired", "unnamed", "elected", "concerned", "armed", "unidentified", "informed", "respected"}
)
# Finite verbs that show a lowercase phrase is a clause, not a subject.
VERBISH = frozenset("went came made got took gave saw knew thought say says said am let".split())
NP_OPENERS = DETERMINERS | {"former", "another", "other", "most", "few", "each", "every", "no", "my", "your"}
# Cues that put their source after them in inverted quotations ('"...," said X').
INVERTING_CUES = frozenset(
    """said says added adds wrote writes asked asks argued argues explained explains noted notes replied
    warned warns insisted recalled declared reported told tweeted concluded cautioned countered conceded
    acknowledged stated observed remarked
    scoffed grumbled groused lamented bemoaned sneered whined quipped joked boasted bragged mused retorted shouted
    wondered speculated proclaimed affirmed contended asserted emphasized emphasised stressed
    complained admitted""".split()
)
# Words that end an inverted source ('said Sanders as he closed out').
INVERTED_STOP = frozenset({"as", "in", "on", "at", "during", "after", "when", "while", "before", "because", "from", "for",
                           "via", "with", "to", "that", "this", "last", "earlier", "later", "recently", "of"})
NOUN_STANCES = frozenset({"questions", "challenges", "demands", "calls for", "calls on"})
NOUN_FOLLOWERS = frozenset(
    "is are was were has have had will would of with for in on at by about from to host hosts".split()
)
RELATIVE_PRONOUNS = frozenset({"who", "which"})
PROGRESSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "been", "be", "keeps", "kept"})
NP_CONTINUATIONS = frozenset({"of", "for", "at", "from", "in", "with", "and", "'s", "’s"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
# Auxiliaries written onto a pronoun ("she's hoping", "they've said"); the rest is the cue's.
CONTRACTED_AUXILIARIES = frozenset({"s", "re", "ve", "d", "ll", "m"})
# Words of time that never head a source ("Monday said" is a date, not a speaker).
WEEKDAY_WORDS = frozenset(WEEKDAYS)
TIME_WORDS = frozenset(MONTHS) | WEEKDAY_WORDS | {"today", "yesterday", "tonight"}
# Units of time that end a time adverbial ("late last week", "this month").
TIME_UNITS = frozenset({"week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "day",
                        "summer", "winter", "spring", "autumn", "fall", "time"})


# ---------------------------------------------------------------------------
# Events and quantities: the vocabulary behind consistency findings.
# ---------------------------------------------------------------------------
# The event classes live in data/event_classes.tsv (one documented table); inflections come
# from lemminflect, whose word lists ship inside the package.

_DATA = Path(__file__).with_name("data")

AUXILIARIES = frozenset(
    "am is are was were be been being has have had having do does did will would shall should can could "
    "may might must".split()
)
# Words that carry no participant: articles, pronouns, prepositions, conjunctions, quantifiers.
FUNCTION_WORDS = frozenset(
    """a an the this that these those it its he she they them their his her we our us you your i my me
    of in on at by for with from to into onto over under about after before since until during while
    and or but nor so yet if then than as also not no never all any some each every both either neither
    other another such own same who whom whose which what when where why how there here more most
    much many few several""".split()
) | AUXILIARIES
# Words before an event noun that make it a different event from one named earlier.
DISTINCT_EVENT_WORDS = frozenset(
    """a an another second third fourth fifth first previous earlier separate new next last later latest
    prior smaller larger other further fresh similar one original recent upcoming coming forthcoming
    current""".split()
)
# Before a time expression: the time bounds or relates to the event, it does not date it.
NON_DATING_PREPOSITIONS = frozenset(
    "since until till by from before after within for through throughout over ahead following than between".split()
)
# Verbs that place an event in time without naming another ("it happened on Saturday").
LIGHT_EVENT_VERBS = frozenset("happen occur take come break begin start end unfold".split())
# Verbs that say an event occurred, after the event's noun: "the landslide struck on Monday", "the
# quake hit before dawn" (not an industrial strike): the noun is the event the time dates.
OCCURRENCE_VERBS = LIGHT_EVENT_VERBS | frozenset("strike hit erupt".split())
# Verbs of a later stage of an event: in "The evacuation, which was lifted on Wednesday" the clause's
# time dates the lifting, not the evacuation.
OTHER_STAGE_VERBS = frozenset(
    "lift end extend expire revoke overturn quash ratify approve postpone cancel scrap suspend "
    "criticise criticize appeal challenge review investigate".split()
)
# Verbs of finding out that an event happened: "The break-in, discovered on Sunday" happened on
# Sunday or before, never after.
FINDING_VERBS = frozenset("discover notice detect uncover spot".split())
# Verbs that herald an event, telling, ordering or calling it: "The deal, announced in January",
# "The election, called in October" may come before the event (completed on February 2, held on
# November 14), never after it.
HERALDING_VERBS = frozenset("announce unveil report reveal disclose confirm call schedule propose order".split())
# Before a verb: the event is yet to come or only possible ("will resign", "is due to open",
# "plans to", "may raise its bid").
FUTURE_MARKERS = frozenset(
    """will would shall going due plans plan planned expected scheduled set intends aims hope hopes hoped
    hoping forward expects expecting want wants seeks seeking may might""".split()
)
# Past verbs that make someone do what the "to" after them names: "forced the airport to cancel 23
# flights" says the flights were cancelled, not that they will be.
CAUSED_TO_MARKERS = frozenset("forced caused prompted led compelled obliged drove made".split())
NEGATIONS = frozenset("not no never n't".split())
# Before an event noun: the event was turned away, so it did not happen ("MCI rejected a deal
# worth $8bn", "the council blocked the sale"); a rejected event has no date or amount to contradict.
REJECTION_WORDS = frozenset(
    """rejected rejects reject rejecting refused refuses spurned rebuffed blocked blocks vetoed scrapped
    abandoned cancelled canceled withdrew withdrawn dropped declined""".split()
)
# Endings of nationality adjectives ("Japanese car maker", "a French rival", "Iraqi officials"):
# a capitalised word with one of them, before a lower-case noun, describes; it names no participant.
NATIONALITY_ENDINGS = ("ese", "ian", "ish", "ean", "can", "man", "ch", "i")
# Determiners before an event noun; the definite ones make it refer back ("the walkout").
EVENT_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "a", "an",
                         "another"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their", "our"})
# Words for spans of time (singular and plural), never participants of an event.
# Nouns a length of time can be the term of, written as a compound before them: "the six-year
# sentence", "a two-year contract", "a 10-year ban".
TERM_NOUNS = frozenset("sentence term ban suspension contract lease stint tenure mandate".split())
# Verbs that give an amount without naming it: "fined the bank 4.2 million euros" is a fine; a
# fine and a penalty are one thing.
AMOUNT_VERBS = {"fined": "fine", "ordered to pay": "fine", "raised": "money raised", "collected": "money collected",
                "won": "prize", "embezzled": "money taken", "stole": "money taken", "misappropriated": "money taken",
                "siphoned off": "money taken", "embezzling": "money taken", "stealing": "money taken"}
# Participles that name such an amount again after it: "The money raised, 48,000 pounds", "the 3.2
# million euros taken from the club".
AMOUNT_PARTICIPLES = {"raised": "money raised", "collected": "money collected", "won": "prize",
                      "embezzled": "money taken", "stolen": "money taken", "taken": "money taken",
                      "misappropriated": "money taken", "siphoned off": "money taken"}
# Verbs by which a giver puts up a sum ("the state government committed $4.2 million"), named again by
# its giver ("the $2.4 million from the state").
GIVING_VERBS = ("committed", "pledged", "granted", "gave", "contributed", "provided", "put up", "donated", "awarded",
                "allocated", "promised", "earmarked", "lent", "loaned", "chipped in", "handed over")
# Nouns for a sum of money that a verb after them names: "The money raised, 48,000 pounds, ...".
SUM_NOUNS = frozenset("money sum amount total funds cash".split())
# Verbs of a sale: "agreed to sell X to Y for 1.4 billion euros" gives the price.
SALE_VERBS = frozenset("sell sold buy bought acquire acquired signed".split())  # "signed X from Y for £18m"
AMOUNT_NOUN_SYNONYMS = {"penalty": "fine", "penalties": "fine", "sale": "price", "purchase": "price",
                        "takeover": "price", "acquisition": "price", "signing": "price", "transfer": "price",
                        "fee": "price", "deal": "price", "offering": "offering", "issue": "offering", "ipo": "offering",
                        "flotation": "offering", "listing": "offering"}
# Verbs that give a term without naming it: "jailed for seven years" is a seven-year sentence.
TERM_VERBS = {"jailed": "sentence", "imprisoned": "sentence", "sentenced": "sentence", "banned": "ban",
              "suspended": "suspension", "barred": "ban"}
TIME_UNIT_WORDS = frozenset(
    """day days night nights week weeks weekend weekends month months year years decade decades century
    spring summer autumn fall winter time hour hours minute minutes""".split()
)
# Before a verb's subject: the verb tells of another event than the one named before
# ("The last deadly earthquake in the district ... killed 27").
OTHER_EVENT_WORDS = frozenset("last previous earlier another separate similar prior".split())
# Adjectives that judge an event rather than pick one out: "the deadly blaze" is still the blaze.
EVALUATIVE_ADJECTIVES = frozenset(
    """deadly fatal huge massive major big serious devastating brief sudden surprise controversial
    long-awaited planned reported alleged apparent""".split()
)
# Nouns that can name any event ("the incident"): they refer to the article's main event.
GENERAL_EVENT_NOUNS = frozenset("incident event episode affair occurrence move tragedy disaster".split())
# Words for the occasion a story reports, whatever its lead calls it: "The ceremony came exactly 60 years
# after ..." of a bridge's opening (kept apart from the general nouns above, which refer back anywhere).
OCCASION_NOUNS = frozenset("ceremony celebration occasion event gathering festivities".split())


def _read_table(name: str) -> dict[str, tuple[tuple[str, ...], str]]:
    """``name`` in data/: class -> (words, flags) from lines "class<TAB>word, word<TAB>flags"."""
    table: dict[str, tuple[tuple[str, ...], str]] = {}
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, words, *flags = line.split("\t")
        table[key.strip()] = (tuple(w.strip().lower() for w in words.split(",") if w.strip()), " ".join(flags))
    return table


EVENT_CLASSES = {name: words for name, (words, _) in _read_table("event_classes.tsv").items()}
# A match result told with its score: "beat Dunmore 3-1", "drew 1-1 with", and named again as
# "the 2-1 win", "this 0-3 defeat".
RESULT_VERBS = ("beat", "beats", "defeated", "thrashed", "edged", "overcame", "won", "win", "wins", "lost", "lose",
                "drew", "draw", "routed", "crushed", "downed", "hammered", "stunned", "edged past", "saw off")
RESULT_NOUNS = ("win", "victory", "defeat", "loss", "draw", "triumph", "thrashing", "rout", "drubbing", "success",
                "home win", "away win", "home defeat", "away defeat", "home loss", "away loss")
# A player's goals in one match, in words: "scored twice", "a brace", "his hat-trick".
GOAL_COUNT_WORDS = {"once": 1, "twice": 2, "a brace": 2, "brace": 2, "a hat-trick": 3, "hat-trick": 3, "hat trick": 3,
                    "a hat trick": 3, "three times": 3, "four times": 4}
# People named through another ("Otten's deputy", "the mayor's successor"), beside the role and
# kinship words: the subject is then someone else than the named person.
RELATIVE_PERSON_WORDS = frozenset("deputy deputies successor predecessor rival rivals partner assistant secretary "
                                  "colleague colleagues ally allies counterpart opponent".split())
# Lengths, heights and depths as written, each to one unit name ("14 kilometres long", "the
# 11-km tunnel"): a thing's size told twice is compared in one unit.
LENGTH_UNITS = {"km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
                "mile": "mile", "miles": "mile", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
                "m": "m", "foot": "ft", "feet": "ft", "ft": "ft"}
# People held against their will: "released 14 hostages", "the prisoners were released" is a
# freeing, not the release of a report.
CAPTIVE_WORDS = frozenset("hostage hostages captive captives prisoner prisoners detainee detainees inmate inmates".split())
# Parts of the body: "broke her leg", "fractured his wrist" is an injury, not a breaking of rules.
BODY_PARTS = frozenset(
    """leg legs arm arms wrist wrists ankle ankles hip hips collarbone rib ribs neck back skull jaw nose
    shoulder shoulders knee knees foot feet hand hands finger fingers pelvis spine elbow elbows thumb toe
    toes cheekbone vertebra vertebrae femur tibia kneecap""".split())
BODY_INJURY_VERBS = frozenset({"break", "fracture", "dislocate", "tear", "rupture", "sprain", "twist", "crack"})
# Verbs that dismiss when their object is a person ("fired Tait", "axed its coach"); with another
# object they keep their table sense ("fired shots", "fire" the blaze).
DISMISSING_VERBS = frozenset({"fire", "axe", "ax"})
# What a body passes or adopts by deciding: "passed the bill" is a decision, "passed the ball" is not.
DECIDED_THINGS = frozenset("bill bills law laws motion motions budget budgets legislation measure measures resolution "
                           "resolutions amendment amendments ordinance ordinances statute".split())
ONCE_EVENT_CLASSES = frozenset(name for name, (_, flags) in _read_table("event_classes.tsv").items() if "once" in flags)
# (earlier class, later class): events that come in one order for the same participants.
EVENT_ORDER = frozenset(
    tuple(line.split("\t")[:2]) for line in (_DATA / "event_order.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
PLURAL_EVENT_CLASSES = frozenset(
    name for name, (_, flags) in _read_table("event_classes.tsv").items() if "plural" in flags.split()
)
LASTING_EVENT_CLASSES = frozenset(
    name for name, (_, flags) in _read_table("event_classes.tsv").items() if "lasting" in flags
)
EFFECT_EVENT_CLASSES = frozenset(
    name for name, (_, flags) in _read_table("event_classes.tsv").items() if "effect" in flags.split()
)
# Verbs that date the start of a lasting event ("the strike began on Monday").
# Event nouns that close a capitalised name of one event: "the Cedar Flat Fire", "the Valley Floods".
NAMED_EVENT_HEADS = frozenset("""fire fires blaze flood floods earthquake quake eruption spill outbreak
    riots riot massacre shooting bombing attack crash disaster derailment collapse""".split())
START_VERBS = frozenset("begin start launch open erupt commence kick".split())
# Phrases that date the start of a state ("the truce took effect on May 3", "the ban came into
# force"), as lemma sequences after the event's noun.
START_PHRASES = (("take", "effect"), ("come", "into", "force"), ("come", "into", "effect"), ("go", "into", "effect"),
                 ("enter", "into", "force"), ("enter", "force"))
NOUN_CLASSES = {name: words for name, (words, _) in _read_table("noun_classes.tsv").items()}
# Things, not people: "14 houses were buried" by a landslide is covered, not a burial.
THING_CLASS_NOUNS = frozenset(
    word for name in ("home", "building", "aircraft", "vessel", "vehicle", "store") for word in NOUN_CLASSES[name])

# Nouns of a measure that moves over time or by forecast ("an annual rate of 3.7%" ... "the 4.2%
# rate pencilled in by forecasters"): an amount of one named again may be another period's.
CHANGING_MEASURE_NOUNS = frozenset(
    """rate rates growth inflation unemployment yield return returns increase rise fall decline drop gain loss
    losses margin forecast estimate target average""".split())

# "The 18 victims", "the 16 dead", "all 14 detainees": a definite count of the people an event
# touched refers to the story's event of that kind. Victims may be more than the dead (the injured
# are victims too), never fewer.
PEOPLE_OF_AN_EVENT = {"dead": "death", "fatalities": "death", "victims": "death", "injured": "injury",
                      "wounded": "injury", "detainees": "arrest", "evacuees": "evacuation"}
VICTIM_AT_LEAST = frozenset({"victims"})

# Nouns spelt like an event verb that name a thing: "a sign at the exit" (not a signing), "bare
# hands", "the post of director", "a present", "the grounds of the hospital", "the rules".
THING_NOUNS = frozenset("sign signs hand hands post posts mail present presents ground grounds rule rules".split())

# Event nouns after a noun that count the things they act on, with their verbs: "900 job losses"
# counts jobs lost, "14 flight cancellations" flights cancelled, "the 30 store closures" stores closed.
ACTS_ON_THE_NOUN_BEFORE = {"loss": "lose", "cut": "cut", "closure": "close", "cancellation": "cancel",
                           "sale": "sell", "delay": "delay"}
# Verbs of doing away with some of a thing: "cut 1,300 jobs", "shed 900 jobs", "the job losses".
REDUCTION_VERBS = frozenset("cut axe shed slash lose eliminate scrap".split())

# Nouns for a journey, whose length runs from leaving to arriving: "the five-day voyage".
JOURNEY_NOUNS = frozenset("voyage journey crossing trip flight passage trek cruise drive ride".split())

# Nominalisation suffixes and the verb endings they come from, tried in order:
# resignation -> resign, evacuation -> evacuate, agreement -> agree, dismissal -> dismiss,
# approval -> approve, closure -> close, discovery -> discover, opening -> open.
DERIVATION_SUFFIXES = (
    ("ation", ("", "ate", "e")), ("ition", ("ish", "e")), ("sion", ("de", "se", "t")), ("tion", ("te", "t", "")),
    ("ment", ("",)), ("al", ("", "e")), ("ure", ("e", "")), ("ery", ("er",)),
    ("ance", ("", "e")), ("ence", ("", "e")),
)

# Nouns shaped like nominalisations that name institutions, places or things, not events:
# "department" is not a departure, "federation" not an act of federating.
NON_EVENT_NOUNS = frozenset(
    """government department federation association organisation organization administration corporation
    conference commission committee station nation population foundation institution apartment
    compartment establishment parliament environment equipment management employment revenue
    treatment condition position population location generation operation operations station
    residence evidence audience science experience sentence building delegation representative
    representation legislation regulation publication""".split()
)

# Words for a relative: "his wife Audrey died aged 91" gives the wife's age, not the subject's.
KINSHIP_WORDS = frozenset(
    """wife husband son daughter mother father brother sister partner widow widower child grandson
    granddaughter grandmother grandfather uncle aunt nephew niece cousin""".split()
)

# Kinds that together make up every member of a group ("51 men, 14 women and six children"): a list
# naming all the kinds of one set is the whole breakdown even when it says "included".
COMPLEMENTARY_KINDS = (frozenset({"man", "woman", "child"}), frozenset({"man", "woman"}), frozenset({"adult", "child"}),
                       frozenset({"boy", "girl"}), frozenset({"adult", "minor"}), frozenset({"male", "female"}))

# Numbers written as words.
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    "a hundred": 100, "half a dozen": 6, "two dozen": 24, "three dozen": 36, "four dozen": 48,
}
# Every one-word number word as one regex alternation, longest first ("seventeen" before "seven"):
# the one place rules that read numbers written in words take it from.
NUMBER_WORD_ALTERNATION = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
# "twenty-three", "Forty-one": a tens word and a unit joined by a hyphen (read by number_word_value).
COMPOUND_NUMBER_WORD = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven"
                        r"|eight|nine)")


def number_word_value(written: str) -> int:
    """The value of a number word, one-word or compound: "twelve" 12, "Twenty-three" 23."""
    tens, _, unit = written.lower().partition("-")
    return NUMBER_WORDS[tens] + (NUMBER_WORDS[unit] if unit else 0)


def names_in(sentence: str) -> set[str]:
    """The capitalised words of a sentence that may name someone or something ("Cwm", "Taf", "Kirinofuji"):
    not function words, weekdays or months, which are capitalised for other reasons."""
    return {w for w in _NAME_WORD.findall(sentence)
            if w.lower() not in FUNCTION_WORDS and w.lower() not in WEEKDAYS and w.lower() not in MONTHS}


_NAME_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def amount_value(number: str, scale: str | None) -> float:
    """An amount written with digits and a scale word: ("1.25", "million") -> 1,250,000."""
    return float(number.replace(",", "")) * SCALE_WORDS.get((scale or "").lower(), 1.0)


def last_digit_step(number: str, scale: str | None) -> float:
    """One unit of an amount's last written digit, in its scale: ("2.4", "million") -> 100,000."""
    digits = number.replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return 10 ** -decimals * SCALE_WORDS.get((scale or "").lower(), 1.0)


def count_value(written: str) -> float:
    """A count written in digits or words: "27", "0.65", "nine", "Twenty-three", "a"/"an" (one)."""
    word = written.strip().lower().replace(",", "")
    if word in ("a", "an"):
        return 1.0
    if word[:1].isdigit():
        return float(word)
    return float(number_word_value(word))
FRACTION_WORDS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3,
    "two-thirds": 2 / 3, "two thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25, "one-quarter": 0.25,
    "three-quarters": 0.75, "three quarters": 0.75, "a fifth": 0.2, "one-fifth": 0.2, "a tenth": 0.1,
}
# What a quantity bought at a unit price is called when its total is named ("the N25.5 billion
# consignment", "The transaction, valued at N20.5 billion").
PURCHASE_NOUNS = frozenset("""consignment cargo shipment purchase deal transaction order contract sale batch delivery
    repurchase buyback""".split())
# Anniversaries told by name ("its golden jubilee", "the club's centenary"): the years they mark.
NAMED_ANNIVERSARIES = {"silver jubilee": 25, "ruby jubilee": 40, "golden jubilee": 50, "diamond jubilee": 60,
                       "platinum jubilee": 70, "centenary": 100, "centennial": 100, "bicentenary": 200,
                       "bicentennial": 200, "sesquicentennial": 150, "half-century": 50, "half century": 50,
                       "quarter-century": 25, "quarter century": 25}
# Measures reports name by either word ("profit before tax" / "pre-tax earnings"; "revenue" / "turnover").
SAME_MEASURE_NOUNS = (frozenset({"profit", "earning", "earnings"}), frozenset({"revenue", "turnover"}))
# Words that make a number approximate or a bound ("about 210,000", "nearly 2.6 million", "more than
# 300"), as one regular-expression alternation for the rules that widen their tolerance for them.
NUMBER_HEDGE_ALTERNATION = (r"about|around|roughly|approximately|nearly|almost|some|more\s+than|over|just\s+over"
                            r"|just\s+under|up\s+to")
# Nouns that name a count or an amount without saying of what ("numbers climb", "the figure rose"):
# they point back to what the article counted.
GENERIC_COUNT_NOUNS = frozenset("number numbers figure figures total totals count tally level levels".split())
SCALE_WORDS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
               "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "crore": 1e7}  # "Rs 2,450 crore": South Asian scales
CURRENCY_WORDS = {
    "$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "pound": "GBP", "pounds": "GBP", "pence": "GBP-p", "p": "GBP-p", "yen": "JPY", "¥": "JPY",
    "franc": "CHF", "francs": "CHF", "rupees": "INR", "rs": "INR", "₹": "INR", "r": "ZAR", "rand": "ZAR",
    "yuan": "CNY", "crowns": "crown", "kronor": "SEK", "₦": "NGN", "n": "NGN", "naira": "NGN", "sh": "KES",
    "ksh": "KES", "shillings": "KES", "gh₵": "GHS", "₵": "GHS", "cedis": "GHS",
}
def currency_code(written: str) -> str:
    """The currency a sign or word names ("£", "euros", "Rs. ", "N"), or the word itself."""
    written = written.strip().rstrip(".").lower()
    return CURRENCY_WORDS.get(written, CURRENCY_WORDS.get(written.rstrip("s"), written.rstrip("s")))


# Letters that may stand before a dollar or cedi sign ("US$540", "HK$143.50", "GH₵2,600"), for the few
# patterns that must start at the amount's first letter; the alternation below leaves them out to stay fast.
SIGN_PREFIX = r"(?:\b(?:US|AU|NZ|HK|NT|GH|[ACSZ])(?=[$₵]))?"
# The signs written before an amount, as a regular-expression alternation ("£4.2m", "Rs 1,200 crore",
# "R94 billion"), and the scale words after it, longest first.
CURRENCY_SIGN_ALTERNATION = r"[$€£¥₹₦₵]|\bRs\.?\s?|\bK?Sh\.?\s?(?=\d)|\b[RN](?=\d)"  # "N412.6 billion", "Sh10 billion", "₵2,600"
SCALE_ALTERNATION = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
PERCENT_WORDS = frozenset({"%", "percent", "per cent", "pct", "percentage points"})
MEASURE_UNITS = frozenset(
    """km kilometres kilometers kilometre kilometer miles mile metres meters metre meter m cm mm ft feet
    tonnes tons tonne ton kg kilograms kilos litres liters litre liter gallons barrels hectares acres
    degrees seconds minutes hours days weeks months years mph kph megabytes gigabytes terabytes mb gb tb
    bytes kilobytes kb mbps second minute hour day week month year inch inches megapixel megapixels pixels
    watts watt volts""".split()
)
# Before a number: how it bounds the true value. (low factor, high factor) of the value;
# None means unbounded on that side.
QUANTITY_MODIFIERS = {
    "at least": (1.0, None), "more than": (1.0, None), "over": (1.0, None), "upwards of": (1.0, None),
    "in excess of": (1.0, None), "no fewer than": (1.0, None), "at most": (None, 1.0), "up to": (None, 1.0),
    "fewer than": (None, 1.0), "less than": (None, 1.0), "under": (None, 1.0), "no more than": (None, 1.0),
    "about": (0.9, 1.1), "around": (0.9, 1.1), "roughly": (0.9, 1.1), "approximately": (0.9, 1.1),
    "some": (0.85, 1.15), "an estimated": (0.85, 1.15), "estimated": (0.85, 1.15), "close to": (0.85, 1.05),
    "nearly": (0.85, 1.0), "almost": (0.85, 1.0), "just under": (0.9, 1.0), "just over": (1.0, 1.1),
    "about a": (0.85, 1.15), "roughly a": (0.85, 1.15), "some a": (0.85, 1.15),
    "exactly": (1.0, 1.0), "in all,": (1.0, 1.0), "a total of": (1.0, 1.0), "all": (1.0, 1.0),
}
# Written right after the number: "300-plus victims", "200-odd homes", "40+ years" (a little over).
SUFFIX_QUANTITY_MODIFIERS = {"plus": (1.0, None), "+": (1.0, None), "odd": (1.0, 1.35)}
# Near a quantity: it changes over time or counts a different group, so a different
# value elsewhere is not a contradiction ("three more bodies", "rose to seven from four").
# Participles that say a thing kept going ("has carried traffic for 85 years", "had run for 97
# years"): with a start year they date a span. Not "worked", "lived", "closed": people and states.
SPAN_PARTICIPLES = frozenset(
    """run operated served carried stood existed traded sailed flown linked connected spanned hosted housed
    published broadcast produced supplied""".split()
)
SPAN_STATES = frozenset("open running operating trading".split())  # "has been open for", "been in service for"
# Times of a day: "by noon", "by evening" (with TIME_UNIT_WORDS, weekdays and months they make
# the "by <time>" that marks a running total reached later).
PARTS_OF_DAY = frozenset("morning noon midday afternoon evening night nightfall midnight dawn dusk daybreak".split())
UPDATE_MARKERS = frozenset(
    """more another further additional extra new other remaining rest total cumulative including among average
    averaged from previous earlier rose fell risen fallen increased decreased reached climbed dropped compared
    now still""".split()
)
# Prepositions that are not function words above: a counted noun phrase ends before them
# ("61 protesters outside parliament" counts protesters).
PLACE_PREPOSITIONS = frozenset(
    "outside inside near across along around behind beyond beside despite against toward towards amid amidst "
    "among via including throughout underneath".split()
)
# Verbs a candidate's share of a vote follows: "her challenger took 44%".
VOTE_SHARE_VERBS = frozenset("won took got received secured polled garnered gained captured win take get".split())
# Things that run to a timetable, many a day: "the 7.15am train" is one of them, not an event told before.
TIMETABLED_NOUNS = frozenset(
    "train bus flight ferry sailing service departure arrival show screening performance showing class lesson "
    "session shift tide bulletin briefing news programme program broadcast mass kickoff kick-off tee-off "
    "slot appointment curfew deadline start race heat match game".split())
# Ways of voting that make a count of voters a part of the whole: "1,940 people cast ballots at
# advance polls" are only the early voters, not the turnout.
VOTING_MODES = frozenset("advance early postal post mail absentee proxy special mobile overseas online electronic".split())
# Verbs that move a value: "raised its bid to £1.5bn", "cut the forecast to 2%" — the number after
# "to" replaces an earlier one, an update rather than a second value for one fact.
CHANGE_VERBS = frozenset(
    """raise raised raises raising up upped ups upping increase increased increases increasing lift lifted lifts
    boost boosted boosts cut cuts cutting lower lowered lowers reduce reduced reduces trim trimmed trims revise
    revised revises rose rise rises fell fall falls climbed jumped slipped dropped doubled halved""".split()
)


# ---------------------------------------------------------------- lemminflect, the morphology tables
# Every lookup of lemmas in analysis/ goes through this function, so the
# tables are imported one way, on first use (commands that never analyse text do not pay for them).


def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's lemmas of ``word`` by part of speech ({"VERB": ("resign",), "ADJ": (...)})."""
    tables = _lemma_tables()
    if tables is None or word != word.lower():
        return _lemminflect().getAllLemmas(word)
    # A lower-case word, read straight from the two tables getAllLemmas merges: its deep copies
    # of both entries cost an ingest worker more than the rest of the lookup (tested alike).
    lemmas, overrides = tables
    found, extra = lemmas.get(word), overrides.get(word)
    if not found and not extra:
        return {}
    merged = {**found, **extra} if found and extra else (found or extra)
    return {pos: tuple(lemma.lower() for lemma in spellings) for pos, spellings in merged.items()}


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[dict, dict] | None:
    """lemminflect's lemma and override tables, where its Lemmatizer still keeps them as before."""
    lemmatizer = _lemminflect().core.Lemmatizer.Lemmatizer()
    try:
        return lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()
    except AttributeError:  # another lemminflect: its public lookup, deep copies and all
        return None


class _WithoutSpacy:
    """An import hook that makes ``import spacy`` fail while lemminflect is imported: its
    package init registers spaCy token extensions whenever spaCy is installed, an import of
    1.5-2 s that every ingest worker would pay for a hook analysis/ never uses."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.partition(".")[0] == "spacy":
            raise ImportError("spaCy is not needed for lemminflect's tables")


@lru_cache(maxsize=1)
def _lemminflect():  # type: ignore[no-untyped-def]
    import sys

    if "spacy" in sys.modules:  # spaCy already loaded by the caller: its hook costs nothing more
        import lemminflect
    else:
        blocker = _WithoutSpacy()
        sys.meta_path.insert(0, blocker)
        try:
            import lemminflect
        finally:
            sys.meta_path.remove(blocker)
    return lemminflect

# --- words the conflict rules read (kept here so each list has one home) ---

# Kinds of stopping one span of hours may be told as: "halted" ... "the shutdown", "the closure".
STOPPAGE_CLASSES = frozenset({"closure", "suspension", "outage", "strike", "cancellation"})
# What stops a service at one clock time and what brings it back at another ("supply was cut at
# 6.15am and fully restored at 1.15pm"; "the line was closed at 9am and reopened at noon").
INTERRUPTION_VERBS = ("cut", "cut off", "lost", "went off", "went out", "went down", "halted", "suspended", "stopped",
                      "shut", "shut down", "closed", "blocked", "interrupted", "knocked out")
RESUMPTION_VERBS = ("restored", "resumed", "reopened", "came back", "back on", "returned", "lifted", "restarted",
                    "switched back on", "turned back on", "cleared")
# Nouns and words that tell a change as a fall: "a drop of 20 per cent", "down 3%".
FALLING_CHANGE_WORDS = frozenset({"drop", "fall", "decline", "decrease", "cut", "reduction", "down"})
# A change told as a percentage without its levels ("a 31 per cent profit rise", "Revenue grew 8%"),
# by direction: the nouns and the verbs that tell it.
CHANGE_RISE_NOUNS = frozenset("rise increase jump gain growth surge climb hike boost".split())
CHANGE_FALL_NOUNS = frozenset("drop fall decline decrease reduction slump slide dip".split())
CHANGE_RISE_VERBS = frozenset("""rose risen rise rises increased increase increases grew grown grow grows climbed climb climbs
                               jumped jump jumps surged surge soared soar gained gain""".split())
CHANGE_FALL_VERBS = frozenset("""fell fallen fall falls dropped drop drops declined decline decreased decrease slumped slump
                               slid slide dipped dip shrank shrink""".split())
# A shop's hours, not an event: "shortly after opening", "before closing".
OPENING_HOURS_WORDS = frozenset({"opening", "closing"})
# Words that end a noun phrase after a count ("38 homes in Little Brackwell were flooded").
NOUN_PHRASE_ENDS = frozenset("was were is are has have had will would could can may might did does do said say says "
                             "and but when while after before because who which that".split())
# Words at a clause's start that say nothing of what a measure is ("the number of", "last year").
NOT_SUBJECT_WORDS = frozenset("that this with said have from than their there they which what when last year years "
                              "number numbers level levels total".split())
