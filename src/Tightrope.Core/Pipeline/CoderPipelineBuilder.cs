using Tightrope.Actors;
using Tightrope.Data;
using Tightrope.Events;
using Tightrope.Text;

namespace Tightrope.Pipeline;

/// <summary>
/// Configures and builds a <see cref="CoderPipeline"/>. Mutable; the pipeline it builds is not.
/// </summary>
public sealed class CoderPipelineBuilder
{
    private ActorCatalog? _catalog;

    /// <summary>Uses <paramref name="catalog"/> instead of the built-in actor catalog.</summary>
    public CoderPipelineBuilder UseCatalog(ActorCatalog catalog)
    {
        _catalog = Preconditions.CheckNotNull(catalog, nameof(catalog));
        return this;
    }

    /// <summary>
    /// Builds the pipeline. Errors in the built-in data are bugs and throw <see cref="InvalidDataException"/>.
    /// </summary>
    public CoderPipeline Build()
    {
        var errors = new List<DataError>();
        var catalog = _catalog;
        if (catalog is null)
        {
            var loaded = EmbeddedCatalog.Load();
            errors.AddRange(loaded.Errors);
            catalog = loaded.Catalog;
        }

        var vocabulary = new Vocabulary();
        var cameo = CameoTable.LoadEmbedded(errors);
        var lexicon = TriggerLexicon.LoadEmbedded(vocabulary, cameo, errors);
        int lexiconWords = vocabulary.Count;
        if (errors.Count > 0)
        {
            throw new InvalidDataException("The built-in data has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        var matcher = new ActorMatcher(catalog, vocabulary);
        int beforeCues = vocabulary.Count;
        var cues = new EventCues(vocabulary);
        MarkCommonWords(vocabulary, catalog, [(0, lexiconWords), (beforeCues, vocabulary.Count)]);
        var extractor = new EventExtractor(lexicon, cameo, vocabulary, cues, code => catalog.Country(code)?.Name);
        vocabulary.Freeze();
        return new CoderPipeline(vocabulary, matcher, extractor, cues);
    }

    /// <summary>
    /// Trigger and cue words (the id ranges they were interned in) and the words of generic agents and titles are
    /// ordinary words: in a title-case headline their capitals say nothing (see <see cref="HeadlineCase"/>).
    /// </summary>
    private static void MarkCommonWords(Vocabulary vocabulary, ActorCatalog catalog, (int Start, int End)[] ranges)
    {
        foreach (var (start, end) in ranges)
        {
            for (int id = start; id < end; id++)
            {
                vocabulary.MarkCommon(id);
            }
        }

        var phrases = catalog.Agents.SelectMany(a => a.Variants.Prepend(a.Phrase)).Concat(catalog.Titles.SelectMany(t => t.Variants.Prepend(t.Title)));
        foreach (string phrase in phrases)
        {
            foreach (var word in phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                int id = vocabulary.Find(word);
                if (id >= 0)
                {
                    vocabulary.MarkCommon(id);
                }
            }
        }
    }
}
