namespace Tightrope.Benchmarks;

/// <summary>
/// Generates a deterministic corpus of realistic wire-style sentences (actors, titles, triggers, dates, places,
/// reporting clauses, standing facts) for throughput benchmarks. Nothing is read from disk.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] s_subjects =
    [
        "South Korean President Lee Jae Myung", "Chinese Foreign Minister Wang Yi", "Japan", "North Korea", "Seoul", "Beijing",
        "Tokyo", "The Kremlin", "The White House", "Philippine coast guard vessels", "Chinese coast guard ships", "Police in Hong Kong",
        "Taiwan's defence ministry", "Russian troops", "Ukrainian drones", "The European Union", "NATO", "Vietnamese officials",
        "Indonesian President Prabowo Subianto", "Japanese Prime Minister Sanae Takaichi", "Pyongyang", "Washington", "Manila",
    ];

    private static readonly string[] s_objects =
    [
        "China", "Japan", "South Korea", "North Korea", "Taiwan", "the United States", "the Philippines", "Russia", "Ukraine",
        "Vietnam", "Seoul", "Tokyo", "Beijing", "Moscow", "Kyiv", "Chinese officials", "Japanese diplomats", "the United Nations",
    ];

    private static readonly string[] s_verbPhrases =
    [
        "met with {0}", "held talks with {0}", "condemned {0}", "urged {0} to show restraint", "accused {0} of provocations",
        "warned {0} against further drills", "praised {0}", "rejected a proposal from {0}", "imposed new sanctions on {0}",
        "agreed to expand trade with {0}", "expelled two diplomats from {0}", "is expected to visit {0}", "did not meet {0}",
        "plans to resume dialogue with {0}", "could impose tariffs on {0}", "sent humanitarian aid to {0}",
        "lodged a protest with {0}", "called on {0} to release the detained sailors", "fired water cannon at {0}",
        "signed a defence pact with {0}",
    ];

    private static readonly string[] s_tails =
    [
        " on Monday", " on Tuesday", " last week", " in Beijing", " in Seoul on Friday", " on Jan. 5", " yesterday",
        ", officials said", ", according to state media", "", " amid rising tensions in the region", " after the summit",
    ];

    private static readonly string[] s_fillers =
    [
        "China remains the largest trading partner of both Koreas.",
        "Analysts said the relationship had entered a delicate phase.",
        "The two countries established diplomatic relations decades ago.",
        "North Korea test-fired a ballistic missile into the sea.",
        "Missile launches by North Korea have become more frequent this year.",
        "Markets in Tokyo closed higher on Thursday.",
    ];

    /// <summary>Sentences, reproducible for a seed.</summary>
    public static List<string> Sentences(int count, int seed = 20260105)
    {
        var random = new Random(seed);
        var result = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            if (random.Next(5) == 0)
            {
                result.Add(s_fillers[random.Next(s_fillers.Length)]);
                continue;
            }

            string subject = s_subjects[random.Next(s_subjects.Length)];
            string obj = s_objects[random.Next(s_objects.Length)];
            string verb = string.Format(System.Globalization.CultureInfo.InvariantCulture, s_verbPhrases[random.Next(s_verbPhrases.Length)], obj);
            result.Add(subject + " " + verb + s_tails[random.Next(s_tails.Length)] + ".");
        }

        return result;
    }

    /// <summary>Articles of <paramref name="sentencesPerArticle"/> sentences each, joined into paragraphs.</summary>
    public static List<string> Articles(int sentences, int sentencesPerArticle, int seed = 20260105)
    {
        var all = Sentences(sentences, seed);
        var articles = new List<string>();
        for (int i = 0; i < all.Count; i += sentencesPerArticle)
        {
            articles.Add(string.Join("\n\n", all.Skip(i).Take(sentencesPerArticle)));
        }

        return articles;
    }
}
