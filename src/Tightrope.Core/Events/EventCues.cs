using Tightrope.Text;

namespace Tightrope.Events;

/// <summary>Cue words of the event stage, held as vocabulary ids.</summary>
internal sealed class EventCues(Vocabulary v)
{
    public WordSet Prepositions { get; } = new(v, "of", "in", "on", "at", "to", "with", "by", "for", "from", "against", "over", "about",
        "into", "toward", "towards", "between", "among", "amid", "after", "before", "during", "since", "despite", "near", "around",
        "like", "unlike", "including", "via", "under", "across", "through", "without", "within", "beyond", "than", "as", "off",
        "outside", "behind", "along", "upon", "following", "alongside", "besides", "except", "per", "toward");

    public WordSet Determiners { get; } = new(v, "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
        "our", "my", "your", "no", "any", "some", "another", "such", "both", "all", "several", "many", "two",
        "three", "four", "five", "more", "further", "fresh", "new", "recent", "latest", "first", "second", "third", "last",
        "possible", "potential", "planned", "proposed", "joint", "bilateral", "trilateral", "military", "economic", "diplomatic",
        "nuclear", "major", "large", "small", "deadly", "fatal", "rare", "direct", "official", "formal", "separate", "repeated",
        "previous", "upcoming", "brief", "surprise", "annual", "landmark", "historic", "massive", "full-scale", "widespread",
        "mass", "nationwide", "street", "angry", "huge", "growing",
        "violent", "peaceful", "high-level", "ongoing", "strong", "sharp", "stern", "renewed", "overnight", "weekend", "rival",
        "large-scale", "unannounced", "expected", "scheduled", "emergency", "retaliatory", "sweeping", "tough", "harsh",
        "humanitarian", "financial", "naval", "trade", "state", "summit", "ministerial", "telephone", "phone", "video",
        "of", "for", "after", "amid", "following", "despite", "during", "over", "against", "about", "with", "in", "on", "by",
        "from", "'s", "'", "per", "cent", "percent", "cross-border", "alleged", "reported", "suspected", "continued", "further");

    public WordSet Articles { get; } = new(v, "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "no");

    public WordSet Be { get; } = new(v, "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get", "got", "gets", "getting",
        "remain", "remains", "remained", "stay", "stays", "stayed");

    public WordSet Auxiliaries { get; } = new(v, "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "could", "should", "may", "might", "can", "did", "does", "do", "shall", "must", "also", "not", "n't", "never",
        "reportedly", "already", "later", "then", "again", "jointly", "formally", "officially", "publicly", "swiftly", "quickly",
        "strongly", "sharply", "firmly", "repeatedly", "just", "recently", "still", "once", "finally", "immediately", "allegedly",
        "reportedly", "openly", "effectively");

    public WordSet By { get; } = new(v, "by");
    public WordSet To { get; } = new(v, "to");
    public WordSet On { get; } = new(v, "on");
    public WordSet And { get; } = new(v, "and", "&");
    public WordSet Comma { get; } = new(v, ",");
    public WordSet Between { get; } = new(v, "between");
    public WordSet The { get; } = new(v, "the");

    public WordSet StoppageNouns { get; } = new(v, "suspension", "halt", "end", "cessation", "pause", "moratorium", "freeze", "ban", "stop");
    /// <summary>Verbs whose object is an event counted or fled from, not one their subject did ("tallied 14 air strikes", "fleeing renewed shelling").</summary>
    public WordSet CountingOrFleeing { get; } = new(v, "counted", "tallied", "recorded", "documented", "logged", "listed", "totalled", "totaled",
        "flee", "flees", "fled", "fleeing", "escape", "escaped", "escaping");

    /// <summary>Nouns whose "that" clause is someone's claim, not the reporter's ("rejected Washington's allegation that it had supplied arms").</summary>
    public WordSet ClaimNouns { get; } = new(v, "allegation", "allegations", "claim", "claims", "accusation", "accusations", "rumour", "rumours",
        "rumor", "rumors", "suggestion", "suggestions", "speculation", "suspicion", "suspicions");

    /// <summary>A crowd without a noun ("Thousands marched"); "tens of"/"hundreds of" may come before it.</summary>
    public WordSet Crowd { get; } = new(v, "thousands", "hundreds", "dozens");

    /// <summary>Modifiers that make an event noun someone's claim ("the alleged chemical attack").</summary>
    public WordSet Alleged { get; } = new(v, "alleged", "suspected", "purported", "rumoured", "rumored");

    /// <summary>Sentence-initial words of an inverted condition ("Should Serbia send troops, NATO would respond").</summary>
    public WordSet InvertedConditional { get; } = new(v, "should", "were", "had");

    public WordSet StoppagePrepositions { get; } = new(v, "of", "on", "to", "in");
    public WordSet RelativePronoun { get; } = new(v, "which", "who", "whom");
    public WordSet That { get; } = new(v, "that");
    public WordSet Subordinator { get; } = new(v, "while", "whereas", "although", "though", "because", "unless", "if", "whether", "as",
        "after", "before", "when", "since", "until", "once", "where");
    public WordSet StrongSubordinator { get; } = new(v, "while", "whereas", "although", "though", "because", "unless", "if", "whether", "when", "where");
    public WordSet Quantity { get; } = new(v, "thousands", "hundreds", "dozens", "scores", "tens", "millions", "some", "many", "most", "group", "groups", "crowds", "members", "several", "all", "none", "one", "two", "three", "both", "each");
    public WordSet ThroughPrepositions { get; } = new(v, "of", "in", "at", "near", "across", "from", "on", "to", "than");
    public WordSet Epistemic { get; } = new(v, "possibility", "prospect", "prospects", "scenario", "if");
    public WordSet Commentary { get; } = new(v, "doubt", "doubts", "doubted", "fear", "fears", "feared", "speculate", "speculated",
        "speculation", "unclear", "whether", "rumoured", "rumored");
    public WordSet Conditional { get; } = new(v, "if", "unless", "whether");
    public WordSet ClauseCoordinator { get; } = new(v, "but", "yet");
    public WordSet Reporting { get; } = new(v, "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "insisted",
        "claimed", "argued", "reported", "confirmed", "stressed", "explained", "wrote", "declared", "asserted", "according", "saying");
    /// <summary>Prepositions that attach to a noun ("curbs on exports"), unlike "about" or "around" before a number.</summary>
    public WordSet NounPrepositions { get; } = new(v, "on", "of", "against", "to", "with", "for", "in", "at", "from", "by");
    public WordSet Retaliation { get; } = new(v, "responded", "responds", "respond", "retaliated", "retaliates", "retaliate", "reacted", "reacts", "replied", "countered");
    public WordSet SpeechActs { get; } = new(v, "urged", "called", "demanded", "accused", "condemned", "rejected", "denied", "criticised",
        "criticized", "expressed", "appealed", "welcomed", "praised", "blamed");
    public WordSet ReportingOrIntent { get; } = new(v, "said", "says", "say", "told", "added", "stated", "announced", "vowed",
        "pledged", "promised", "insisted", "declared", "warned", "threatened", "indicated", "signaled", "signalled", "hinted", "saying");

    public WordSet LightOrMentalPast { get; } = new(v, "thought", "felt", "knew", "heard", "understood", "meant", "got", "came", "went",
        "did", "made", "kept", "stood", "sat", "slept", "woke", "wore", "grew", "rose", "fell", "ran", "spun", "hung", "shone", "stuck");

    public WordSet Negation { get; } = new(v, "not", "n't", "never", "neither", "nor", "without", "failed", "fails", "fail", "refrained");
    public WordSet NounNegation { get; } = new(v, "no");
    public WordSet Hypothetical { get; } = new(v, "could", "might", "may", "should", "potential", "possible", "possibly",
        "hypothetical", "would", "risk", "threat", "prospect", "considering", "consider", "considers", "mulling", "weighing");
    public WordSet Expected { get; } = new(v, "expected", "set", "scheduled", "due", "likely", "poised", "slated", "upcoming", "forthcoming", "anticipated");
    public WordSet ExpectedNeedsTo { get; } = new(v, "expected", "set", "scheduled", "due", "likely", "poised", "slated");
    public WordSet Intended { get; } = new(v, "will", "'ll", "shall", "plan", "plans", "planned", "planning", "intend", "intends",
        "intended", "intending", "seek", "seeks", "sought", "seeking", "aim", "aims", "aimed", "aiming", "want", "wants", "wanted",
        "hope", "hopes", "hoped", "hoping", "vow", "vows", "vowed", "prepare", "prepares", "prepared", "preparing", "going", "try",
        "tries", "tried", "trying", "attempt", "attempts", "attempted", "propose", "proposes", "proposed", "ready", "willing",
        "determined", "resolved", "intention", "plans", "eager", "keen", "wish", "wishes", "decided", "decides", "decide", "agreed");

    // Verbs whose complement the subject says did not happen: "denied attacking", "denied that its forces fired".
    public WordSet Denial { get; } = new(v, "deny", "denies", "denied", "denying");

    // Nouns whose participle says what the statement does: "issued a statement condemning the drills".
    public WordSet StatementNouns { get; } = new(v, "statement", "statements", "letter", "communique", "communiqué",
        "declaration", "resolution", "message", "note");

    // Verbs by which the subject makes such a statement its own ("issued", "released"), unlike "blocked a statement".
    public WordSet IssueVerbs { get; } = new(v, "issue", "issued", "issues", "release", "released", "releases", "publish",
        "published", "publishes", "post", "posted", "posts", "send", "sent", "sends", "adopt", "adopted", "adopts", "put",
        "puts", "deliver", "delivered", "delivers", "read", "reads");

    // Words directly before "to" that make the following verb a coded event (with a modality) rather than
    // the content of another event.
    public WordSet InfinitiveLicensors { get; } = new(v, "expected", "set", "scheduled", "due", "likely", "poised", "slated",
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "seek", "seeks", "sought", "seeking",
        "aim", "aims", "aimed", "aiming", "want", "wants", "wanted", "hope", "hopes", "hoped", "hoping", "vow", "vows", "vowed",
        "prepare", "prepares", "prepared", "preparing", "going", "try", "tries", "tried", "trying", "attempt", "attempts",
        "attempted", "ready", "willing", "determined", "failed", "fails", "fail", "continue", "continues", "continued",
        "began", "begin", "begins", "started", "start", "moved", "moves", "move", "decided", "decides", "decide", "used",
        "able", "unable", "eager", "keen", "managed", "threatening", "is", "are", "was", "were", "'s", "has", "have", "had", "need", "needs");

    public WordSet SupportVerbs { get; } = new(v, "hold", "held", "holds", "holding", "conduct", "conducted", "conducts", "conducting",
        "carry", "carried", "stage", "staged", "stages", "staging", "launch", "launched", "launches", "launching", "impose", "imposed",
        "imposes", "imposing", "announce", "announced", "announces", "begin", "began", "begun", "start", "started", "starts", "resume",
        "resumed", "resumes", "continue", "continued", "continues", "make", "made", "makes", "pay", "paid", "pays", "issue", "issued",
        "issues", "lodge", "lodged", "file", "filed", "oversaw", "oversee", "oversees", "overseen", "supervised", "supervises",
        "guided", "observed", "watched", "level", "leveled", "levelled", "mount", "mounted", "order", "ordered", "approve",
        "approved", "approves", "authorize", "authorized", "unveil", "unveiled", "deliver", "delivered", "send", "sent", "provide",
        "provided", "provides", "offer", "offered", "complete", "completed", "host", "hosted", "hosts", "kick", "kicked", "wrap",
        "wrapped", "joined", "join", "joins", "led", "lead", "leads", "organize", "organized", "organised", "plan", "planned",
        "plans", "extend", "extended", "extends", "intensify", "intensified", "step", "stepped", "escalate", "escalated", "expand",
        "expanded", "ramp", "ramped", "fired", "fire", "fires", "renew", "renewed", "slapped", "slap", "maintain", "maintained",
        // present tense, as headlines report the past: "Poland Begins Investigation"
        "carries", "announcing", "begins", "beginning", "starting", "lodges", "files", "mounts", "orders", "authorizes",
        "authorises", "authorised", "unveils", "delivers", "sends", "offers", "completes", "organizes", "organises",
        "intensifies", "steps", "escalates", "expands", "ramps", "renews", "slaps", "maintains", "levels");

    public WordSet Destination { get; } = new(v, "to", "toward", "towards", "into", "from");
    public WordSet LocationPrepositions { get; } = new(v, "in", "at", "near", "outside", "inside", "off");
    public WordSet AnaphoricEventNouns { get; } = new(v, "meeting", "talks", "summit", "visit", "call", "trip", "meetings", "discussions", "conversation", "session");
    public WordSet Gerund { get; } = new(v, "ing");
}
